import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AvailableLicenseKeysCountDocument,
  CreateGeneratorDocument,
  type CreateGeneratorInput,
  type CreateGeneratorMutation,
  CreateLicenseKeysDocument,
  CreateProductDocument,
  DeleteGeneratorDocument,
  DeleteProductDocument,
  GenerateLicenseKeysDocument,
  type GenerateLicenseKeysMutation,
  GeneratorsDocument,
  type GeneratorFilter,
  type GeneratorsQuery,
  LicenseKeysDocument,
  type LicenseKeysQuery,
  RandomAssignLicenseKeysDocument,
  UpdateGeneratorDocument,
  type UpdateGeneratorInput,
} from './generated/graphql.js';
import type { GraphQLClient } from './support/client.js';
import { expectError, expectGraphQLError, expectSuccess } from './support/codes.js';
import { testDialects } from './support/databases.js';
import { seedLicenseKey } from './support/license-keys.js';
import { startTestServer, type TestServer } from './support/server.js';

const dialects = await testDialects();

/**
 * The generator codes (beyond the seed, so not in the documented fixture), written out here so
 * that the assertions do not lean on the registry they check.
 */
type GeneratorNode = CreateGeneratorMutation['createGenerator']['generator'];
type GeneratedKey = GenerateLicenseKeysMutation['generateLicenseKeys']['licenseKeys'][number];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escapeInClass = (character: string) => character.replace(/[\]\\^-]/g, '\\$&');

/** The shape every key of a generator must have, built from its fields. */
function keyPattern(generator: GeneratorNode): RegExp {
  const around = (body: string) => new RegExp(`^${escapeRegExp(generator.prefix)}${body}${escapeRegExp(generator.suffix)}$`, 'u');
  if (generator.method === 'UUID') return around('[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}');
  const chunk = `[${[...new Set(generator.charset)].map(escapeInClass).join('')}]{${generator.chunkLength}}`;
  return around(`${chunk}(?:${escapeRegExp(generator.separator)}${chunk}){${generator.numberOfChunks - 1}}`);
}

/** Every key string over {A, B} of a given length that starts with `start`. */
function binaryKeys(start: string, length: number): string[] {
  const free = length - start.length;
  return Array.from({ length: 2 ** free }, (_, index) => start + index.toString(2).padStart(free, '0').replaceAll('0', 'A').replaceAll('1', 'B'));
}

