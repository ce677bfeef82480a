import type { EntityManager } from '@mikro-orm/knex';
import { clock } from '../../config/clock.js';
import { AppError } from '../../errors/app-error.js';
import type { LicenseKeyCipher } from '../license-keys/license-key.crypto.js';
import { LicenseKey } from '../license-keys/license-key.entity.js';
import { LicenseKeyWriter, type LicenseKeyRow, type NewLicenseKeyFields } from '../license-keys/license-key.writer.js';
import { Generator } from './generator.entity.js';
import { keySpaceFits, makeKey } from './key-format.js';

/** Rounds of collision retries before giving up; each round only remakes the keys that collided. */
const MAX_ROUNDS = 8;

/** What generated keys take from the caller; activationLimit and validity come from the generator. */
export type GeneratedKeyFields = Omit<NewLicenseKeyFields, 'productId' | 'activationLimit' | 'validity'>;

/** The product's generator: its active one, or null. */
export function activeGenerator(em: EntityManager, productId: number): Promise<Generator | null> {
  return em.findOne(Generator, { product: productId, active: true }, { orderBy: { id: 'desc' } });
}

/**
 * Makes and stores `quantity` new unique keys with a generator, in batched inserts; a key that
 * collides with a stored one is skipped by the insert and made again. Returns the stored keys.
 * Answers 2005 when the generator's key space is too small for the quantity.
 */
export async function generateLicenseKeys(
  em: EntityManager,
  cipher: LicenseKeyCipher,
  generator: Generator,
  quantity: number,
  fields: GeneratedKeyFields,
): Promise<LicenseKey[]> {
  if (!keySpaceFits(generator, quantity)) throw new AppError('GENERATOR_KEY_SPACE_TOO_SMALL');
  const writer = new LicenseKeyWriter(em, cipher);
  const newFields: NewLicenseKeyFields = {
    ...fields,
    productId: generator.product.id,
    activationLimit: generator.activationLimit,
    validity: generator.validity,
  };
  // The stored rows come back from the INSERTs themselves (RETURNING), not from a SELECT after.
  const stored: LicenseKeyRow[] = [];
  for (let round = 0; round < MAX_ROUNDS && stored.length < quantity; round += 1) {
    const candidates = new Set<string>();
    while (candidates.size < quantity - stored.length) candidates.add(makeKey(generator));
    const inserted = await writer.insertReturningRows(writer.rows(candidates, newFields, clock.now()));
    for (const row of inserted) stored.push(row);
  }
  if (stored.length < quantity) throw new AppError('GENERATOR_KEY_SPACE_TOO_SMALL');
  return managedKeys(em, stored.sort((a, b) => Number(a.id) - Number(b.id)));
}

/**
 * Stored rows as managed entities, the way em.find hydrates what its SELECT returns (here, what
 * the INSERTs returned): mapped from columns, made by the entity factory and registered with the
 * unit of work. em.map would do the same with extra validation and a second snapshot per entity.
 */
async function managedKeys(em: EntityManager, rows: LicenseKeyRow[]): Promise<LicenseKey[]> {
  const meta = em.getMetadata(LicenseKey);
  const driver = em.getDriver();
  const factory = em.getEntityFactory();
  const keys = rows.map((row) => factory.create(LicenseKey, driver.mapResult(row, meta)!, { merge: true, convertCustomTypes: true }));
  await em.getUnitOfWork().dispatchOnLoadEvent();
  return keys;
}
