import { randomUUID } from 'node:crypto';
import { LicenseKeyCipher } from '../../src/modules/license-keys/license-key.crypto.js';
import { LicenseKey, LicenseKeyStatus } from '../../src/modules/license-keys/license-key.entity.js';
import { Product, ProductStatus } from '../../src/modules/products/product.entity.js';
import { TEST_LICENSE_SECRET, type TestServer } from './server.js';

export const testCipher = new LicenseKeyCipher(TEST_LICENSE_SECRET);

export interface SeedKeyOptions {
  key?: string;
  productId?: number;
  productStatus?: ProductStatus;
  status?: LicenseKeyStatus;
  activationLimit?: number;
  validity?: number;
  assignedAt?: Date | null;
  ownerEmail?: string | null;
}

/**
 * Stores a license key (and, unless given one, a product for it) straight through the ORM, for
 * tests of operations that need keys to exist. Returns the key string and ids.
 */
export async function seedLicenseKey(server: Pick<TestServer, 'orm'>, options: SeedKeyOptions = {}) {
  const em = server.orm.em.fork();
  const product = options.productId
    ? em.getReference(Product, options.productId)
    : em.create(Product, { name: `Product ${randomUUID()}`, status: options.productStatus ?? ProductStatus.ACTIVE });
  const key = options.key ?? `KEY-${randomUUID()}`;
  const status = options.status ?? LicenseKeyStatus.ASSIGNED;
  const licenseKey = em.create(LicenseKey, {
    keyHash: testCipher.hash(key),
    keyCiphertext: testCipher.encrypt(key),
    product,
    status,
    activationLimit: options.activationLimit ?? 1,
    validity: options.validity ?? 0,
    assignedAt: options.assignedAt === undefined ? (status === LicenseKeyStatus.ASSIGNED ? new Date() : null) : options.assignedAt,
    ownerEmail: options.ownerEmail ?? null,
  });
  await em.flush();
  return { key, id: licenseKey.id, productId: product.id };
}
