import { ForeignKeyConstraintViolationException, ref, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { clock } from '../../config/clock.js';
import { AppError } from '../../errors/app-error.js';
import { parseId } from '../../graphql/ids.js';
import { paginate, type Connection, type PaginationArgs } from '../../pagination/connection.js';
import { FieldErrors } from '../../validation/field-errors.js';
import { checkOwner } from '../../validation/owner.js';
import { Product } from '../products/product.entity.js';
import type { LicenseKeyCipher } from './license-key.crypto.js';
import { LicenseKey, LicenseKeyStatus } from './license-key.entity.js';
import { LicenseKeyLookup } from './license-key.lookup.js';
import { LicenseKeyWriter } from './license-key.writer.js';
import {
  STOCK_LIMITS,
  type CreateLicenseKeysInput,
  type DeleteLicenseKeyInput,
  type LicenseKeyFilter,
  type UpdateLicenseKeyInput,
} from './license-key-stock.inputs.js';

/** How many per-key problems an import reports one by one; the rest are summed up in one entry. */
export const MAX_REPORTED_KEY_ERRORS = 100;

const NO_PRODUCT = 'no product has this id';

export interface CreationResult {
  created: number;
  duplicates: number;
}

function checkLimits(errors: FieldErrors, input: { activationLimit?: number | null; validity?: number | null }): void {
  errors.integer('activationLimit', input.activationLimit, 0, STOCK_LIMITS.activationLimit);
  errors.integer('validity', input.validity, 0, STOCK_LIMITS.validity);
}

/** The trimmed key strings of an import, or field errors (`licenseKeys`, `licenseKeys[i]`). */
function checkKeys(errors: FieldErrors, licenseKeys: string[]): string[] {
  if (licenseKeys.length === 0) {
    errors.add('licenseKeys', 'must hold at least one key');
    return [];
  }
  if (licenseKeys.length > STOCK_LIMITS.keysPerImport) {
    errors.add('licenseKeys', `must hold at most ${STOCK_LIMITS.keysPerImport} keys`);
    return [];
  }
  const keys: string[] = [];
  let invalid = 0;
  licenseKeys.forEach((raw, index) => {
    const key = raw.trim();
    const problem = !key ? 'cannot be blank' : key.length > STOCK_LIMITS.keyLength ? `must be at most ${STOCK_LIMITS.keyLength} characters` : null;
    if (problem) {
      invalid += 1;
      if (invalid <= MAX_REPORTED_KEY_ERRORS) errors.add(`licenseKeys[${index}]`, problem);
    }
    keys.push(key);
  });
  if (invalid > MAX_REPORTED_KEY_ERRORS) errors.add('licenseKeys', `holds ${invalid - MAX_REPORTED_KEY_ERRORS} more invalid keys`);
  return keys;
}

/**
 * The back-office stock operations: import, change, delete, list and count license keys.
 *
 * SQL statements per operation (the API key comes from the authenticator's cache):
 * - create: the product (1), then BEGIN, one `INSERT … ON CONFLICT (key_hash) DO NOTHING` per 500
 *   keys, COMMIT: 23 statements for 10,000 keys, never one per key;
 * - update: the key with its product (1), the new product when one is given (1), then BEGIN,
 *   UPDATE, COMMIT (none of them when nothing changed);
 * - delete: BEGIN, the key with its product (1), DELETE (1; the foreign keys cascade to
 *   activations and meta), COMMIT;
 * - list: the page (1) and the total count (1);
 * - available count: one statement.
 */
export class LicenseKeyStockService {
  private readonly lookup: LicenseKeyLookup;

  constructor(
    private readonly em: EntityManager,
    private readonly cipher: LicenseKeyCipher,
  ) {
    this.lookup = new LicenseKeyLookup(em, cipher);
  }

  /** The product a given id names, or null (also for a malformed id). */
  private async product(productId: string): Promise<Product | null> {
    const id = parseId(productId);
    return id === null ? null : this.em.findOne(Product, { id });
  }

  /**
   * Imports keys (900). Each key is stored as its HMAC and its ciphertext; keys repeated in the
   * list (by HMAC, after trimming) and keys already stored are skipped and counted as duplicates.
   * The unique key_hash index decides, through `ON CONFLICT DO NOTHING`, so that concurrent
   * imports of the same keys never fail and the created count is exact (see LicenseKeyWriter).
   */
  async create(input: CreateLicenseKeysInput): Promise<CreationResult> {
    const errors = new FieldErrors();
    const product = await this.product(input.productId);
    if (!product) errors.add('productId', NO_PRODUCT);
    const keys = checkKeys(errors, input.licenseKeys);
    checkLimits(errors, input);
    const owner = checkOwner(errors, input);
    errors.throwAs('CREATE_LICENSE_KEYS_INCORRECT_DATA');

    const status = input.status ?? LicenseKeyStatus.AVAILABLE;
    const now = clock.now();
    let created: number;
    try {
      created = await this.em.transactional(async (em) => {
        const writer = new LicenseKeyWriter(em, this.cipher);
        const rows = writer.rows(
          keys,
          {
            productId: product!.id,
            status,
            activationLimit: input.activationLimit ?? 1,
            validity: input.validity ?? 0,
            ownerName: owner.ownerName ?? null,
            ownerEmail: owner.ownerEmail ?? null,
            assignedAt: input.assignedAt ?? (status === LicenseKeyStatus.ASSIGNED ? now : null),
          },
          now,
        );
        return (await writer.insert(rows)).length;
      });
    } catch (error) {
      // The product was deleted since it was looked up.
      if (error instanceof ForeignKeyConstraintViolationException) {
        throw new AppError('CREATE_LICENSE_KEYS_INCORRECT_DATA', { fieldErrors: [{ field: 'productId', message: NO_PRODUCT }] });
      }
      throw error;
    }
    const duplicates = keys.length - created;
    if (created === 0) throw new AppError('NO_LICENSE_KEYS_CREATED', { created, duplicates });
    return { created, duplicates };
  }

  /**
   * Changes the given fields of a key (950): 952 for an unknown key, then 951 with every field
   * error. Null clears ownerName, ownerEmail and assignedAt; it is refused for the others.
   * Setting status ASSIGNED on a key that has no assignedAt (after this change) stamps it now.
   */
  async update(input: UpdateLicenseKeyInput): Promise<LicenseKey> {
    const key = await this.lookup.find(input.licenseKey);
    if (!key) throw new AppError('LICENSE_KEY_NOT_FOUND');
    const errors = new FieldErrors();
    for (const field of ['status', 'activationLimit', 'validity', 'productId'] as const) errors.notNull(field, input[field]);
    checkLimits(errors, input);
    const owner = checkOwner(errors, input);
    let product: Product | null = null;
    if (input.productId != null) {
      product = await this.product(input.productId);
      if (!product) errors.add('productId', NO_PRODUCT);
    }
    errors.throwAs('UPDATE_LICENSE_KEY_INCORRECT_DATA');

    if (input.status != null) key.status = input.status;
    if (input.activationLimit != null) key.activationLimit = input.activationLimit;
    if (input.validity != null) key.validity = input.validity;
    if (owner.ownerName !== undefined) key.ownerName = owner.ownerName;
    if (owner.ownerEmail !== undefined) key.ownerEmail = owner.ownerEmail;
    if (input.assignedAt !== undefined) key.assignedAt = input.assignedAt;
    if (input.status === LicenseKeyStatus.ASSIGNED && key.assignedAt === null) key.assignedAt = clock.now();
    if (product) key.product = ref(product);
    try {
      await this.em.flush();
    } catch (error) {
      // The new product was deleted since it was looked up.
      if (error instanceof ForeignKeyConstraintViolationException) {
        throw new AppError('UPDATE_LICENSE_KEY_INCORRECT_DATA', { fieldErrors: [{ field: 'productId', message: NO_PRODUCT }] });
      }
      throw error;
    }
    return key;
  }

  /**
   * Deletes a key (850) with its activations and meta: the foreign keys cascade within the one
   * DELETE, in one transaction. The DELETE's row count decides, so that of two simultaneous
   * deletes one answers 851.
   */
  async delete(input: DeleteLicenseKeyInput): Promise<LicenseKey> {
    return this.em.transactional(async (em) => {
      const key = await new LicenseKeyLookup(em, this.cipher).find(input.licenseKey);
      if (!key || (await em.nativeDelete(LicenseKey, { id: key.id })) === 0) throw new AppError('DELETE_LICENSE_KEY_NOT_FOUND');
      return key;
    });
  }

  /** A page of keys (730); a productId that names no product matches nothing. */
  list(filter: LicenseKeyFilter | null | undefined, page: PaginationArgs): Promise<Connection<LicenseKey>> {
    const where: FilterQuery<LicenseKey> & Record<string, unknown> = {};
    // Ids are positive, so 0 matches no product.
    if (filter?.productId != null) where.product = parseId(filter.productId) ?? 0;
    if (filter?.status) where.status = filter.status;
    if (filter?.ownerEmail != null) where.ownerEmail = filter.ownerEmail.trim();
    return paginate(this.em, LicenseKey, where, page);
  }

  /**
   * How many AVAILABLE keys a product has (741; RESERVED ones are not), or 740 for an unknown
   * product: one statement, which answers no row when the product does not exist.
   */
  async availableCount(productId: string): Promise<number> {
    const id = parseId(productId);
    if (id === null) throw new AppError('AVAILABLE_COUNT_PRODUCT_NOT_FOUND');
    const products = this.em.getMetadata(Product).tableName;
    const licenseKeys = this.em.getMetadata(LicenseKey).tableName;
    const [row] = await this.em.execute<{ count: number | string }[]>(
      `select count(k.id) as count from ${products} p left join ${licenseKeys} k on k.product_id = p.id and k.status = ? where p.id = ? group by p.id`,
      [LicenseKeyStatus.AVAILABLE, id],
    );
    if (!row) throw new AppError('AVAILABLE_COUNT_PRODUCT_NOT_FOUND');
    return Number(row.count);
  }
}
