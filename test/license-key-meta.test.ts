import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Activation } from '../src/modules/license-keys/activation.entity.js';
import { LicenseKeyStatus } from '../src/modules/license-keys/license-key.entity.js';
import { ProductStatus } from '../src/modules/products/product.entity.js';
import {
  ActivateLicenseKeyDocument,
  CreateLicenseKeyMetaDocument,
  DeleteLicenseKeyMetaDocument,
  LicenseKeyMetaOfKeyDocument,
  UpdateLicenseKeyMetaDocument,
} from './generated/graphql.js';
import type { GraphQLClient, GraphQLResult } from './support/client.js';
import { expectError, expectGraphQLError, expectSuccess } from './support/codes.js';
import { testDialects } from './support/databases.js';
import { seedLicenseKey, type SeedKeyOptions } from './support/license-keys.js';
import { startTestServer, type TestServer } from './support/server.js';

const dialects = await testDialects();
const DAY_MS = 24 * 60 * 60 * 1000;
const IDENTIFIER = 'example.com';

interface MetaInput {
  licenseKey: string;
  identifier?: string | null;
  key?: string | null;
  value?: string | null;
}

type Operation = 'createLicenseKeyMeta' | 'updateLicenseKeyMeta' | 'deleteLicenseKeyMeta';

