import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clock } from '../src/config/clock.js';
import { QueryCounter } from '../src/db/query-counter.js';
import { Activation } from '../src/modules/license-keys/activation.entity.js';
import { LicenseKeyMeta } from '../src/modules/license-keys/license-key-meta.entity.js';
import {
  AvailableLicenseKeysCountDocument,
  CreateLicenseKeysDocument,
  type CreateLicenseKeysInput,
  CreateProductDocument,
  DeleteLicenseKeyDocument,
  LicenseKeysDocument,
  type LicenseKeyFilter,
  type LicenseKeysQuery,
  UpdateLicenseKeyDocument,
  type UpdateLicenseKeyInput,
} from './generated/graphql.js';
import type { GraphQLClient } from './support/client.js';
import { expectError, expectGraphQLError, expectSuccess } from './support/codes.js';
import { testDialects } from './support/databases.js';
import { seedLicenseKey } from './support/license-keys.js';
import { startTestServer, type TestServer } from './support/server.js';

const dialects = await testDialects();
const DAY_MS = 24 * 60 * 60 * 1000;

/** Distinct key strings with a recognisable prefix. */
function keys(count: number, prefix = `K-${randomUUID().slice(0, 8)}`): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${index}`);
}

describe.each(dialects)('license-key stock on %s', (dialect) => {
  let server: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await server.clientWith(['*']);
  });
  afterAll(() => server?.close());
  afterEach(() => vi.restoreAllMocks());

  async function createProduct(name = 'Plugin Pro'): Promise<string> {
    return (await admin.request(CreateProductDocument, { input: { name } })).data!.createProduct.product.id;
  }

  const create = (input: CreateLicenseKeysInput, as = admin) => as.request(CreateLicenseKeysDocument, { input });
  const update = (input: UpdateLicenseKeyInput, as = admin) => as.request(UpdateLicenseKeyDocument, { input });
  const remove = (licenseKey: string, as = admin) => as.request(DeleteLicenseKeyDocument, { input: { licenseKey } });
  const availableCount = (productId: string, as = admin) => as.request(AvailableLicenseKeysCountDocument, { productId });

  /** Every key matching a filter, through the paginated list. */
  async function listAll(filter: LicenseKeyFilter) {
    const nodes: LicenseKeysQuery['licenseKeys']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const page: LicenseKeysQuery['licenseKeys'] = (await admin.request(LicenseKeysDocument, { first: 100, after, filter })).data!.licenseKeys;
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }

  async function rowCount(sql: string, params: unknown[]): Promise<number> {
    const rows = await server.orm.em.fork().getConnection().execute(sql, params);
    return Number(rows[0].count);
  }

  const keysOfProduct = (productId: string) => rowCount('select count(*) as count from license_keys where product_id = ?', [Number(productId)]);

  /** Counts the SQL statements one operation runs, after a warm-up that caches the API key. */
  async function statements(as: GraphQLClient, operation: () => Promise<unknown>): Promise<number> {
    const counter = new QueryCounter(server.orm);
    await as.request(AvailableLicenseKeysCountDocument, { productId: '0' }); // resolves and caches the API key
    const before = counter.total;
    await operation();
    return counter.total - before;
  }

  describe('createLicenseKeys', () => {
    it('imports keys with the defaults (900), each readable back through the list', async () => {
      const productId = await createProduct();
      const imported = keys(3);
      const result = await create({ productId, licenseKeys: imported.map((key) => `  ${key} `) });
      expectSuccess(result.data?.createLicenseKeys, 900);
      expect(result.data!.createLicenseKeys).toMatchObject({ created: 3, duplicates: 0 });
      const listed = await listAll({ productId });
      expect(listed.map((node) => node.key).sort()).toEqual([...imported].sort());
      for (const node of listed) {
        expect(node).toMatchObject({
          status: 'AVAILABLE',
          activationLimit: 1,
          validity: 0,
          ownerName: null,
          ownerEmail: null,
          assignedAt: null,
          expiresAt: null,
          product: { id: productId, name: 'Plugin Pro' },
        });
      }
    });

    it('takes every field', async () => {
      const productId = await createProduct();
      const [key] = keys(1);
      const result = await create({
        productId,
        licenseKeys: [key!],
        status: 'RESERVED',
        activationLimit: 0,
        validity: 30,
        ownerName: ' Ada ',
        ownerEmail: 'ada@example.com',
        assignedAt: '2026-01-01T00:00:00.000Z',
      });
      expectSuccess(result.data?.createLicenseKeys, 900);
      expect((await listAll({ productId }))[0]).toMatchObject({
        key,
        status: 'RESERVED',
        activationLimit: 0,
        validity: 30,
        ownerName: 'Ada',
        ownerEmail: 'ada@example.com',
        assignedAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-31T00:00:00.000Z',
      });
    });

    it('stamps assignedAt with now for ASSIGNED keys given none, and keeps a given one', async () => {
      const now = new Date('2026-05-05T05:05:05.000Z');
      vi.spyOn(clock, 'now').mockReturnValue(now);
      const productId = await createProduct();
      const [stamped, given, available] = keys(3);
      await create({ productId, licenseKeys: [stamped!], status: 'ASSIGNED', validity: 10 });
      await create({ productId, licenseKeys: [given!], status: 'ASSIGNED', assignedAt: '2026-02-01T00:00:00.000Z' });
      await create({ productId, licenseKeys: [available!] });
      const byKey = new Map((await listAll({ productId })).map((node) => [node.key, node]));
      expect(byKey.get(stamped!)).toMatchObject({ status: 'ASSIGNED', assignedAt: now.toISOString(), expiresAt: new Date(now.getTime() + 10 * DAY_MS).toISOString() });
      expect(byKey.get(given!)).toMatchObject({ status: 'ASSIGNED', assignedAt: '2026-02-01T00:00:00.000Z' });
      expect(byKey.get(available!)).toMatchObject({ status: 'AVAILABLE', assignedAt: null });
    });

    it('counts keys repeated in the input (after trimming) and keys already stored as duplicates', async () => {
      const productId = await createProduct();
      const [a, b, c, d] = keys(4);
      const first = await create({ productId, licenseKeys: [a!, b!, ` ${a}`, `${a} `] });
      expect(first.data!.createLicenseKeys).toMatchObject({ responseCode: 900, created: 2, duplicates: 2 });
      const second = await create({ productId, licenseKeys: [a!, c!, ` ${c} `, b!, d!] });
      expect(second.data!.createLicenseKeys).toMatchObject({ responseCode: 900, created: 2, duplicates: 3 });
      expect(await keysOfProduct(productId)).toBe(4);
    });

    it('counts a key stored under another product as a duplicate: keys are globally unique', async () => {
      const [key] = keys(1);
      await create({ productId: await createProduct(), licenseKeys: [key!] });
      const other = await createProduct();
      const result = await create({ productId: other, licenseKeys: [key!, ...keys(1)] });
      expect(result.data!.createLicenseKeys).toMatchObject({ created: 1, duplicates: 1 });
    });

    it('answers 902 with its counts when no key was new', async () => {
      const productId = await createProduct();
      const imported = keys(3);
      await create({ productId, licenseKeys: imported });
      const result = await create({ productId, licenseKeys: [...imported, imported[0]!, ` ${imported[1]}`] });
      expect(result.data).toBeNull();
      expect(expectError(result, 902)).toMatchObject({ created: 0, duplicates: 5 });
    });

    it.each([
      ['an unknown productId', { productId: '999999' }, [{ field: 'productId', message: 'no product has this id' }]],
      ['a malformed productId', { productId: 'abc' }, [{ field: 'productId', message: 'no product has this id' }]],
      ['an empty list', { licenseKeys: [] }, [{ field: 'licenseKeys', message: 'must hold at least one key' }]],
      [
        'blank and overlong keys, by index',
        { licenseKeys: ['ok-1', '   ', 'k'.repeat(256), '', `  ${'k'.repeat(255)}  `] },
        [
          { field: 'licenseKeys[1]', message: 'cannot be blank' },
          { field: 'licenseKeys[2]', message: 'must be at most 255 characters' },
          { field: 'licenseKeys[3]', message: 'cannot be blank' },
        ],
      ],
      ['a negative activationLimit', { activationLimit: -1 }, [{ field: 'activationLimit', message: 'must be from 0 to 1000000' }]],
      ['a huge activationLimit', { activationLimit: 1_000_001 }, [{ field: 'activationLimit', message: 'must be from 0 to 1000000' }]],
      ['a negative validity', { validity: -1 }, [{ field: 'validity', message: 'must be from 0 to 36500' }]],
      ['a huge validity', { validity: 36_501 }, [{ field: 'validity', message: 'must be from 0 to 36500' }]],
      ['an ownerEmail that is no email', { ownerEmail: 'not-an-email' }, [{ field: 'ownerEmail', message: 'must be an email address' }]],
      ['an ownerEmail with a space', { ownerEmail: 'a b@example.com' }, [{ field: 'ownerEmail', message: 'must be an email address' }]],
      ['an overlong ownerEmail', { ownerEmail: `${'a'.repeat(250)}@example.com` }, [{ field: 'ownerEmail', message: 'must be at most 255 characters' }]],
      ['an overlong ownerName', { ownerName: 'n'.repeat(256) }, [{ field: 'ownerName', message: 'must be at most 255 characters' }]],
      [
        'several problems at once',
        { productId: 'nope', licenseKeys: ['x', ' '], activationLimit: -5, validity: 99_999, ownerName: 'n'.repeat(300), ownerEmail: 'bad' },
        [
          { field: 'productId', message: 'no product has this id' },
          { field: 'licenseKeys[1]', message: 'cannot be blank' },
          { field: 'activationLimit', message: 'must be from 0 to 1000000' },
          { field: 'validity', message: 'must be from 0 to 36500' },
          { field: 'ownerName', message: 'must be at most 255 characters' },
          { field: 'ownerEmail', message: 'must be an email address' },
        ],
      ],
    ])('refuses %s with 901 and fieldErrors, storing nothing', async (_case, change: Partial<CreateLicenseKeysInput>, fieldErrors) => {
      const productId = await createProduct();
      const result = await create({ productId, licenseKeys: keys(2), ...change });
      expect(result.data).toBeNull();
      expect(expectError(result, 901).fieldErrors).toEqual(fieldErrors);
      expect(await keysOfProduct(productId)).toBe(0);
    });

    it('reports the first 100 invalid keys one by one and sums up the rest', async () => {
      const productId = await createProduct();
      const fieldErrors = expectError(await create({ productId, licenseKeys: Array.from({ length: 150 }, () => ' ') }), 901).fieldErrors as unknown[];
      expect(fieldErrors).toHaveLength(101);
      expect(fieldErrors[99]).toEqual({ field: 'licenseKeys[99]', message: 'cannot be blank' });
      expect(fieldErrors[100]).toEqual({ field: 'licenseKeys', message: 'holds 50 more invalid keys' });
    });

    it('refuses 10,001 keys with 901', async () => {
      const productId = await createProduct();
      const result = await create({ productId, licenseKeys: keys(10_001) });
      expect(expectError(result, 901).fieldErrors).toEqual([{ field: 'licenseKeys', message: 'must hold at most 10000 keys' }]);
      expect(await keysOfProduct(productId)).toBe(0);
    });

    it('imports 10,000 keys within a few seconds, in batched INSERTs', async () => {
      const productId = await createProduct();
      const imported = keys(10_000);
      let result: Awaited<ReturnType<typeof create>> | undefined;
      let elapsed = 0;
      const count = await statements(admin, async () => {
        const started = performance.now();
        result = await create({ productId, licenseKeys: imported });
        elapsed = performance.now() - started;
      });
      console.info(`[${dialect}] 10,000-key import: ${Math.round(elapsed)} ms, ${count} SQL statements`);
      expectSuccess(result!.data?.createLicenseKeys, 900);
      expect(result!.data!.createLicenseKeys).toMatchObject({ created: 10_000, duplicates: 0 });
      expect(elapsed).toBeLessThan(5_000);
      // The product (1), BEGIN, 20 INSERTs of 500 rows, COMMIT.
      expect(count).toBe(23);
      expect(await keysOfProduct(productId)).toBe(10_000);
      expect((await availableCount(productId)).data!.availableLicenseKeysCount.count).toBe(10_000);

      const again = await create({ productId, licenseKeys: [...imported.slice(0, 5_000), ...keys(10)] });
      expect(again.data!.createLicenseKeys).toMatchObject({ created: 10, duplicates: 5_000 });
    });

    it('counts every distinct key exactly once across concurrent imports of overlapping sets', async () => {
      const productId = await createProduct();
      const pool = keys(3_000);
      // Five imports of 1,500 keys each, overlapping one another and in different orders.
      const sets = Array.from({ length: 5 }, (_, index) => {
        const slice = pool.slice(index * 375, index * 375 + 1_500);
        return index % 2 === 0 ? slice : [...slice].reverse();
      });
      const distinct = new Set(sets.flat()).size;
      const results = await Promise.all(sets.map((licenseKeys) => create({ productId, licenseKeys })));
      let created = 0;
      for (const [index, result] of results.entries()) {
        if (result.errors) {
          expect(expectError(result, 902)).toMatchObject({ created: 0, duplicates: sets[index]!.length });
        } else {
          const { created: made, duplicates } = result.data!.createLicenseKeys;
          expect(made + duplicates).toBe(sets[index]!.length);
          created += made;
        }
      }
      expect(created).toBe(distinct);
      expect(await keysOfProduct(productId)).toBe(distinct);
    });

    it('refuses wrong-type inputs with BAD_USER_INPUT', async () => {
      const productId = await createProduct();
      const query = 'mutation ($input: CreateLicenseKeysInput!) { createLicenseKeys(input: $input) { responseCode } }';
      for (const input of [
        { productId },
        { licenseKeys: ['a'] },
        { productId, licenseKeys: null },
        { productId, licenseKeys: [1, 2] },
        { productId, licenseKeys: ['a', null] },
        { productId, licenseKeys: ['a'], status: 'SOMETIMES' },
        { productId, licenseKeys: ['a'], activationLimit: 'one' },
        { productId, licenseKeys: ['a'], activationLimit: 1.5 },
        { productId, licenseKeys: ['a'], validity: 2 ** 31 },
        { productId, licenseKeys: ['a'], assignedAt: 'yesterday' },
      ]) {
        expectGraphQLError(await admin.requestUntyped(query, { input }), 'BAD_USER_INPUT');
      }
      expect(await keysOfProduct(productId)).toBe(0);
    });

    it('keeps no plaintext key in the database', async () => {
      const productId = await createProduct();
      const secrets = keys(50, `PLAINTEXT-${randomUUID()}`);
      expectSuccess((await create({ productId, licenseKeys: secrets, status: 'ASSIGNED', ownerEmail: 'owner@example.com' })).data?.createLicenseKeys, 900);
      const stored = JSON.stringify(await server.orm.em.fork().getConnection().execute('select * from license_keys'));
      expect(stored).toContain('owner@example.com');
      for (const secret of secrets) expect(stored).not.toContain(secret);
      if (dialect === 'sqlite') {
        const file = server.orm.config.get('dbName')!;
        const bytes = [file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path).toString('latin1'));
        expect(bytes.join('')).toContain('owner@example.com');
        for (const secret of secrets) expect(bytes.every((content) => !content.includes(secret))).toBe(true);
      }
    });
  });

  describe('updateLicenseKey', () => {
    async function importOne(input: Partial<CreateLicenseKeysInput> = {}) {
      const productId = input.productId ?? (await createProduct());
      const [key] = keys(1);
      await create({ productId, licenseKeys: [key!], ...input });
      return { key: key!, productId };
    }

    it('changes only the given fields (950)', async () => {
      const { key, productId } = await importOne({ ownerName: 'Ada', activationLimit: 3 });
      const result = await update({ licenseKey: ` ${key} `, status: 'BLOCKED', validity: 7, ownerEmail: 'ada@example.com' });
      expectSuccess(result.data?.updateLicenseKey, 950);
      expect(result.data!.updateLicenseKey.licenseKey).toMatchObject({
        key,
        status: 'BLOCKED',
        validity: 7,
        ownerEmail: 'ada@example.com',
        ownerName: 'Ada',
        activationLimit: 3,
        product: { id: productId },
      });
      expect((await listAll({ productId }))[0]).toMatchObject({ status: 'BLOCKED', validity: 7, ownerName: 'Ada', activationLimit: 3 });
    });

    it('moves a key to another product', async () => {
      const { key, productId } = await importOne();
      const other = await createProduct('Other');
      const result = await update({ licenseKey: key, productId: other });
      expect(result.data!.updateLicenseKey.licenseKey.product).toEqual({ id: other, name: 'Other' });
      expect(await keysOfProduct(productId)).toBe(0);
      expect(await keysOfProduct(other)).toBe(1);
    });

    it('clears ownerName, ownerEmail and assignedAt given null', async () => {
      const { key } = await importOne({ status: 'ASSIGNED', ownerName: 'Ada', ownerEmail: 'ada@example.com' });
      const result = await update({ licenseKey: key, ownerName: null, ownerEmail: null, assignedAt: null });
      expect(result.data!.updateLicenseKey.licenseKey).toMatchObject({ status: 'ASSIGNED', ownerName: null, ownerEmail: null, assignedAt: null });
    });

    it('stamps assignedAt with now when a key without one becomes ASSIGNED, and keeps an existing one', async () => {
      const now = new Date('2026-06-06T06:06:06.000Z');
      const { key } = await importOne();
      vi.spyOn(clock, 'now').mockReturnValue(now);
      const assigned = await update({ licenseKey: key, status: 'ASSIGNED' });
      expect(assigned.data!.updateLicenseKey.licenseKey).toMatchObject({ status: 'ASSIGNED', assignedAt: now.toISOString() });

      const { key: dated } = await importOne({ assignedAt: '2026-01-01T00:00:00.000Z' });
      const kept = await update({ licenseKey: dated, status: 'ASSIGNED' });
      expect(kept.data!.updateLicenseKey.licenseKey.assignedAt).toBe('2026-01-01T00:00:00.000Z');

      const { key: given } = await importOne();
      const withDate = await update({ licenseKey: given, status: 'ASSIGNED', assignedAt: '2026-03-03T00:00:00.000Z' });
      expect(withDate.data!.updateLicenseKey.licenseKey.assignedAt).toBe('2026-03-03T00:00:00.000Z');
    });

    it.each(['no-such-key', '', '   ', 'k'.repeat(300)])('answers 952 for the key "%s"', async (licenseKey) => {
      expectError(await update({ licenseKey, status: 'BLOCKED' }), 952);
    });

    it.each([
      ['a null status', { status: null }, [{ field: 'status', message: 'cannot be null' }]],
      ['a null activationLimit', { activationLimit: null }, [{ field: 'activationLimit', message: 'cannot be null' }]],
      ['a null validity', { validity: null }, [{ field: 'validity', message: 'cannot be null' }]],
      ['a null productId', { productId: null }, [{ field: 'productId', message: 'cannot be null' }]],
      ['an unknown productId', { productId: '999999' }, [{ field: 'productId', message: 'no product has this id' }]],
      ['a malformed productId', { productId: 'abc' }, [{ field: 'productId', message: 'no product has this id' }]],
      ['a negative activationLimit', { activationLimit: -1 }, [{ field: 'activationLimit', message: 'must be from 0 to 1000000' }]],
      ['a huge validity', { validity: 40_000 }, [{ field: 'validity', message: 'must be from 0 to 36500' }]],
      ['an ownerEmail that is no email', { ownerEmail: 'nope@' }, [{ field: 'ownerEmail', message: 'must be an email address' }]],
      ['an overlong ownerName', { ownerName: 'n'.repeat(256) }, [{ field: 'ownerName', message: 'must be at most 255 characters' }]],
      [
        'several problems at once',
        { status: null, validity: -1, ownerEmail: 'x', productId: '0' },
        [
          { field: 'status', message: 'cannot be null' },
          { field: 'validity', message: 'must be from 0 to 36500' },
          { field: 'ownerEmail', message: 'must be an email address' },
          { field: 'productId', message: 'no product has this id' },
        ],
      ],
    ])('answers 951 for %s and changes nothing', async (_case, change: Partial<UpdateLicenseKeyInput>, fieldErrors) => {
      const { key, productId } = await importOne({ ownerName: 'Unchanged' });
      const before = (await listAll({ productId }))[0];
      const result = await update({ licenseKey: key, ownerName: 'Changed', ...change });
      expect(result.data).toBeNull();
      expect(expectError(result, 951).fieldErrors).toEqual(fieldErrors);
      expect((await listAll({ productId }))[0]).toEqual(before);
    });

    it('refuses wrong-type inputs with BAD_USER_INPUT', async () => {
      const query = 'mutation ($input: UpdateLicenseKeyInput!) { updateLicenseKey(input: $input) { responseCode } }';
      for (const input of [{}, { licenseKey: 42 }, { licenseKey: 'k', status: 'GONE' }, { licenseKey: 'k', validity: '3' }, { licenseKey: 'k', assignedAt: 'soon' }]) {
        expectGraphQLError(await admin.requestUntyped(query, { input }), 'BAD_USER_INPUT');
      }
    });
  });

  describe('deleteLicenseKey', () => {
    it('deletes the key with its activations and meta (850), answering the key as it was', async () => {
      const seeded = await seedLicenseKey(server, { activationLimit: 0 });
      const em = server.orm.em.fork();
      for (const identifier of ['a.example', 'b.example']) em.create(Activation, { licenseKey: seeded.id, identifier });
      em.create(LicenseKeyMeta, { licenseKey: seeded.id, key: 'tier', value: 'gold' });
      await em.flush();

      const result = await remove(seeded.key);
      expectSuccess(result.data?.deleteLicenseKey, 850);
      expect(result.data!.deleteLicenseKey.licenseKey).toMatchObject({ id: String(seeded.id), key: seeded.key, status: 'ASSIGNED', product: { id: String(seeded.productId) } });
      expect(await rowCount('select count(*) as count from license_keys where id = ?', [seeded.id])).toBe(0);
      expect(await rowCount('select count(*) as count from activations where license_key_id = ?', [seeded.id])).toBe(0);
      expect(await rowCount('select count(*) as count from license_key_meta where license_key_id = ?', [seeded.id])).toBe(0);
      expectError(await remove(seeded.key), 851);
    });

    it('runs BEGIN, the lookup, one DELETE and COMMIT', async () => {
      const { key } = await seedLicenseKey(server);
      const query = 'mutation ($licenseKey: String!) { deleteLicenseKey(input: { licenseKey: $licenseKey }) { responseCode } }';
      let result: Awaited<ReturnType<GraphQLClient['requestUntyped']>> | undefined;
      expect(await statements(admin, async () => (result = await admin.requestUntyped(query, { licenseKey: key })))).toBe(4);
      expect(result!.data).toEqual({ deleteLicenseKey: { responseCode: 850 } });
    });

    it.each(['no-such-key', '', '   ', 'k'.repeat(300)])('answers 851 for the key "%s"', async (licenseKey) => {
      expectError(await remove(licenseKey), 851);
    });

    it('lets exactly one of several concurrent deletes of a key succeed', async () => {
      const { key } = await seedLicenseKey(server);
      const results = await Promise.all(Array.from({ length: 5 }, () => remove(key)));
      expect(results.filter((result) => result.data?.deleteLicenseKey.responseCode === 850)).toHaveLength(1);
      for (const result of results.filter((result) => result.errors)) expectError(result, 851);
    });
  });

  describe('licenseKeys', () => {
    let productId: string;
    let imported: string[];

    beforeAll(async () => {
      productId = await createProduct('Listed');
      imported = keys(5);
      await create({ productId, licenseKeys: imported.slice(0, 3) });
      await create({ productId, licenseKeys: [imported[3]!], status: 'ASSIGNED', ownerEmail: 'buyer@example.com' });
      await create({ productId, licenseKeys: [imported[4]!], status: 'RESERVED', ownerEmail: 'Buyer@example.com' });
    });

    it('pages through the keys with cursors (730)', async () => {
      const all = (await admin.request(LicenseKeysDocument, { first: 100, filter: { productId } })).data!.licenseKeys;
      expectSuccess(all, 730);
      expect(all.totalCount).toBe(5);
      // One import stores its keys in HMAC order (see LicenseKeyStockService.create), not in input order.
      const ordered = all.edges.map((edge) => edge.node.key);
      expect([...ordered].sort()).toEqual([...imported].sort());
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: LicenseKeysQuery['licenseKeys'] = (await admin.request(LicenseKeysDocument, { first: 2, after, filter: { productId } })).data!.licenseKeys;
        expectSuccess(page, 730);
        expect(page.totalCount).toBe(5);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.edges.map((edge) => edge.node.key));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(ordered);
    });

    it('lists every product’s keys without a filter, with the default page size', async () => {
      const page = (await admin.request(LicenseKeysDocument, {})).data!.licenseKeys;
      expect(page.totalCount).toBeGreaterThanOrEqual(5);
      expect(page.edges.length).toBe(Math.min(20, page.totalCount));
    });

    it('filters by product, status and exact owner email', async () => {
      const count = async (filter: LicenseKeyFilter) => (await admin.request(LicenseKeysDocument, { filter })).data!.licenseKeys.totalCount;
      expect(await count({ productId, status: 'AVAILABLE' })).toBe(3);
      expect(await count({ productId, status: 'ASSIGNED' })).toBe(1);
      expect(await count({ productId, status: 'BLOCKED' })).toBe(0);
      expect(await count({ ownerEmail: 'buyer@example.com' })).toBe(1);
      expect(await count({ ownerEmail: 'Buyer@example.com' })).toBe(1);
      expect(await count({ ownerEmail: 'buyer@example' })).toBe(0);
      const reserved = (await admin.request(LicenseKeysDocument, { filter: { productId, status: 'RESERVED', ownerEmail: 'Buyer@example.com' } })).data!.licenseKeys;
      expect(reserved.edges.map((edge) => edge.node)).toMatchObject([{ key: imported[4], status: 'RESERVED', ownerEmail: 'Buyer@example.com' }]);
    });

    it.each(['999999', 'abc', ''])('matches nothing for the productId "%s"', async (missing) => {
      const page = (await admin.request(LicenseKeysDocument, { filter: { productId: missing } })).data!.licenseKeys;
      expectSuccess(page, 730);
      expect(page).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('reads nested activations and meta', async () => {
      const seeded = await seedLicenseKey(server);
      const em = server.orm.em.fork();
      em.create(Activation, { licenseKey: seeded.id, identifier: 'x.example' });
      em.create(LicenseKeyMeta, { licenseKey: seeded.id, key: 'k', value: 'v' });
      await em.flush();
      const [node] = await listAll({ productId: String(seeded.productId) });
      expect(node).toMatchObject({ key: seeded.key, activations: [{ identifier: 'x.example' }], meta: [{ key: 'k', value: 'v' }] });
    });

    it('refuses a bad page size or cursor with BAD_USER_INPUT', async () => {
      expectGraphQLError(await admin.request(LicenseKeysDocument, { first: 101 }), 'BAD_USER_INPUT');
      expectGraphQLError(await admin.request(LicenseKeysDocument, { after: 'garbage' }), 'BAD_USER_INPUT');
    });
  });

  describe('availableLicenseKeysCount', () => {
    it('counts the AVAILABLE keys of the product, not RESERVED ones (741), in one statement', async () => {
      const productId = await createProduct();
      const other = await createProduct();
      await create({ productId, licenseKeys: keys(3) });
      await create({ productId, licenseKeys: keys(2), status: 'RESERVED' });
      await create({ productId, licenseKeys: keys(1), status: 'ASSIGNED' });
      await create({ productId, licenseKeys: keys(1), status: 'BLOCKED' });
      await create({ productId: other, licenseKeys: keys(4) });
      let result: Awaited<ReturnType<typeof availableCount>> | undefined;
      expect(await statements(admin, async () => (result = await availableCount(productId)))).toBe(1);
      expectSuccess(result!.data?.availableLicenseKeysCount, 741);
      expect(result!.data!.availableLicenseKeysCount.count).toBe(3);
    });

    it('answers 0 for a product without keys', async () => {
      const result = await availableCount(await createProduct());
      expect(result.data!.availableLicenseKeysCount).toMatchObject({ responseCode: 741, count: 0 });
    });

    it.each(['999999', 'abc', '', '0'])('answers 740 for the product id "%s"', async (productId) => {
      expectError(await availableCount(productId), 740);
    });
  });

  describe('permissions', () => {
    it('needs the capability of each operation (102)', async () => {
      const reader = await server.clientWith(['get-license-keys']);
      const productId = await createProduct();
      expectError(await create({ productId, licenseKeys: keys(1) }, reader), 102);
      expectError(await update({ licenseKey: 'k', status: 'BLOCKED' }, reader), 102);
      expectError(await remove('k', reader), 102);
      expectError(await availableCount(productId, reader), 102);
      expectSuccess((await reader.request(LicenseKeysDocument, {})).data?.licenseKeys, 730);

      const importer = await server.clientWith(['create-license-keys', 'get-available-license-keys-count']);
      expectSuccess((await create({ productId, licenseKeys: keys(1) }, importer)).data?.createLicenseKeys, 900);
      expectSuccess((await availableCount(productId, importer)).data?.availableLicenseKeysCount, 741);
      expectError(await importer.request(LicenseKeysDocument, {}), 102);
    });
  });
});
