import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { LicenseKeyCipher } from './license-key.crypto.js';
import { LicenseKey, type LicenseKeyStatus } from './license-key.entity.js';

/**
 * Rows per INSERT. SQLite caps a compound SELECT at 500 terms, and knex writes a multi-row
 * SQLite INSERT as `SELECT … UNION ALL SELECT …`, so 500 is the most one statement can carry
 * there; PostgreSQL takes it easily (500 × 12 bind parameters).
 */
export const INSERT_BATCH_SIZE = 500;

/** What every key of one batch of new keys shares. */
export interface NewLicenseKeyFields {
  productId: number;
  status: LicenseKeyStatus;
  activationLimit: number;
  validity: number;
  ownerName: string | null;
  ownerEmail: string | null;
  assignedAt: Date | null;
  contractId?: number | null;
}

/**
 * Stores new license keys as HMAC + ciphertext rows. Keys repeated in the input are stored once;
 * rows go in HMAC order, so that concurrent writers of overlapping keys on PostgreSQL take their
 * row locks in the same order and cannot deadlock.
 */
export class LicenseKeyWriter {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: LicenseKeyCipher,
  ) {}

  /** The distinct rows for these key strings, by HMAC, in HMAC order. */
  rows(keys: Iterable<string>, fields: NewLicenseKeyFields, now: Date): RequiredEntityData<LicenseKey>[] {
    const unique = new Map<string, string>();
    for (const key of keys) {
      const keyHash = this.cipher.hash(key);
      if (!unique.has(keyHash)) unique.set(keyHash, key);
    }
    const { productId, ...shared } = fields;
    return [...unique.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([keyHash, key]) => ({
        ...shared,
        product: productId,
        keyHash,
        keyCiphertext: this.cipher.encrypt(key),
        // The query builder does not apply onCreate hooks.
        createdAt: now,
        updatedAt: now,
      }));
  }

  /**
   * Inserts rows in batches with `ON CONFLICT (key_hash) DO NOTHING`: a key already stored (or
   * stored concurrently) is skipped, never an error. Returns the ids of the rows inserted. Run it
   * inside a transaction when the batches must land together.
   */
  async insert(rows: RequiredEntityData<LicenseKey>[]): Promise<number[]> {
    const ids: number[] = [];
    for (let start = 0; start < rows.length; start += INSERT_BATCH_SIZE) {
      const batch = rows.slice(start, start + INSERT_BATCH_SIZE);
      const inserted = await this.em
        .createQueryBuilder(LicenseKey)
        .insert(batch)
        .onConflict('keyHash')
        .ignore()
        .returning(['id'])
        .execute<{ id: number }[]>('all');
      ids.push(...inserted.map((row) => Number(row.id)));
    }
    return ids;
  }
}
