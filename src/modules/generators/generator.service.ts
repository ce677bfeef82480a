import { ForeignKeyConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { clock } from '../../config/clock.js';
import { supportsRowLocks } from '../../db/locks.js';
import { AppError } from '../../errors/app-error.js';
import { parseId } from '../../graphql/ids.js';
import { paginate, type Connection, type PaginationArgs } from '../../pagination/connection.js';
import { FieldErrors } from '../../validation/field-errors.js';
import type { LicenseKeyCipher } from '../license-keys/license-key.crypto.js';
import { LicenseKeyStatus, type LicenseKey } from '../license-keys/license-key.entity.js';
import { Product } from '../products/product.entity.js';
import { Generator, GeneratorMethod } from './generator.entity.js';
import {
  GENERATOR_DEFAULTS,
  GENERATOR_LIMITS as L,
  type CreateGeneratorInput,
  type GenerateLicenseKeysInput,
  type GeneratorFilter,
  type UpdateGeneratorInput,
} from './generator.inputs.js';
import { KEY_SPACE_FACTOR, keySpaceBits, keySpaceFits } from './key-format.js';
import { generateLicenseKeys } from './key-generation.js';

const NO_PRODUCT = 'no product has this id';

/** Length of a UUID's text form. */
const UUID_LENGTH = 36;

/** The columns a client sets on a generator. */
export type GeneratorFields = Pick<
  Generator,
  'name' | 'method' | 'charset' | 'numberOfChunks' | 'chunkLength' | 'separator' | 'prefix' | 'suffix' | 'activationLimit' | 'validity' | 'active'
>;

const CHANGEABLE = ['name', 'method', 'charset', 'numberOfChunks', 'chunkLength', 'separator', 'prefix', 'suffix', 'activationLimit', 'validity', 'active'] as const;

function fieldsOf(generator: Generator): GeneratorFields {
  return Object.fromEntries(CHANGEABLE.map((field) => [field, generator[field]])) as unknown as GeneratorFields;
}

const CONTROL = /\p{Cc}/u;
const WHITESPACE_OR_CONTROL = /[\s\p{Cc}]/u;

/** Text taken as given (not trimmed): length (UTF-16 units, as key lookups count) and control characters. */
function checkVerbatim(errors: FieldErrors, field: string, value: string, max: number): void {
  if (value.length > max) errors.add(field, `must be at most ${max} characters`);
  if (CONTROL.test(value)) errors.add(field, 'cannot contain control characters');
}

/** The longest key a format can make, in UTF-16 units (what key lookups count). */
export function maxKeyLength(fields: Pick<GeneratorFields, 'method' | 'charset' | 'numberOfChunks' | 'chunkLength' | 'separator' | 'prefix' | 'suffix'>): number {
  const around = fields.prefix.length + fields.suffix.length;
  if (fields.method === GeneratorMethod.UUID) return around + UUID_LENGTH;
  const widest = Math.max(...[...fields.charset].map((character) => character.length));
  return around + fields.numberOfChunks * fields.chunkLength * widest + (fields.numberOfChunks - 1) * fields.separator.length;
}

/**
 * The rules every stored generator obeys, checked on the state it would have after the change
 * (the name is checked, and trimmed, by the caller). Rules over several fields run only when those
 * fields are valid on their own, so that one mistake is reported once.
 */
function checkGenerator(errors: FieldErrors, fields: GeneratorFields): void {
  const before = errors.errors.length;
  const { charset } = fields;
  if (charset.length > L.charset) errors.add('charset', `must be at most ${L.charset} characters`);
  if (new Set(charset).size < L.minDistinctCharacters) errors.add('charset', `must hold at least ${L.minDistinctCharacters} distinct characters`);
  if (WHITESPACE_OR_CONTROL.test(charset)) errors.add('charset', 'cannot contain whitespace or control characters');
  errors.integer('numberOfChunks', fields.numberOfChunks, 1, L.numberOfChunks);
  errors.integer('chunkLength', fields.chunkLength, 1, L.chunkLength);
  checkVerbatim(errors, 'separator', fields.separator, L.separator);
  checkVerbatim(errors, 'prefix', fields.prefix, L.prefix);
  if (/^\s/u.test(fields.prefix)) errors.add('prefix', 'cannot start with whitespace');
  checkVerbatim(errors, 'suffix', fields.suffix, L.suffix);
  if (/\s$/u.test(fields.suffix)) errors.add('suffix', 'cannot end with whitespace');
  errors.integer('activationLimit', fields.activationLimit, 0, L.activationLimit);
  errors.integer('validity', fields.validity, 0, L.validity);
  const formatFields = new Set(['charset', 'numberOfChunks', 'chunkLength', 'separator', 'prefix', 'suffix']);
  if (errors.errors.slice(before).some((error) => formatFields.has(error.field))) return;

  const chunks = fields.method === GeneratorMethod.CHUNKS;
  if (chunks && fields.numberOfChunks * fields.chunkLength > L.chunkCharacters) {
    errors.add('chunkLength', `numberOfChunks × chunkLength must be at most ${L.chunkCharacters}`);
    return;
  }
  const length = maxKeyLength(fields);
  if (length > L.keyLength) errors.add('keyLength', `keys would be up to ${length} characters long; at most ${L.keyLength} are allowed`);
  if (chunks && !keySpaceFits(fields, 1)) {
    errors.add('keySpace', `is ${Math.round(2 ** keySpaceBits(fields))} distinct keys; at least ${KEY_SPACE_FACTOR} are needed`);
  }
}

/**
 * Makes a generator the product's only active one, in the caller's transaction: deactivates the
 * product's others and, for a stored generator, sets its own flag in the database (not through
 * the unit of work, whose snapshot may predate a concurrent deactivation). On PostgreSQL the
 * product row is locked first (FOR NO KEY UPDATE, which lets foreign-key checks through), so that
 * concurrent activations of one product's generators run one after another and the last one
 * wins; SQLite runs one write transaction at a time.
 */
async function activate(em: EntityManager, productId: number, generatorId: number | null): Promise<void> {
  if (supportsRowLocks(em)) await em.execute('select id from products where id = ? for no key update', [productId]);
  const now = clock.now();
  const others: FilterQuery<Generator> = generatorId === null ? { product: productId, active: true } : { product: productId, active: true, id: { $ne: generatorId } };
  await em.nativeUpdate(Generator, others, { active: false, updatedAt: now });
  if (generatorId !== null) await em.nativeUpdate(Generator, { id: generatorId }, { active: true, updatedAt: now });
}

/**
 * Generator management and key generation.
 *
 * SQL statements per operation (the API key comes from the authenticator's cache):
 * - create: the product (1), then BEGIN, [lock the product (PostgreSQL) and deactivate the
 *   product's other generators (1) when active], INSERT, COMMIT;
 * - update: BEGIN, the generator (1), [lock the product (PostgreSQL), deactivate the others and
 *   activate this one (2) when made active], UPDATE (none when nothing else changed), COMMIT;
 * - delete: BEGIN, the generator (1), DELETE, COMMIT;
 * - list: the page (1) and the total count (1);
 * - generate: BEGIN, the generator (1), one `INSERT … ON CONFLICT DO NOTHING` per 500 keys (plus
 *   one per round of collision retries), the stored keys (1), COMMIT.
 */
export class GeneratorService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: LicenseKeyCipher,
  ) {}

  /** Creates a generator (2000; 2003 with every field error). */
  async create(input: CreateGeneratorInput): Promise<Generator> {
    const errors = new FieldErrors();
    const productId = parseId(input.productId);
    const product = productId === null ? null : await this.em.findOne(Product, { id: productId });
    if (!product) errors.add('productId', NO_PRODUCT);
    const fields: GeneratorFields = {
      name: errors.text('name', input.name, { required: true, max: L.name }) ?? '',
      method: input.method ?? GENERATOR_DEFAULTS.method,
      charset: input.charset ?? GENERATOR_DEFAULTS.charset,
      numberOfChunks: input.numberOfChunks ?? GENERATOR_DEFAULTS.numberOfChunks,
      chunkLength: input.chunkLength ?? GENERATOR_DEFAULTS.chunkLength,
      separator: input.separator ?? GENERATOR_DEFAULTS.separator,
      prefix: input.prefix ?? GENERATOR_DEFAULTS.prefix,
      suffix: input.suffix ?? GENERATOR_DEFAULTS.suffix,
      activationLimit: input.activationLimit ?? GENERATOR_DEFAULTS.activationLimit,
      validity: input.validity ?? GENERATOR_DEFAULTS.validity,
      active: input.active ?? GENERATOR_DEFAULTS.active,
    };
    checkGenerator(errors, fields);
    errors.throwAs('GENERATOR_INCORRECT_DATA');
    try {
      return await this.em.transactional(async (em) => {
        if (fields.active) await activate(em, product!.id, null);
        return em.create(Generator, { ...fields, product: em.getReference(Product, product!.id) });
      });
    } catch (error) {
      // The product was deleted since it was looked up.
      if (error instanceof ForeignKeyConstraintViolationException) {
        throw new AppError('GENERATOR_INCORRECT_DATA', { fieldErrors: [{ field: 'productId', message: NO_PRODUCT }] });
      }
      throw error;
    }
  }

  /** Changes the given fields of a generator (2001; 2004 for an unknown id; 2003 with every field error). */
  async update(input: UpdateGeneratorInput): Promise<Generator> {
    const id = parseId(input.generatorId);
    return this.em.transactional(async (em) => {
      const generator = id === null ? null : await em.findOne(Generator, { id });
      if (!generator) throw new AppError('GENERATOR_ID_NOT_FOUND');
      const errors = new FieldErrors();
      for (const field of CHANGEABLE) errors.notNull(field, input[field]);
      const changes: Partial<GeneratorFields> = {};
      for (const field of CHANGEABLE) {
        if (field !== 'name' && input[field] != null) Object.assign(changes, { [field]: input[field] });
      }
      if (input.name != null) changes.name = errors.text('name', input.name, { required: true, max: L.name }) ?? '';
      checkGenerator(errors, { ...fieldsOf(generator), ...changes });
      errors.throwAs('GENERATOR_INCORRECT_DATA');
      if (changes.active === true) await activate(em, generator.product.id, generator.id);
      em.assign(generator, changes);
      return generator;
    });
  }

  /** Deletes a generator (2002; 2004); the keys it made stay. */
  async delete(generatorId: string): Promise<Generator> {
    const id = parseId(generatorId);
    return this.em.transactional(async (em) => {
      const generator = id === null ? null : await em.findOne(Generator, { id });
      if (!generator || (await em.nativeDelete(Generator, { id: generator.id })) === 0) throw new AppError('GENERATOR_ID_NOT_FOUND');
      return generator;
    });
  }

  /** A page of generators (820); a productId that names no product matches nothing. */
  list(filter: GeneratorFilter | null | undefined, page: PaginationArgs): Promise<Connection<Generator>> {
    const where: FilterQuery<Generator> & Record<string, unknown> = {};
    // Ids are positive, so 0 matches no product.
    if (filter?.productId != null) where.product = parseId(filter.productId) ?? 0;
    if (filter?.active != null) where.active = filter.active;
    return paginate(this.em, Generator, where, page);
  }

  /**
   * Makes `quantity` new AVAILABLE keys with a generator (815), in one transaction: BAD_USER_INPUT
   * for a quantity out of range, 2004 for an unknown generator, 2005 when its key space is too
   * small. Any generator may be used, active or not: the flag only picks a product's default.
   */
  async generate(input: GenerateLicenseKeysInput): Promise<LicenseKey[]> {
    const errors = new FieldErrors();
    errors.integer('quantity', input.quantity, 1, L.keysPerCall);
    errors.throwAsBadUserInput();
    const id = parseId(input.generatorId);
    try {
      return await this.em.transactional(async (em) => {
        const generator = id === null ? null : await em.findOne(Generator, { id });
        if (!generator) throw new AppError('GENERATOR_ID_NOT_FOUND');
        return generateLicenseKeys(em, this.cipher, generator, input.quantity, {
          status: LicenseKeyStatus.AVAILABLE,
          ownerName: null,
          ownerEmail: null,
          assignedAt: null,
        });
      });
    } catch (error) {
      // The generator's product, and so the generator, was deleted since it was looked up.
      if (error instanceof ForeignKeyConstraintViolationException) throw new AppError('GENERATOR_ID_NOT_FOUND');
      throw error;
    }
  }
}