describe.each(dialects)('generators on %s', (dialect) => {
  let server: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await server.clientWith(['*']);
  });
  afterAll(() => server?.close());

  async function createProduct(name = 'Plugin Pro'): Promise<string> {
    return (await admin.request(CreateProductDocument, { input: { name } })).data!.createProduct.product.id;
  }

  const create = (input: CreateGeneratorInput, as = admin) => as.request(CreateGeneratorDocument, { input });
  const update = (input: UpdateGeneratorInput, as = admin) => as.request(UpdateGeneratorDocument, { input });
  const remove = (generatorId: string, as = admin) => as.request(DeleteGeneratorDocument, { input: { generatorId } });
  const generate = (generatorId: string, quantity: number, as = admin) => as.request(GenerateLicenseKeysDocument, { input: { generatorId, quantity } });

  async function createGenerator(input: Partial<CreateGeneratorInput> & { productId?: string } = {}): Promise<GeneratorNode> {
    const result = await create({ name: 'Default', productId: input.productId ?? (await createProduct()), ...input });
    expectSuccess(result.data?.createGenerator, 2000);
    return result.data!.createGenerator.generator;
  }

  async function generated(generatorId: string, quantity: number): Promise<GeneratedKey[]> {
    const result = await generate(generatorId, quantity);
    expectSuccess(result.data?.generateLicenseKeys, 815);
    return result.data!.generateLicenseKeys.licenseKeys;
  }

  /** Every generator matching a filter, through the paginated list. */
  async function listAll(filter: GeneratorFilter, first = 100) {
    const nodes: GeneratorsQuery['generators']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const page: GeneratorsQuery['generators'] = (await admin.request(GeneratorsDocument, { first, after, filter })).data!.generators;
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }

  /** Every license key of a product, through the paginated licenseKeys list. */
  async function keysOfProduct(productId: string) {
    const nodes: LicenseKeysQuery['licenseKeys']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const page: LicenseKeysQuery['licenseKeys'] = (await admin.request(LicenseKeysDocument, { first: 100, after, filter: { productId } })).data!.licenseKeys;
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }

  async function storedKeyCount(productId: string): Promise<number> {
    const rows = await server.orm.em.fork().getConnection().execute('select count(*) as count from license_keys where product_id = ?', [Number(productId)]);
    return Number(rows[0].count);
  }

  async function importKeys(productId: string, keys: string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += 10_000) {
      const result = await admin.request(CreateLicenseKeysDocument, { input: { productId, licenseKeys: keys.slice(start, start + 10_000) } });
      expectSuccess(result.data?.createLicenseKeys, 900);
    }
  }

  /**
   * Runs an operation and returns the SQL statements matching a pattern that it sent to the
   * database (a pattern, because background work such as the job worker polls meanwhile).
   */
  async function statementsDuring(pattern: RegExp, operation: () => Promise<unknown>): Promise<string[]> {
    const knex = (server.orm.em.getConnection() as AbstractSqlConnection).getKnex();
    const statements: string[] = [];
    const listener = (query: { sql: string }) => {
      if (pattern.test(query.sql)) statements.push(query.sql);
    };
    knex.on('query', listener);
    try {
      await operation();
    } finally {
      knex.removeListener('query', listener);
    }
    return statements;
  }

  const LICENSE_KEY_INSERT = /^\s*insert into\W+license_keys\b/i;

  describe('createGenerator', () => {
    it('creates a generator with the defaults (2000)', async () => {
      const productId = await createProduct('Defaults');
      const result = await create({ productId, name: '  Main  ' });
      expectSuccess(result.data?.createGenerator, 2000);
      const generator = result.data!.createGenerator.generator;
      expect(generator).toMatchObject({
        name: 'Main',
        method: 'CHUNKS',
        charset: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789',
        numberOfChunks: 4,
        chunkLength: 5,
        separator: '-',
        prefix: '',
        suffix: '',
        activationLimit: 1,
        validity: 0,
        active: true,
        product: { id: productId, name: 'Defaults' },
      });
      expect(generator.id).toMatch(/^\d+$/);
      expect(new Date(generator.createdAt).getTime()).not.toBeNaN();
    });

    it('takes every field, verbatim for the format texts', async () => {
      const productId = await createProduct();
      const input = {
        productId,
        name: 'Custom',
        method: 'CHUNKS',
        charset: 'xyz.*',
        numberOfChunks: 3,
        chunkLength: 7,
        separator: ' :: ',
        prefix: 'PRE ',
        suffix: ' SUF',
        activationLimit: 0,
        validity: 365,
        active: false,
      } as const;
      const result = await create(input);
      expectSuccess(result.data?.createGenerator, 2000);
      const { productId: _productId, ...fields } = input;
      expect(result.data!.createGenerator.generator).toMatchObject({ ...fields, product: { id: productId } });
    });

    it('accepts the limits exactly', async () => {
      const productId = await createProduct();
      // 'AB', one chunk of 10: 1,024 keys, the smallest useful key space.
      await createGenerator({ productId, charset: 'AB', numberOfChunks: 1, chunkLength: 10 });
      // 255 characters of chunks, no separator: keys of exactly 255 characters.
      await createGenerator({ productId, charset: 'AB', numberOfChunks: 5, chunkLength: 51, separator: '' });
      // 3 × 60 + 2 × 5 + 64 + 1 = 255.
      await createGenerator({ productId, numberOfChunks: 3, chunkLength: 60, separator: '=====', prefix: 'p'.repeat(64), suffix: 's' });
      await createGenerator({ productId, name: 'n'.repeat(255), charset: 'C'.repeat(254) + 'D', separator: '-'.repeat(16), activationLimit: 1_000_000, validity: 36_500 });
      // A UUID generator's chunk fields are stored but do not shape its keys.
      await createGenerator({ productId, method: 'UUID', charset: 'AB', numberOfChunks: 1, chunkLength: 1, prefix: 'p'.repeat(64), suffix: 's'.repeat(64) });
    });

    const long = (length: number) => 'x'.repeat(length);
    it.each([
      ['an unknown product', { productId: '999999' }, [{ field: 'productId', message: 'no product has this id' }]],
      ['a malformed product id', { productId: 'abc' }, [{ field: 'productId', message: 'no product has this id' }]],
      ['a blank name', { name: '   ' }, [{ field: 'name', message: 'is required' }]],
      ['an overlong name', { name: long(256) }, [{ field: 'name', message: 'must be at most 255 characters' }]],
      ['a charset of one distinct character', { charset: 'AAAA' }, [{ field: 'charset', message: 'must hold at least 2 distinct characters' }]],
      ['an empty charset', { charset: '' }, [{ field: 'charset', message: 'must hold at least 2 distinct characters' }]],
      ['an overlong charset', { charset: 'AB'.repeat(128) }, [{ field: 'charset', message: 'must be at most 255 characters' }]],
      ['a charset with whitespace', { charset: 'AB CD' }, [{ field: 'charset', message: 'cannot contain whitespace or control characters' }]],
      ['no chunks', { numberOfChunks: 0 }, [{ field: 'numberOfChunks', message: 'must be from 1 to 64' }]],
      ['65 chunks', { numberOfChunks: 65 }, [{ field: 'numberOfChunks', message: 'must be from 1 to 64' }]],
      ['empty chunks', { chunkLength: 0 }, [{ field: 'chunkLength', message: 'must be from 1 to 64' }]],
      ['chunks of 65', { chunkLength: 65 }, [{ field: 'chunkLength', message: 'must be from 1 to 64' }]],
      ['256 chunk characters', { numberOfChunks: 16, chunkLength: 16, separator: '' }, [{ field: 'chunkLength', message: 'numberOfChunks × chunkLength must be at most 255' }]],
      [
        'keys longer than 255 characters',
        { numberOfChunks: 4, chunkLength: 50, separator: '--', prefix: long(60) },
        [{ field: 'keyLength', message: 'keys would be up to 266 characters long; at most 255 are allowed' }],
      ],
      ['an overlong separator', { separator: '-'.repeat(17) }, [{ field: 'separator', message: 'must be at most 16 characters' }]],
      ['a control character in the separator', { separator: '\u0007' }, [{ field: 'separator', message: 'cannot contain control characters' }]],
      ['an overlong prefix', { prefix: long(65) }, [{ field: 'prefix', message: 'must be at most 64 characters' }]],
      ['a prefix starting with whitespace', { prefix: ' P-' }, [{ field: 'prefix', message: 'cannot start with whitespace' }]],
      ['an overlong suffix', { suffix: long(65) }, [{ field: 'suffix', message: 'must be at most 64 characters' }]],
      ['a suffix ending with whitespace', { suffix: '-S ' }, [{ field: 'suffix', message: 'cannot end with whitespace' }]],
      ['a negative activation limit', { activationLimit: -1 }, [{ field: 'activationLimit', message: 'must be from 0 to 1000000' }]],
      ['an activation limit over 1,000,000', { activationLimit: 1_000_001 }, [{ field: 'activationLimit', message: 'must be from 0 to 1000000' }]],
      ['a negative validity', { validity: -1 }, [{ field: 'validity', message: 'must be from 0 to 36500' }]],
      ['a validity over 36,500 days', { validity: 36_501 }, [{ field: 'validity', message: 'must be from 0 to 36500' }]],
      ['a key space of 512 keys', { charset: 'AB', numberOfChunks: 1, chunkLength: 9 }, [{ field: 'keySpace', message: 'is 512 distinct keys; at least 1024 are needed' }]],
      ['a UUID generator with an invalid charset', { method: 'UUID' as const, charset: 'A' }, [{ field: 'charset', message: 'must hold at least 2 distinct characters' }]],
      [
        'several problems at once',
        { productId: 'abc', name: '', charset: 'A', chunkLength: 0, validity: -1 },
        [
          { field: 'productId', message: 'no product has this id' },
          { field: 'name', message: 'is required' },
          { field: 'charset', message: 'must hold at least 2 distinct characters' },
          { field: 'chunkLength', message: 'must be from 1 to 64' },
          { field: 'validity', message: 'must be from 0 to 36500' },
        ],
      ],
    ] as [string, Partial<CreateGeneratorInput>, unknown][])('refuses %s with 2003 and fieldErrors', async (_case, change, fieldErrors) => {
      const productId = await createProduct();
      const result = await create({ productId, name: 'G', ...change });
      expect(result.data).toBeNull();
      expect(expectError(result, 2003).fieldErrors).toEqual(fieldErrors);
      expect(await listAll({ productId })).toEqual([]);
    });

    it('refuses missing fields and wrong types at the GraphQL layer', async () => {
      const productId = await createProduct();
      const query = 'mutation ($input: CreateGeneratorInput!) { createGenerator(input: $input) { responseCode } }';
      expectGraphQLError(await admin.requestUntyped(query, { input: { productId } }), 'BAD_USER_INPUT');
      expectGraphQLError(await admin.requestUntyped(query, { input: { name: 'G' } }), 'BAD_USER_INPUT');
      expectGraphQLError(await admin.requestUntyped(query, { input: { productId, name: 'G', method: 'RANDOM' } }), 'BAD_USER_INPUT');
      expectGraphQLError(await admin.requestUntyped(query, { input: { productId, name: 'G', chunkLength: 2.5 } }), 'BAD_USER_INPUT');
    });

    it('treats null as the default', async () => {
      const generator = await createGenerator({ method: null, charset: null, numberOfChunks: null, separator: null, active: null });
      expect(generator).toMatchObject({ method: 'CHUNKS', charset: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', numberOfChunks: 4, separator: '-', active: true });
    });
  });

  describe('updateGenerator', () => {
    it('changes only the given fields (2001)', async () => {
      const generator = await createGenerator({ name: 'Before', prefix: 'A-' });
      const result = await update({ generatorId: generator.id, name: ' After ', method: 'UUID', suffix: '-Z', validity: 30 });
      expectSuccess(result.data?.updateGenerator, 2001);
      const { updatedAt: _before, ...unchanged } = generator;
      expect(result.data!.updateGenerator.generator).toMatchObject({ ...unchanged, name: 'After', method: 'UUID', suffix: '-Z', validity: 30 });
      expect(new Date(result.data!.updateGenerator.generator.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(generator.updatedAt).getTime());
      expect((await listAll({ productId: generator.product.id }))[0]).toEqual(result.data!.updateGenerator.generator);
    });

    it.each(['999999', 'abc', '', '-1'])('answers 2004 for generator id "%s"', async (generatorId) => {
      expectError(await update({ generatorId, name: 'X' }), 2004);
    });

    it.each([
      ['a null name', { name: null }, [{ field: 'name', message: 'cannot be null' }]],
      ['a null method and charset', { method: null, charset: null }, [
        { field: 'method', message: 'cannot be null' },
        { field: 'charset', message: 'cannot be null' },
      ]],
      ['a null active flag', { active: null }, [{ field: 'active', message: 'cannot be null' }]],
      ['a blank name', { name: ' ' }, [{ field: 'name', message: 'is required' }]],
      ['a key space that becomes too small', { chunkLength: 9 }, [{ field: 'keySpace', message: 'is 512 distinct keys; at least 1024 are needed' }]],
      ['keys that become too long', { numberOfChunks: 25, separator: '----' }, [
        { field: 'keyLength', message: 'keys would be up to 346 characters long; at most 255 are allowed' },
      ]],
      ['too many chunk characters', { numberOfChunks: 26 }, [{ field: 'chunkLength', message: 'numberOfChunks × chunkLength must be at most 255' }]],
      ['a validity out of range', { validity: 40_000, activationLimit: -2 }, [
        { field: 'activationLimit', message: 'must be from 0 to 1000000' },
        { field: 'validity', message: 'must be from 0 to 36500' },
      ]],
    ] as [string, Partial<UpdateGeneratorInput>, unknown][])('answers 2003 for %s, checked on the resulting generator, and changes nothing', async (_case, change, fieldErrors) => {
      // 'AB', one chunk of 10: the smallest useful key space; 10 chunk characters.
      const generator = await createGenerator({ name: 'Unchanged', charset: 'AB', numberOfChunks: 1, chunkLength: 10 });
      const result = await update({ generatorId: generator.id, ...change });
      expect(expectError(result, 2003).fieldErrors).toEqual(fieldErrors);
      expect(await listAll({ productId: generator.product.id })).toEqual([generator]);
    });

    it('lets a UUID generator become a CHUNKS one only with a useful format', async () => {
      const generator = await createGenerator({ method: 'UUID', charset: 'AB', numberOfChunks: 1, chunkLength: 1 });
      expect(expectError(await update({ generatorId: generator.id, method: 'CHUNKS' }), 2003).fieldErrors).toEqual([
        { field: 'keySpace', message: 'is 2 distinct keys; at least 1024 are needed' },
      ]);
      const result = await update({ generatorId: generator.id, method: 'CHUNKS', chunkLength: 12 });
      expectSuccess(result.data?.updateGenerator, 2001);
    });
  });

  describe('deleteGenerator', () => {
    it('deletes the generator (2002); the keys it made stay', async () => {
      const generator = await createGenerator({ name: 'Doomed' });
      const productId = generator.product.id;
      const keys = await generated(generator.id, 3);
      const result = await remove(generator.id);
      expectSuccess(result.data?.deleteGenerator, 2002);
      expect(result.data!.deleteGenerator.generator).toEqual(generator);
      expect(await listAll({ productId })).toEqual([]);
      expect((await keysOfProduct(productId)).map((key) => key.key).sort()).toEqual(keys.map((key) => key.key).sort());
      expectError(await remove(generator.id), 2004);
      expectError(await generate(generator.id, 1), 2004);
    });

    it.each(['999999', 'abc', ''])('answers 2004 for generator id "%s"', async (generatorId) => {
      expectError(await remove(generatorId), 2004);
    });

    it("goes with its product's deletion", async () => {
      const generator = await createGenerator();
      expectSuccess((await admin.request(DeleteProductDocument, { input: { productId: generator.product.id } })).data?.deleteProduct, 550);
      expect(await listAll({ productId: generator.product.id })).toEqual([]);
      expectError(await remove(generator.id), 2004);
    });
  });

  describe('one active generator per product', () => {
    const activeIds = async (productId: string) => (await listAll({ productId, active: true })).map((generator) => generator.id);

    it('deactivates the product’s other generators when one is created or made active', async () => {
      const productId = await createProduct();
      const other = await createGenerator({ name: 'Other product' });
      const first = await createGenerator({ productId, name: 'First' });
      expect(await activeIds(productId)).toEqual([first.id]);

      const second = await createGenerator({ productId, name: 'Second' });
      expect(await activeIds(productId)).toEqual([second.id]);

      const third = await createGenerator({ productId, name: 'Third', active: false });
      expect(await activeIds(productId)).toEqual([second.id]);

      const activated = await update({ generatorId: third.id, active: true });
      expect(activated.data!.updateGenerator.generator.active).toBe(true);
      expect(await activeIds(productId)).toEqual([third.id]);
      expect((await listAll({ productId, active: false })).map((generator) => generator.id)).toEqual([first.id, second.id]);

      // Changing an active generator, or deactivating one, leaves the others alone.
      await update({ generatorId: third.id, name: 'Third, renamed', active: true });
      await update({ generatorId: first.id, active: false });
      expect(await activeIds(productId)).toEqual([third.id]);
      await update({ generatorId: third.id, active: false });
      expect(await activeIds(productId)).toEqual([]);

      expect(await activeIds(other.product.id)).toEqual([other.id]);
    });

    it('leaves exactly one active under simultaneous creations and activations', async () => {
      const productId = await createProduct();
      const results = await Promise.all(Array.from({ length: 8 }, (_, index) => create({ productId, name: `Racer ${index}` })));
      for (const result of results) expectSuccess(result.data?.createGenerator, 2000);
      expect(await activeIds(productId)).toHaveLength(1);

      const ids = results.map((result) => result.data!.createGenerator.generator.id);
      await Promise.all(ids.map((generatorId) => update({ generatorId, active: true })));
      expect(await activeIds(productId)).toHaveLength(1);
    });

    it("is the generator random assignment uses to make the shortfall", async () => {
      const productId = await createProduct();
      await createGenerator({ productId, prefix: 'OLD-' });
      const current = await createGenerator({ productId, prefix: 'NEW-' });
      const result = await admin.request(RandomAssignLicenseKeysDocument, {
        input: { productId, quantity: 2, generate: true, ownerName: 'Ada', ownerEmail: 'ada@example.com' },
      });
      expectSuccess(result.data?.randomAssignLicenseKeys, 803);
      for (const key of result.data!.randomAssignLicenseKeys.licenseKeys) expect(key.key).toMatch(keyPattern(current));
    });
  });

  describe('generators', () => {
    it('pages through a product’s generators with cursors (820)', async () => {
      const productId = await createProduct('Listed');
      const created: GeneratorNode[] = [];
      for (let index = 0; index < 5; index += 1) created.push(await createGenerator({ productId, name: `G${index}`, active: index === 2 }));
      const firstPage = (await admin.request(GeneratorsDocument, { first: 2, filter: { productId } })).data!.generators;
      expectSuccess(firstPage, 820);
      expect(firstPage.totalCount).toBe(5);
      expect(firstPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(firstPage.edges.map((edge) => edge.node)).toEqual(created.slice(0, 2));

      const secondPage = (await admin.request(GeneratorsDocument, { first: 2, after: firstPage.pageInfo.endCursor, filter: { productId } })).data!.generators;
      expect(secondPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      expect(secondPage.edges.map((edge) => edge.node.name)).toEqual(['G2', 'G3']);

      expect(await listAll({ productId }, 2)).toEqual(created);
      const all = (await admin.request(GeneratorsDocument, { first: 100 })).data!.generators;
      expect(all.totalCount).toBeGreaterThanOrEqual(5);
      expect(all.edges.every((edge) => edge.node.product.id !== undefined)).toBe(true);
    });

    it('filters by product and active flag', async () => {
      const productId = await createProduct();
      const inactive = await createGenerator({ productId, name: 'Inactive', active: false });
      const active = await createGenerator({ productId, name: 'Active' });
      expect((await listAll({ productId, active: true })).map((generator) => generator.id)).toEqual([active.id]);
      expect((await listAll({ productId, active: false })).map((generator) => generator.id)).toEqual([inactive.id]);
      expect(await listAll({ productId: '999999' })).toEqual([]);
      expect(await listAll({ productId: 'abc' })).toEqual([]);
      const everyActive = await listAll({ active: true });
      expect(everyActive.every((generator) => generator.active)).toBe(true);
      expect(everyActive.map((generator) => generator.id)).toContain(active.id);
    });

    it('refuses a page size over 100 and a foreign cursor', async () => {
      expectGraphQLError(await admin.request(GeneratorsDocument, { first: 101 }), 'BAD_USER_INPUT');
      expectGraphQLError(await admin.request(GeneratorsDocument, { after: 'garbage' }), 'BAD_USER_INPUT');
    });

    it('loads the generators’ products in one batch, whatever the page size', async () => {
      for (let index = 0; index < 6; index += 1) await createGenerator({ name: `Batched ${index}` });
      await admin.request(GeneratorsDocument, { first: 1 }); // resolves and caches the API key
      const statements = async (first: number) => {
        const sql = await statementsDuring(/\b(generators|products|api_keys)\b/, async () => {
          const result = await admin.request(GeneratorsDocument, { first });
          expect(result.data!.generators.edges).toHaveLength(first);
        });
        return sql.length;
      };
      // The page, the total count, and the products of the page.
      expect(await statements(2)).toBe(3);
      expect(await statements(6)).toBe(3);
    });
  });

  describe('generateLicenseKeys', () => {
    it('makes AVAILABLE keys in the CHUNKS format with the generator’s limits (815)', async () => {
      const generator = await createGenerator({
        charset: 'AB.*$-',
        numberOfChunks: 3,
        chunkLength: 6,
        separator: '::',
        prefix: 'PRE[',
        suffix: ']+SUF',
        activationLimit: 3,
        validity: 90,
      });
      const keys = await generated(generator.id, 50);
      expect(keys).toHaveLength(50);
      const pattern = keyPattern(generator);
      for (const key of keys) {
        expect(key.key).toMatch(pattern);
        expect(key).toMatchObject({
          status: 'AVAILABLE',
          activationLimit: 3,
          validity: 90,
          ownerName: null,
          ownerEmail: null,
          assignedAt: null,
          expiresAt: null,
          product: { id: generator.product.id },
        });
      }
      expect(new Set(keys.map((key) => key.key)).size).toBe(50);
    });

    it('makes UUID v4 keys between prefix and suffix', async () => {
      const generator = await createGenerator({ method: 'UUID', prefix: 'lic_', suffix: '.v1' });
      const keys = await generated(generator.id, 20);
      for (const key of keys) expect(key.key).toMatch(/^lic_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.v1$/);
    });

    it('uses every character of the charset and nothing else', async () => {
      const generator = await createGenerator({ charset: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789ÄÖ€😀', numberOfChunks: 2, chunkLength: 8 });
      const keys = await generated(generator.id, 500);
      const used = new Set(keys.flatMap((key) => [...key.key.replaceAll(generator.separator, '')]));
      expect([...used].sort()).toEqual([...new Set(generator.charset)].sort());
      for (const key of keys) expect(key.key).toMatch(keyPattern(generator));
    });

    it('makes 10,000 unique keys in one call, each readable back through licenseKeys and counted as available', async () => {
      const generator = await createGenerator();
      const keys = await generated(generator.id, 10_000);
      expect(keys).toHaveLength(10_000);
      expect(new Set(keys.map((key) => key.key)).size).toBe(10_000);
      const pattern = keyPattern(generator);
      expect(keys.every((key) => pattern.test(key.key))).toBe(true);

      const count = await admin.request(AvailableLicenseKeysCountDocument, { productId: generator.product.id });
      expect(count.data!.availableLicenseKeysCount.count).toBe(10_000);
      const listed = await keysOfProduct(generator.product.id);
      expect(new Map(listed.map((key) => [key.id, key.key]))).toEqual(new Map(keys.map((key) => [key.id, key.key])));
      expect(listed.every((key) => key.status === 'AVAILABLE')).toBe(true);
    }, 120_000);

    it('lets an inactive generator be used by id', async () => {
      const productId = await createProduct();
      const inactive = await createGenerator({ productId, active: false, prefix: 'INACTIVE-' });
      await createGenerator({ productId, prefix: 'ACTIVE-' });
      const keys = await generated(inactive.id, 3);
      for (const key of keys) expect(key.key).toMatch(keyPattern(inactive));
    });

    it.each([0, -5, 10_001])('answers BAD_USER_INPUT for quantity %i', async (quantity) => {
      const generator = await createGenerator();
      const extensions = expectGraphQLError(await generate(generator.id, quantity), 'BAD_USER_INPUT');
      expect(extensions.fieldErrors).toEqual([{ field: 'quantity', message: 'must be from 1 to 10000' }]);
      expect(await storedKeyCount(generator.product.id)).toBe(0);
    });

    it.each(['999999', 'abc', ''])('answers 2004 for generator id "%s"', async (generatorId) => {
      expectError(await generate(generatorId, 1), 2004);
    });

    it('answers 2005 when the key space is too small for the quantity, storing nothing', async () => {
      // 1,024 keys: enough for one key at a time, not for two.
      const generator = await createGenerator({ charset: 'AB', numberOfChunks: 1, chunkLength: 10 });
      expectError(await generate(generator.id, 2), 2005);
      expect(await storedKeyCount(generator.product.id)).toBe(0);
      expect(await generated(generator.id, 1)).toHaveLength(1);
    });

    it('answers 2005 when every key of the space is already stored, after retrying', async () => {
      const generator = await createGenerator({ charset: 'AB', numberOfChunks: 1, chunkLength: 10 });
      await importKeys(await createProduct('Squatter'), binaryKeys('', 10));
      const inserts = await statementsDuring(LICENSE_KEY_INSERT, async () => expectError(await generate(generator.id, 1), 2005));
      expect(inserts.length).toBeGreaterThan(1);
      expect(await storedKeyCount(generator.product.id)).toBe(0);
    });

    it('never repeats a key in a small key space, call after call', async () => {
      // 'AB', one chunk of 14: 16,384 keys, just enough for 16 at a time.
      const generator = await createGenerator({ charset: 'AB', numberOfChunks: 1, chunkLength: 14 });
      const seen = new Set<string>();
      for (let call = 0; call < 40; call += 1) {
        const keys = await generated(generator.id, 16);
        expect(keys).toHaveLength(16);
        for (const key of keys) {
          expect(key.key).toMatch(/^[AB]{14}$/);
          expect(seen.has(key.key)).toBe(false);
          seen.add(key.key);
        }
      }
      expect(await storedKeyCount(generator.product.id)).toBe(640);
    });

    it('makes colliding keys again: none of them is a stored key', async () => {
      // 'AB', one chunk of 20: 1,048,576 keys. Every key starting with AAAAA (1 in 32) is stored
      // already, so about 31 of 1,000 first candidates collide and must be made again.
      const generator = await createGenerator({ charset: 'AB', numberOfChunks: 1, chunkLength: 20 });
      const squatted = binaryKeys('AAAAA', 20);
      await importKeys(await createProduct('Squatter'), squatted);
      const seeded = await seedLicenseKey(server, { key: 'BBBBBBBBBBBBBBBBBBBB' });
      expect(seeded.key).toBe('BBBBBBBBBBBBBBBBBBBB');

      let keys: GeneratedKey[] = [];
      const inserts = await statementsDuring(LICENSE_KEY_INSERT, async () => {
        keys = await generated(generator.id, 1_000);
      });
      expect(keys).toHaveLength(1_000);
      expect(new Set(keys.map((key) => key.key)).size).toBe(1_000);
      for (const key of keys) {
        expect(key.key).toMatch(/^[AB]{20}$/);
        expect(key.key.startsWith('AAAAA')).toBe(false);
        expect(key.key).not.toBe(seeded.key);
      }
      // Two batches of 500 candidates, then at least one retry round.
      expect(inserts.length).toBeGreaterThan(2);
      expect(await storedKeyCount(generator.product.id)).toBe(1_000);
    }, 120_000);
  });

  describe('capabilities', () => {
    it('needs manage-generators to create, update and delete (102)', async () => {
      const generator = await createGenerator();
      const client = await server.clientWith(['get-all-generators', 'generate', 'create-product']);
      expectError(await create({ productId: generator.product.id, name: 'X' }, client), 102);
      expectError(await update({ generatorId: generator.id, name: 'X' }, client), 102);
      expectError(await remove(generator.id, client), 102);
      expect(await listAll({ productId: generator.product.id })).toEqual([generator]);

      const manager = await server.clientWith(['manage-generators']);
      expectSuccess((await update({ generatorId: generator.id, name: 'Managed' }, manager)).data?.updateGenerator, 2001);
    });

    it('needs generate to generate and get-all-generators to list (102)', async () => {
      const generator = await createGenerator();
      const manager = await server.clientWith(['manage-generators']);
      expectError(await generate(generator.id, 1, manager), 102);
      expectError(await manager.request(GeneratorsDocument, {}), 102);

      const generating = await server.clientWith(['generate']);
      expectSuccess((await generate(generator.id, 1, generating)).data?.generateLicenseKeys, 815);
      const listing = await server.clientWith(['get-all-generators']);
      expectSuccess((await listing.request(GeneratorsDocument, {})).data?.generators, 820);
    });

    it('answers 100 without an API key', async () => {
      expectError(await admin.withHeaders({ authorization: 'Bearer nope' }).request(GeneratorsDocument, {}), 100);
      expectError(await server.anonymous.request(GenerateLicenseKeysDocument, { input: { generatorId: '1', quantity: 1 } }), 100);
    });
  });
});
