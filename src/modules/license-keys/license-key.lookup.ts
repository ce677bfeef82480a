import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { clock } from '../../config/clock.js';
import { supportsRowLocks } from '../../db/locks.js';
import { AppError } from '../../errors/app-error.js';
import { ProductStatus } from '../products/product.entity.js';
import type { LicenseKeyCipher } from './license-key.crypto.js';
import { LicenseKey, LicenseKeyStatus } from './license-key.entity.js';

/** Longest key string accepted anywhere; longer input cannot be a stored key. */
export const MAX_LICENSE_KEY_LENGTH = 255;
export const MAX_IDENTIFIER_LENGTH = 255;

/** The identifier every client operation needs: missing or blank answers 215. */
export function requireIdentifier(identifier: string | null | undefined): string {
  const trimmed = identifier?.trim();
  if (!trimmed) throw new AppError('IDENTIFIER_REQUIRED');
  return trimmed;
}

/**
 * Finds license keys by their key string, with their product, in one statement. With `lock`, the
 * key row (not the product's) is locked for the rest of the transaction on PostgreSQL; SQLite
 * runs one write transaction at a time, so it needs no row lock.
 */
export class LicenseKeyLookup {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: LicenseKeyCipher,
  ) {}

  async find(licenseKey: string, options: { lock?: boolean } = {}): Promise<LicenseKey | null> {
    const key = licenseKey.trim();
    if (!key || key.length > MAX_LICENSE_KEY_LENGTH) return null;
    const qb = this.em
      .createQueryBuilder(LicenseKey, 'lk')
      .select('*')
      .innerJoinAndSelect('lk.product', 'p')
      .where({ keyHash: this.cipher.hash(key) });
    if (options.lock && supportsRowLocks(this.em)) qb.setLockMode(LockMode.PESSIMISTIC_WRITE, ['lk']);
    return qb.getSingleResult();
  }

  /** The key, or 210 when there is none. */
  async require(licenseKey: string, options: { lock?: boolean } = {}): Promise<LicenseKey> {
    const found = await this.find(licenseKey, options);
    if (!found) throw new AppError('INVALID_LICENSE_KEY');
    return found;
  }
}

/**
 * The checks that make a key usable, in the documented order after 215 and 210: blocked (204),
 * not assigned (201), product inactive or gone (203), expired (205).
 */
export function assertUsable(licenseKey: LicenseKey, now: Date = clock.now()): void {
  if (licenseKey.status === LicenseKeyStatus.BLOCKED) throw new AppError('LICENSE_KEY_BLOCKED');
  if (licenseKey.status !== LicenseKeyStatus.ASSIGNED) throw new AppError('LICENSE_KEY_NOT_ASSIGNED');
  const product = licenseKey.product.unwrap();
  if (!product || product.status !== ProductStatus.ACTIVE) throw new AppError('PRODUCT_INACTIVE');
  if (licenseKey.isExpiredAt(now)) throw new AppError('LICENSE_KEY_EXPIRED');
}
