import type { EntityKey, EntityMetadata, Platform } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { LicenseKeyCipher } from './license-key.crypto.js';
import { LicenseKey, type LicenseKeyStatus } from './license-key.entity.js';

/**
 * Rows per INSERT. It was the most knex's multi-row SQLite INSERT (`SELECT … UNION ALL SELECT …`,
 * capped at 500 compound terms) could carry; the writer now sends a `VALUES` list on SQLite (12
 * bind parameters a row, well under SQLite's 32,766) and one array per column on PostgreSQL, and
 * keeps 500: the statement count of an import (one INSERT per 500 keys) is part of its contract.
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

/** One new key's row, by property name, as rows() makes it and insert() writes it. */
export interface NewLicenseKeyRow extends Omit<NewLicenseKeyFields, 'productId'> {
  product: number;
  keyHash: string;
  keyCiphertext: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A stored license_keys row, by column name, as the driver returns it. */
export type LicenseKeyRow = Record<string, unknown>;

/** The properties a new key's row is written with, in column order. */
const WRITTEN = [
  'keyHash',
  'keyCiphertext',
  'product',
  'status',
  'ownerName',
  'ownerEmail',
  'activationLimit',
  'validity',
  'assignedAt',
  'contractId',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (EntityKey<LicenseKey> & keyof NewLicenseKeyRow)[];

/**
 * How one batch is written, per metadata (one per ORM, and so per dialect): the SQL for a batch of
 * a given size and RETURNING list, and the bind parameters of a batch.
 */
interface InsertShape {
  sql(rows: number, returning: string): string;
  bindings(batch: NewLicenseKeyRow[]): Knex.RawBinding[];
  /** The quoted id column. */
  id: string;
}

const shapes = new WeakMap<EntityMetadata<LicenseKey>, InsertShape>();

/**
 * The INSERT for a batch. Both dialects keep the batch's row order (HMAC order) and skip stored
 * keys with `ON CONFLICT (key_hash) DO NOTHING`.
 * - SQLite: one multi-row `VALUES` list, 12 bind parameters a row.
 * - PostgreSQL: one array parameter per column, `unnest`ed back into rows in order (`WITH
 *   ORDINALITY … ORDER BY`), which PostgreSQL parses, binds and plans much faster than 6,000
 *   scalar parameters. The arrays are cast to the columns' base types (varchar, not varchar(255)),
 *   so that a value too long for its column still fails the INSERT rather than being cut short.
 */
function insertShape(meta: EntityMetadata<LicenseKey>, platform: Platform): InsertShape {
  const quote = (name: string) => platform.quoteIdentifier(name);
  const props = WRITTEN.map((property) => meta.properties[property]);
  const columns = props.map((prop) => quote(prop.fieldNames[0]!)).join(', ');
  const table = meta.schema ? `${quote(meta.schema)}.${quote(meta.tableName)}` : quote(meta.tableName);
  const conflict = ` on conflict (${quote(meta.properties.keyHash.fieldNames[0]!)}) do nothing returning `;
  const dates = props.map((prop) => prop.runtimeType === 'Date');
  const value = (row: NewLicenseKeyRow, index: number): Knex.RawBinding => {
    const data = row[WRITTEN[index]!] ?? null;
    return (dates[index] && data !== null ? platform.processDateProperty(data) : data) as Knex.RawBinding;
  };
  const statements = new Map<string, string>();
  const cached = (key: string, make: () => string) => {
    let sql = statements.get(key);
    if (sql === undefined) statements.set(key, (sql = make()));
    return sql;
  };
  const id = quote(meta.properties.id.fieldNames[0]!);

  if (platform instanceof PostgreSqlPlatform) {
    const names = props.map((_, index) => `c${index}`);
    const arrays = props.map((prop) => `?::${prop.columnTypes[0]!.replace(/\(.*\)$/, '')}[]`).join(', ');
    const select = `select ${names.join(', ')} from unnest(${arrays}) with ordinality as t(${names.join(', ')}, n) order by n`;
    return {
      id,
      sql: (_rows, returning) => cached(returning, () => `insert into ${table} (${columns}) ${select}${conflict}${returning}`),
      bindings: (batch) => props.map((_, index) => batch.map((row) => value(row, index)) as Knex.RawBinding),
    };
  }
  const tuple = `(${props.map(() => '?').join(', ')})`;
  const values = (rows: number, returning: string) => `insert into ${table} (${columns}) values ${Array(rows).fill(tuple).join(', ')}${conflict}${returning}`;
  return {
    id,
    // Only full batches' SQL is kept: a last, shorter batch's is made when needed.
    sql: (rows, returning) => (rows === INSERT_BATCH_SIZE ? cached(returning, () => values(rows, returning)) : values(rows, returning)),
    bindings: (batch) => {
      const bindings: Knex.RawBinding[] = [];
      for (const row of batch) for (let index = 0; index < props.length; index += 1) bindings.push(value(row, index));
      return bindings;
    },
  };
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
  rows(keys: Iterable<string>, fields: NewLicenseKeyFields, now: Date): NewLicenseKeyRow[] {
    const unique = new Map<string, string>();
    for (const key of keys) {
      const keyHash = this.cipher.hash(key);
      if (!unique.has(keyHash)) unique.set(keyHash, key);
    }
    const { productId, status, activationLimit, validity, ownerName, ownerEmail, assignedAt } = fields;
    const contractId = fields.contractId ?? null;
    // The default sort compares UTF-16 code units, as `<` does, without a comparator call per pair.
    // Each row is one plain literal: `{ ...shared, keyHash, … }` costs V8 some microseconds a row.
    return [...unique.keys()].sort().map((keyHash) => ({
      keyHash,
      keyCiphertext: this.cipher.encrypt(unique.get(keyHash)!),
      product: productId,
      status,
      ownerName,
      ownerEmail,
      activationLimit,
      validity,
      assignedAt,
      contractId,
      // Written as given: no onCreate hook runs for these rows.
      createdAt: now,
      updatedAt: now,
    }));
  }

  /**
   * Inserts rows in batches with `ON CONFLICT (key_hash) DO NOTHING`: a key already stored (or
   * stored concurrently) is skipped, never an error. Returns the ids of the rows inserted. Run it
   * inside a transaction when the batches must land together.
   */
  async insert(rows: NewLicenseKeyRow[]): Promise<number[]> {
    const inserted = await this.write(rows, this.shape().id);
    return inserted.map((row) => Number(row.id));
  }

  /**
   * Like insert, but returns the whole rows inserted (`RETURNING *`, by column name, in no
   * particular order), to be hydrated as entities: the stored keys without reading them back.
   */
  insertReturningRows(rows: NewLicenseKeyRow[]): Promise<LicenseKeyRow[]> {
    return this.write(rows, '*');
  }

  /**
   * One INSERT per batch, straight through the transaction-aware knex with bind parameters:
   * MikroORM's query builder would map every row's properties, then inline every value into the
   * SQL text (escaping each) before running it, which costs more than the INSERT itself.
   */
  private async write(rows: NewLicenseKeyRow[], returning: string): Promise<LicenseKeyRow[]> {
    const em = this.em;
    const shape = this.shape();
    const trx = em.getTransactionContext();
    const knex = em.getConnection('write').getKnex();
    const written: LicenseKeyRow[] = [];
    for (let start = 0; start < rows.length; start += INSERT_BATCH_SIZE) {
      const batch = rows.slice(start, start + INSERT_BATCH_SIZE);
      const query = knex.raw(shape.sql(batch.length, returning), shape.bindings(batch));
      if (trx) query.transacting(trx);
      let result: unknown;
      try {
        result = await query;
      } catch (error) {
        // As the ORM reports its own queries' failures (e.g. ForeignKeyConstraintViolationException).
        throw em.getDriver().convertException(error as Error);
      }
      // better-sqlite3 answers the rows; pg a result holding them.
      const inserted = Array.isArray(result) ? (result as LicenseKeyRow[]) : (result as { rows: LicenseKeyRow[] }).rows;
      for (const row of inserted) written.push(row);
    }
    return written;
  }

  private shape(): InsertShape {
    const meta = this.em.getMetadata(LicenseKey);
    let shape = shapes.get(meta);
    if (!shape) shapes.set(meta, (shape = insertShape(meta, this.em.getPlatform())));
    return shape;
  }
}
