import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../../config/config.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const MIN_SECRET_LENGTH = 32;
export const SECRET_FILE_NAME = 'license-manager.secret';

/**
 * Keeps license keys secret at rest: an HMAC-SHA256 of the key for lookup and uniqueness, and
 * its AES-256-GCM ciphertext for display. Both keys derive from one configured secret (HKDF),
 * so that a database dump alone reveals no license key.
 */
export class LicenseKeyCipher {
  private readonly hmacKey: Buffer;
  private readonly encryptionKey: Buffer;

  constructor(secret: string) {
    if (secret.length < MIN_SECRET_LENGTH) throw new Error(`LICENSE_MANAGER_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', secret, 'license-manager', purpose, 32));
    this.hmacKey = derive('license-key-lookup');
    this.encryptionKey = derive('license-key-encryption');
  }

  /** The lookup hash of a key string (hex, 64 characters). */
  hash(key: string): string {
    return createHmac('sha256', this.hmacKey).update(key).digest('hex');
  }

  encrypt(key: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(key, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
  }

  decrypt(stored: string): string {
    const bytes = Buffer.from(stored, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

export interface SecretSource {
  secret: string;
  /** The file the secret was generated into, when it was not configured. */
  generatedFile: string | null;
}

/**
 * The configured LICENSE_MANAGER_SECRET, or the one kept in `<dataDir>/license-manager.secret`,
 * generated there (readable by the owner only) on first start.
 */
export function resolveLicenseSecret(config: Pick<AppConfig, 'licenseManagerSecret' | 'dataDir'>): SecretSource {
  if (config.licenseManagerSecret) return { secret: config.licenseManagerSecret, generatedFile: null };
  const file = join(config.dataDir, SECRET_FILE_NAME);
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
    } catch (error) {
      // Another process starting at the same moment wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { secret: readFileSync(file, 'utf8').trim(), generatedFile: file };
}
