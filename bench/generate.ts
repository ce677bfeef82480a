/**
 * Key-generation benchmark: 100,000 keys made by generateLicenseKeys() (10 calls of 10,000, each
 * in one transaction, as generateLicenseKeys mutations would run) against a baseline measured in
 * the same run on the same connection: a plain batched INSERT of 100,000 pre-made rows of the same
 * shape (HMAC + ciphertext, same batch size, same transactions of 10,000). The two alternate call
 * by call so that both meet the same table sizes.
 *
 *   npx tsx bench/generate.ts            # SQLite, and PostgreSQL when reachable
 *   TEST_POSTGRES_URL=postgres://… npx tsx bench/generate.ts
 *
 * Scratch databases only (see test/support/databases.ts); they are dropped afterwards.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection, EntityManager } from '@mikro-orm/knex';
import { migrate, openDatabase } from '../src/db/orm.js';
import { Generator, GeneratorMethod } from '../src/modules/generators/generator.entity.js';
import { makeKey } from '../src/modules/generators/key-format.js';
import { generateLicenseKeys } from '../src/modules/generators/key-generation.js';
import { LicenseKeyCipher } from '../src/modules/license-keys/license-key.crypto.js';
import { LicenseKeyStatus } from '../src/modules/license-keys/license-key.entity.js';
import { INSERT_BATCH_SIZE, LicenseKeyWriter } from '../src/modules/license-keys/license-key.writer.js';
import { Product } from '../src/modules/products/product.entity.js';
import { scratchPostgres, scratchSqlite, type ScratchDatabase } from '../test/support/databases.js';

const CALLS = 10;
const PER_CALL = 10_000;
const TOTAL = CALLS * PER_CALL;
const cipher = new LicenseKeyCipher('bench-license-manager-secret-0123456789abcdef');

interface Result {
  dialect: string;
  generationMs: number;
  baselineMs: number;
  makeKeyMs: number;
  sealMs: number;
  stored: number;
}

const NEW_KEY = { status: LicenseKeyStatus.AVAILABLE, ownerName: null, ownerEmail: null, assignedAt: null };

/** The baseline's rows as table columns (the values LicenseKeyWriter binds), pre-made outside the timing. */
function baselineRows(em: EntityManager, productId: number, call: number): Record<string, unknown>[] {
  const platform = em.getPlatform();
  const now = platform.processDateProperty(new Date()) as unknown;
  return Array.from({ length: PER_CALL }, (_, index) => {
    const key = `BASELINE-${call}-${index}`;
    return {
      key_hash: cipher.hash(key),
      key_ciphertext: cipher.encrypt(key),
      product_id: productId,
      status: LicenseKeyStatus.AVAILABLE,
      activation_limit: 1,
      validity: 0,
      owner_name: null,
      owner_email: null,
      assigned_at: null,
      contract_id: null,
      created_at: now,
      updated_at: now,
    };
  });
}

async function run(dialect: string, scratch: ScratchDatabase): Promise<Result> {
  const orm: MikroORM = await openDatabase(scratch.config);
  try {
    await migrate(orm);
    const setup = orm.em.fork() as EntityManager;
    const product = setup.create(Product, { name: 'Bench' });
    const baselineProduct = setup.create(Product, { name: 'Baseline' });
    // The default format: 4 chunks of 5 from 32 characters (100 bits).
    const generator = setup.create(Generator, { name: 'Bench', product, method: GeneratorMethod.CHUNKS });
    await setup.flush();

    // CPU alone, for reading the results: making the key strings, and sealing them (HMAC + AES-GCM).
    let started = performance.now();
    const keys = Array.from({ length: TOTAL }, () => makeKey(generator));
    const makeKeyMs = performance.now() - started;
    started = performance.now();
    new LicenseKeyWriter(setup, cipher).rows(keys, { ...NEW_KEY, productId: product.id, activationLimit: 1, validity: 0 }, new Date());
    const sealMs = performance.now() - started;

    const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
    let generationMs = 0;
    let baselineMs = 0;
    let stored = 0;
    for (let call = 0; call < CALLS; call += 1) {
      const rows = baselineRows(setup, baselineProduct.id, call);
      const baseline = async () => {
        const start = performance.now();
        await knex.transaction(async (trx) => {
          for (let offset = 0; offset < rows.length; offset += INSERT_BATCH_SIZE) {
            await trx('license_keys').insert(rows.slice(offset, offset + INSERT_BATCH_SIZE));
          }
        });
        baselineMs += performance.now() - start;
      };
      const generation = async () => {
        const start = performance.now();
        const em = orm.em.fork() as EntityManager;
        const made = await em.transactional(async (trx) => {
          const fresh = await trx.findOneOrFail(Generator, { id: generator.id });
          return generateLicenseKeys(trx, cipher, fresh, PER_CALL, NEW_KEY);
        });
        generationMs += performance.now() - start;
        stored += made.length;
      };
      // Alternate the order, so that neither always meets the larger table.
      if (call % 2 === 0) {
        await baseline();
        await generation();
      } else {
        await generation();
        await baseline();
      }
    }
    const [row] = await knex('license_keys').where({ product_id: product.id }).count({ count: '*' });
    const counted = Number((row as { count: number | string }).count);
    if (stored !== TOTAL || counted !== TOTAL) throw new Error(`${dialect}: expected ${TOTAL} keys, got ${stored} returned and ${counted} stored`);
    return { dialect, generationMs, baselineMs, makeKeyMs, sealMs, stored };
  } finally {
    await orm.close(true);
    await scratch.drop();
  }
}

async function postgres(): Promise<ScratchDatabase | null> {
  try {
    return await scratchPostgres();
  } catch (error) {
    console.log(`PostgreSQL unreachable (${(error as Error).message}); SQLite only.`);
    return null;
  }
}

const results: Result[] = [await run('sqlite', scratchSqlite())];
const pg = await postgres();
if (pg) results.push(await run('postgresql', pg));

const rate = (count: number, ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en-US');
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const table = [
  ['dialect', 'keys', 'generate s', 'keys/s', 'baseline s', 'rows/s', 'ratio', 'makeKey s', 'hmac+aes s'],
  ...results.map((result) => [
    result.dialect,
    result.stored.toLocaleString('en-US'),
    seconds(result.generationMs),
    rate(result.stored, result.generationMs),
    seconds(result.baselineMs),
    rate(TOTAL, result.baselineMs),
    `${(result.generationMs / result.baselineMs).toFixed(2)}x`,
    seconds(result.makeKeyMs),
    seconds(result.sealMs),
  ]),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
console.log(`\n${CALLS} calls x ${PER_CALL.toLocaleString('en-US')} keys per dialect; baseline: plain INSERT of pre-made rows, ${INSERT_BATCH_SIZE} per statement`);
for (const [index, line] of table.entries()) {
  console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
console.log('ratio = generate time / baseline time; makeKey and hmac+aes: CPU time of those steps alone for 100,000 keys (included in generate).');