describe.each(dialects)('license-key meta on %s', (dialect) => {
  let server: TestServer;
  let client: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    client = await server.clientWith([
      'activate',
      'get-license-key-details',
      'create-license-key-meta',
      'update-license-key-meta',
      'delete-license-key-meta',
    ]);
  });
  afterAll(() => server?.close());

  /** A seeded key, activated straight through the ORM for each of the given identifiers. */
  async function activatedKey(options: SeedKeyOptions = {}, identifiers: string[] = [IDENTIFIER]) {
    const seeded = await seedLicenseKey(server, { activationLimit: 0, ...options });
    const em = server.orm.em.fork();
    for (const identifier of identifiers) em.create(Activation, { licenseKey: seeded.id, identifier });
    await em.flush();
    return seeded;
  }

  const create = (input: MetaInput, as = client) => as.request(CreateLicenseKeyMetaDocument, { input: { identifier: IDENTIFIER, ...input } });
  const update = (input: MetaInput, as = client) => as.request(UpdateLicenseKeyMetaDocument, { input: { identifier: IDENTIFIER, ...input } });
  const remove = ({ value: _value, ...input }: MetaInput, as = client) =>
    as.request(DeleteLicenseKeyMetaDocument, { input: { identifier: IDENTIFIER, ...input } });
  const run: Record<Operation, (input: MetaInput, as?: GraphQLClient) => Promise<GraphQLResult<unknown>>> = {
    createLicenseKeyMeta: create,
    updateLicenseKeyMeta: update,
    deleteLicenseKeyMeta: remove,
  };

  async function metaOf(licenseKey: string, identifier = IDENTIFIER) {
    const result = await client.request(LicenseKeyMetaOfKeyDocument, { licenseKey, identifier });
    expectSuccess(result.data?.licenseKeyDetails, 500);
    return result.data!.licenseKeyDetails.licenseKey.meta;
  }

  async function storedRows(licenseKeyId: number): Promise<number> {
    const rows = await server.orm.em.fork().getConnection().execute('select count(*) as count from license_key_meta where license_key_id = ?', [licenseKeyId]);
    return Number(rows[0].count);
  }

  it('creates, reads, updates and deletes a meta entry (453, 353, 252), visible through licenseKeyDetails', async () => {
    const { key } = await activatedKey({}, [IDENTIFIER, 'other.example']);

    const created = await create({ licenseKey: key, key: '  installs  ', value: 'one' });
    expectSuccess(created.data?.createLicenseKeyMeta, 453);
    const createdMeta = created.data!.createLicenseKeyMeta.meta;
    expect(createdMeta).toMatchObject({ key: 'installs', value: 'one' });
    expect(createdMeta.id).toMatch(/^\d+$/);
    expect(await metaOf(key)).toEqual([{ key: 'installs', value: 'one' }]);
    // Meta belongs to the key, not to the identifier that wrote it.
    expect(await metaOf(key, 'other.example')).toEqual([{ key: 'installs', value: 'one' }]);

    const updated = await update({ licenseKey: key, identifier: 'other.example', key: 'installs', value: 'two' });
    expectSuccess(updated.data?.updateLicenseKeyMeta, 353);
    expect(updated.data!.updateLicenseKeyMeta.meta).toMatchObject({ id: createdMeta.id, key: 'installs', value: 'two', createdAt: createdMeta.createdAt });
    expect(await metaOf(key)).toEqual([{ key: 'installs', value: 'two' }]);

    const deleted = await remove({ licenseKey: key, key: 'installs' });
    expectSuccess(deleted.data?.deleteLicenseKeyMeta, 252);
    expect(deleted.data!.deleteLicenseKeyMeta.meta).toEqual({ id: createdMeta.id, key: 'installs', value: 'two' });
    expect(await metaOf(key)).toEqual([]);
    expectError(await remove({ licenseKey: key, key: 'installs' }), 251);
  });

  it('works on a key activated through activateLicenseKey', async () => {
    const { key } = await seedLicenseKey(server);
    const activated = await client.request(ActivateLicenseKeyDocument, { input: { licenseKey: key, identifier: 'device-1' } });
    expectSuccess(activated.data?.activateLicenseKey, 300);
    expectSuccess((await create({ licenseKey: key, identifier: 'device-1', key: 'os', value: 'linux' })).data?.createLicenseKeyMeta, 453);
    expect(await metaOf(key, 'device-1')).toEqual([{ key: 'os', value: 'linux' }]);
  });

  it('lists several entries in creation order and keeps keys unique per license key only', async () => {
    const first = await activatedKey();
    const second = await activatedKey();
    expectSuccess((await create({ licenseKey: first.key, key: 'a', value: '1' })).data?.createLicenseKeyMeta, 453);
    expectSuccess((await create({ licenseKey: first.key, key: 'b', value: '2' })).data?.createLicenseKeyMeta, 453);
    expectSuccess((await create({ licenseKey: second.key, key: 'a', value: 'other' })).data?.createLicenseKeyMeta, 453);
    expect(await metaOf(first.key)).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
    expect(await metaOf(second.key)).toEqual([{ key: 'a', value: 'other' }]);
    // Another key's entry is not this key's: 352 and 251.
    expectError(await update({ licenseKey: second.key, key: 'b', value: 'x' }), 352);
    expectError(await remove({ licenseKey: second.key, key: 'b' }), 251);
    expect(await metaOf(first.key)).toHaveLength(2);
  });

  it('answers the create codes 450, 451, 452', async () => {
    const { key, id } = await activatedKey();
    expectError(await create({ licenseKey: key, value: 'v' }), 450);
    expectError(await create({ licenseKey: key, key: null, value: 'v' }), 450);
    expectError(await create({ licenseKey: key, key: '   ', value: 'v' }), 450);
    expectError(await create({ licenseKey: key, key: '' }), 450);
    expectError(await create({ licenseKey: key, key: 'k' }), 451);
    expectError(await create({ licenseKey: key, key: 'k', value: '' }), 451);
    expectError(await create({ licenseKey: key, key: 'k', value: '  ' }), 451);
    expect(await storedRows(id)).toBe(0);
    expectSuccess((await create({ licenseKey: key, key: 'k', value: 'v' })).data?.createLicenseKeyMeta, 453);
    expectError(await create({ licenseKey: key, key: 'k', value: 'other' }), 452);
    expectError(await create({ licenseKey: key, key: ' k ', value: 'other' }), 452);
    expect(await metaOf(key)).toEqual([{ key: 'k', value: 'v' }]);
  });

  it('answers the update codes 350, 351, 352', async () => {
    const { key } = await activatedKey();
    expectSuccess((await create({ licenseKey: key, key: 'k', value: 'v' })).data?.createLicenseKeyMeta, 453);
    expectError(await update({ licenseKey: key, value: 'v' }), 350);
    expectError(await update({ licenseKey: key, key: ' ', value: 'v' }), 350);
    expectError(await update({ licenseKey: key, key: 'k' }), 351);
    expectError(await update({ licenseKey: key, key: 'k', value: null }), 351);
    expectError(await update({ licenseKey: key, key: 'k', value: '' }), 351);
    expectError(await update({ licenseKey: key, key: 'missing', value: 'v' }), 352);
    expect(await metaOf(key)).toEqual([{ key: 'k', value: 'v' }]);
  });

  it('answers the delete codes 250, 251', async () => {
    const { key } = await activatedKey();
    expectSuccess((await create({ licenseKey: key, key: 'k', value: 'v' })).data?.createLicenseKeyMeta, 453);
    expectError(await remove({ licenseKey: key }), 250);
    expectError(await remove({ licenseKey: key, key: '' }), 250);
    expectError(await remove({ licenseKey: key, key: '   ' }), 250);
    expectError(await remove({ licenseKey: key, key: 'missing' }), 251);
    expect(await metaOf(key)).toEqual([{ key: 'k', value: 'v' }]);
  });

  it('refuses an overlong key or value with BAD_USER_INPUT and fieldErrors', async () => {
    const { key, id } = await activatedKey();
    const longKey = await create({ licenseKey: key, key: 'k'.repeat(192), value: 'v' });
    expect(expectGraphQLError(longKey, 'BAD_USER_INPUT').fieldErrors).toEqual([{ field: 'key', message: 'must be at most 191 characters' }]);
    const longValue = await create({ licenseKey: key, key: 'k', value: 'v'.repeat(65_536) });
    expect(expectGraphQLError(longValue, 'BAD_USER_INPUT').fieldErrors).toEqual([{ field: 'value', message: 'must be at most 65535 characters' }]);
    expect(await storedRows(id)).toBe(0);

    expectSuccess((await create({ licenseKey: key, key: 'k'.repeat(191), value: 'v'.repeat(65_535) })).data?.createLicenseKeyMeta, 453);
    const longUpdate = await update({ licenseKey: key, key: 'k'.repeat(191), value: 'v'.repeat(65_536) });
    expect(expectGraphQLError(longUpdate, 'BAD_USER_INPUT').fieldErrors).toEqual([{ field: 'value', message: 'must be at most 65535 characters' }]);
    expect(expectGraphQLError(await remove({ licenseKey: key, key: 'k'.repeat(192) }), 'BAD_USER_INPUT').fieldErrors).toEqual([
      { field: 'key', message: 'must be at most 191 characters' },
    ]);
  });

  describe.each<Operation>(['createLicenseKeyMeta', 'updateLicenseKeyMeta', 'deleteLicenseKeyMeta'])('%s runs the verify checks first', (operation) => {
    const valid = { key: 'k', value: 'v' };

    it('answers 215 for a missing or blank identifier, even with a missing meta key', async () => {
      const { key } = await activatedKey();
      expectError(await run[operation]({ licenseKey: key, identifier: null, ...valid }), 215);
      expectError(await run[operation]({ licenseKey: key, identifier: '  ', ...valid }), 215);
      expectError(await run[operation]({ licenseKey: key, identifier: null }), 215);
    });

    it('answers 210 for an unknown key, even with a missing meta key', async () => {
      expectError(await run[operation]({ licenseKey: 'no-such-key', ...valid }), 210);
      expectError(await run[operation]({ licenseKey: '   ' }), 210);
    });

    it.each<[number, string, SeedKeyOptions]>([
      [204, 'a blocked key', { status: LicenseKeyStatus.BLOCKED }],
      [201, 'an available key', { status: LicenseKeyStatus.AVAILABLE }],
      [201, 'a reserved key', { status: LicenseKeyStatus.RESERVED }],
      [203, 'a key of an inactive product', { productStatus: ProductStatus.INACTIVE }],
      [205, 'an expired key', { validity: 1, assignedAt: new Date(Date.now() - 2 * DAY_MS) }],
    ])('answers %i for %s, even when activated and with a missing meta key', async (code, _case, options) => {
      const { key } = await activatedKey(options);
      expectError(await run[operation]({ licenseKey: key, ...valid }), code);
      expectError(await run[operation]({ licenseKey: key }), code);
    });

    it('answers 202 for an identifier the key is not activated for', async () => {
      const { key } = await activatedKey();
      expectError(await run[operation]({ licenseKey: key, identifier: 'elsewhere.example', ...valid }), 202);
      const { key: neverActivated } = await activatedKey({}, []);
      expectError(await run[operation]({ licenseKey: neverActivated, ...valid }), 202);
    });
  });

  it('changes nothing when the verify checks fail', async () => {
    const { key, id } = await activatedKey();
    expectSuccess((await create({ licenseKey: key, key: 'k', value: 'v' })).data?.createLicenseKeyMeta, 453);
    expectError(await create({ licenseKey: key, identifier: 'elsewhere.example', key: 'other', value: 'v' }), 202);
    expectError(await update({ licenseKey: key, identifier: 'elsewhere.example', key: 'k', value: 'changed' }), 202);
    expectError(await remove({ licenseKey: key, identifier: 'elsewhere.example', key: 'k' }), 202);
    expect(await metaOf(key)).toEqual([{ key: 'k', value: 'v' }]);
    expect(await storedRows(id)).toBe(1);
  });

  it('refuses each operation with 102 without its capability', async () => {
    const { key } = await activatedKey();
    const detailsOnly = await server.clientWith(['verify', 'activate', 'get-license-key-details', 'create-product-meta']);
    expectError(await create({ licenseKey: key, key: 'k', value: 'v' }, detailsOnly), 102);
    expectError(await update({ licenseKey: key, key: 'k', value: 'v' }, detailsOnly), 102);
    expectError(await remove({ licenseKey: key, key: 'k' }, detailsOnly), 102);

    // Each capability opens its own operation only; the capability check comes before the verify checks.
    const createOnly = await server.clientWith(['create-license-key-meta']);
    expectError(await create({ licenseKey: 'no-such-key', identifier: null }, detailsOnly), 102);
    expectSuccess((await create({ licenseKey: key, key: 'k', value: 'v' }, createOnly)).data?.createLicenseKeyMeta, 453);
    expectError(await update({ licenseKey: key, key: 'k', value: 'w' }, createOnly), 102);
    expectError(await remove({ licenseKey: key, key: 'k' }, createOnly), 102);
    const updateOnly = await server.clientWith(['update-license-key-meta']);
    expectSuccess((await update({ licenseKey: key, key: 'k', value: 'w' }, updateOnly)).data?.updateLicenseKeyMeta, 353);
    const deleteOnly = await server.clientWith(['delete-license-key-meta']);
    expectSuccess((await remove({ licenseKey: key, key: 'k' }, deleteOnly)).data?.deleteLicenseKeyMeta, 252);
  });

  it('lets exactly one of many concurrent creates of the same key succeed (453, the others 452)', async () => {
    const { key, id } = await activatedKey();
    const results = await Promise.all(Array.from({ length: 8 }, (_, index) => create({ licenseKey: key, key: 'race', value: String(index) })));
    const winners = results.filter((result) => result.data?.createLicenseKeyMeta.responseCode === 453);
    expect(winners).toHaveLength(1);
    const losers = results.filter((result) => result.errors);
    expect(losers).toHaveLength(7);
    for (const result of losers) expectError(result, 452);
    expect(await metaOf(key)).toEqual([{ key: 'race', value: winners[0]!.data!.createLicenseKeyMeta.meta.value }]);
    expect(await storedRows(id)).toBe(1);
  });

  it('lets exactly one of many concurrent deletes of the same key succeed (252, the others 251)', async () => {
    const { key, id } = await activatedKey();
    expectSuccess((await create({ licenseKey: key, key: 'race', value: 'v' })).data?.createLicenseKeyMeta, 453);
    const results = await Promise.all(Array.from({ length: 6 }, () => remove({ licenseKey: key, key: 'race' })));
    expect(results.filter((result) => result.data?.deleteLicenseKeyMeta.responseCode === 252)).toHaveLength(1);
    for (const result of results.filter((result) => result.errors)) expectError(result, 251);
    expect(await storedRows(id)).toBe(0);
  });
});
