import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clock } from '../src/config/clock.js';
import { QueryCounter } from '../src/db/query-counter.js';
import { LicenseKeyStatus } from '../src/modules/license-keys/license-key.entity.js';
import { ProductStatus } from '../src/modules/products/product.entity.js';
import {
  ActivateLicenseKeyDocument,
  DeactivateLicenseKeyDocument,
  LicenseKeyDetailsDocument,
  VerifyLicenseKeyDocument,
} from './generated/graphql.js';
import type { GraphQLClient } from './support/client.js';
import { expectError, expectGraphQLError, expectSuccess } from './support/codes.js';
import { testDialects } from './support/databases.js';
import { seedLicenseKey, type SeedKeyOptions } from './support/license-keys.js';
import { startTestServer, type TestServer } from './support/server.js';

const dialects = await testDialects();
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(dialects)('client operations on %s', (dialect) => {
  let server: TestServer;
  let client: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    client = await server.clientWith(['verify', 'activate', 'deactivate', 'get-license-key-details']);
  });
  afterAll(() => server?.close());
  afterEach(() => vi.restoreAllMocks());

  const seed = (options: SeedKeyOptions = {}) => seedLicenseKey(server, options);
  const verify = (licenseKey: string, identifier?: string | null) => client.request(VerifyLicenseKeyDocument, { licenseKey, identifier });
  const activate = (licenseKey: string, identifier?: string | null, postUrl?: string) =>
    client.request(ActivateLicenseKeyDocument, { input: { licenseKey, identifier, postUrl } });
  const deactivate = (licenseKey: string, identifier?: string | null) =>
    client.request(DeactivateLicenseKeyDocument, { input: { licenseKey, identifier } });

  describe('verifyLicenseKey', () => {
    it('answers 200 for an assigned, activated key, with its expiry', async () => {
      const assignedAt = new Date('2026-01-01T00:00:00.000Z');
      vi.spyOn(clock, 'now').mockReturnValue(new Date('2026-01-15T00:00:00.000Z'));
      const { key } = await seed({ validity: 30, assignedAt });
      expectSuccess((await activate(key, 'example.com')).data?.activateLicenseKey, 300);
      const result = await verify(key, 'example.com');
      expectSuccess(result.data?.verifyLicenseKey, 200);
      expect(result.data!.verifyLicenseKey.expiresAt).toBe('2026-01-31T00:00:00.000Z');
    });

    it('answers 215 for a missing or blank identifier, before looking at the key', async () => {
      expectError(await verify('no-such-key'), 215);
      expectError(await verify('no-such-key', null), 215);
      expectError(await verify('no-such-key', '   '), 215);
    });

    it('answers 210 for an unknown, blank or overlong key', async () => {
      expectError(await verify('no-such-key', 'example.com'), 210);
      expectError(await verify('   ', 'example.com'), 210);
      expectError(await verify('k'.repeat(10_000), 'example.com'), 210);
    });

    it('answers 204 for a blocked key, even when it is also expired', async () => {
      const { key } = await seed({ status: LicenseKeyStatus.BLOCKED, validity: 1, assignedAt: new Date('2000-01-01') });
      expectError(await verify(key, 'example.com'), 204);
    });

    it.each([LicenseKeyStatus.AVAILABLE, LicenseKeyStatus.RESERVED])('answers 201 for a %s key, even of an inactive product', async (status) => {
      const { key } = await seed({ status, productStatus: ProductStatus.INACTIVE });
      expectError(await verify(key, 'example.com'), 201);
    });

    it('answers 203 for a key of an inactive product, even when it is also expired', async () => {
      const { key } = await seed({ productStatus: ProductStatus.INACTIVE, validity: 1, assignedAt: new Date('2000-01-01') });
      expectError(await verify(key, 'example.com'), 203);
    });

    it('answers 205 from the moment assignedAt + validity days is reached, with time pinned', async () => {
      const assignedAt = new Date('2026-03-01T12:00:00.000Z');
      const { key } = await seed({ validity: 10, assignedAt, activationLimit: 0 });
      const expiry = assignedAt.getTime() + 10 * DAY_MS;
      const now = vi.spyOn(clock, 'now');
      now.mockReturnValue(new Date(expiry - 1));
      expectSuccess((await activate(key, 'a.example')).data?.activateLicenseKey, 300);
      expectSuccess((await verify(key, 'a.example')).data?.verifyLicenseKey, 200);
      now.mockReturnValue(new Date(expiry));
      expectError(await verify(key, 'a.example'), 205);
      expectError(await activate(key, 'b.example'), 205);
    });

    it('never expires a key with validity 0', async () => {
      vi.spyOn(clock, 'now').mockReturnValue(new Date('2999-01-01'));
      const { key } = await seed({ validity: 0, assignedAt: new Date('2000-01-01') });
      expectSuccess((await activate(key, 'example.com')).data?.activateLicenseKey, 300);
      const result = await verify(key, 'example.com');
      expectSuccess(result.data?.verifyLicenseKey, 200);
      expect(result.data!.verifyLicenseKey.expiresAt).toBeNull();
    });

    it('answers 202 when the identifier has no activation', async () => {
      const { key } = await seed();
      expectError(await verify(key, 'example.com'), 202);
      await activate(key, 'example.com');
      expectError(await verify(key, 'other.example'), 202);
      expectError(await verify(key, 'x'.repeat(1000)), 202);
    });

    it('matches keys exactly but ignores surrounding whitespace', async () => {
      const { key } = await seed();
      await activate(key, 'example.com');
      expectSuccess((await verify(`  ${key} `, ' example.com ')).data?.verifyLicenseKey, 200);
      expectError(await verify(key.toLowerCase(), 'example.com'), 210);
    });
  });

  describe('activateLicenseKey', () => {
    it('activates and records identifier, postUrl and IP (300), then 301 for the same identifier', async () => {
      const { key } = await seed({ activationLimit: 2 });
      const result = await activate(key, 'example.com', 'https://example.com/deactivate?token=1');
      expectSuccess(result.data?.activateLicenseKey, 300);
      expect(result.data!.activateLicenseKey.activation).toMatchObject({
        identifier: 'example.com',
        postUrl: 'https://example.com/deactivate?token=1',
        ip: '127.0.0.1',
      });
      expectError(await activate(key, 'example.com'), 301);
    });

    it('answers 302 at the limit, and a deactivation frees a slot', async () => {
      const { key } = await seed({ activationLimit: 2 });
      expectSuccess((await activate(key, 'one')).data?.activateLicenseKey, 300);
      expectSuccess((await activate(key, 'two')).data?.activateLicenseKey, 300);
      expectError(await activate(key, 'three'), 302);
      expectSuccess((await deactivate(key, 'one')).data?.deactivateLicenseKey, 400);
      expectSuccess((await activate(key, 'three')).data?.activateLicenseKey, 300);
    });

    it('answers 301 before 302 for an identifier already activated on a full key', async () => {
      const { key } = await seed({ activationLimit: 1 });
      await activate(key, 'one');
      expectError(await activate(key, 'one'), 301);
      expectError(await activate(key, 'two'), 302);
    });

    it('treats activationLimit 0 as unlimited', async () => {
      const { key } = await seed({ activationLimit: 0 });
      for (let index = 0; index < 5; index += 1) {
        expectSuccess((await activate(key, `device-${index}`)).data?.activateLicenseKey, 300);
      }
    });

    it('runs the verify checks except 202', async () => {
      expectError(await activate('whatever'), 215);
      expectError(await activate('whatever', ''), 215);
      expectError(await activate('no-such-key', 'example.com'), 210);
      expectError(await activate((await seed({ status: LicenseKeyStatus.BLOCKED })).key, 'example.com'), 204);
      expectError(await activate((await seed({ status: LicenseKeyStatus.AVAILABLE })).key, 'example.com'), 201);
      expectError(await activate((await seed({ productStatus: ProductStatus.INACTIVE })).key, 'example.com'), 203);
      expectError(await activate((await seed({ validity: 1, assignedAt: new Date('2000-01-01') })).key, 'example.com'), 205);
    });

    it.each([
      ['a postUrl that is not a URL', 'example.com', 'not a url', [{ field: 'postUrl', message: 'must be an http or https URL' }]],
      ['a non-http postUrl', 'example.com', 'ftp://example.com/x', [{ field: 'postUrl', message: 'must be an http or https URL' }]],
      ['an overlong identifier', 'i'.repeat(256), undefined, [{ field: 'identifier', message: 'must be at most 255 characters' }]],
    ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_case, identifier, postUrl, fieldErrors) => {
      const { key } = await seed();
      expect(expectGraphQLError(await activate(key, identifier, postUrl), 'BAD_USER_INPUT').fieldErrors).toEqual(fieldErrors);
      const details = await client.request(LicenseKeyDetailsDocument, { licenseKey: key, identifier: 'x' });
      expectError(details, 202);
    });
  });

  describe('deactivateLicenseKey', () => {
    it('answers 400 then 401', async () => {
      const { key } = await seed();
      await activate(key, 'example.com');
      const result = await deactivate(key, 'example.com');
      expectSuccess(result.data?.deactivateLicenseKey, 400);
      expect(result.data!.deactivateLicenseKey.activation.identifier).toBe('example.com');
      expectError(await deactivate(key, 'example.com'), 401);
      expectError(await verify(key, 'example.com'), 202);
    });

    it('answers 215, 210 and 401 in that order', async () => {
      expectError(await deactivate('no-such-key'), 215);
      expectError(await deactivate('no-such-key', 'example.com'), 210);
      expectError(await deactivate((await seed()).key, 'example.com'), 401);
    });

    it('deactivates expired and blocked keys', async () => {
      const expired = await seed({ validity: 5, assignedAt: new Date('2026-01-01T00:00:00Z') });
      vi.spyOn(clock, 'now').mockReturnValue(new Date('2026-01-02T00:00:00Z'));
      await activate(expired.key, 'example.com');
      vi.spyOn(clock, 'now').mockReturnValue(new Date('2027-01-01T00:00:00Z'));
      expectError(await verify(expired.key, 'example.com'), 205);
      expectSuccess((await deactivate(expired.key, 'example.com')).data?.deactivateLicenseKey, 400);

      const blocked = await seed();
      await activate(blocked.key, 'example.com');
      await server.orm.em.fork().getConnection().execute(`update license_keys set status = 'BLOCKED' where id = ?`, [blocked.id]);
      expectSuccess((await deactivate(blocked.key, 'example.com')).data?.deactivateLicenseKey, 400);
    });
  });

  describe('licenseKeyDetails', () => {
    it('answers 500 with the key, its product, meta and activations', async () => {
      const { key, id, productId } = await seed({ activationLimit: 3, validity: 0, ownerEmail: 'buyer@example.com' });
      await activate(key, 'example.com', 'https://example.com/hook');
      const result = await client.request(LicenseKeyDetailsDocument, { licenseKey: key, identifier: 'example.com' });
      expectSuccess(result.data?.licenseKeyDetails, 500);
      expect(result.data!.licenseKeyDetails.licenseKey).toMatchObject({
        id: String(id),
        key,
        status: 'ASSIGNED',
        ownerEmail: 'buyer@example.com',
        activationLimit: 3,
        expiresAt: null,
        product: { id: String(productId), status: 'ACTIVE', meta: [] },
        meta: [],
        activations: [{ identifier: 'example.com', postUrl: 'https://example.com/hook', ip: '127.0.0.1' }],
      });
    });

    it('answers the verify failures', async () => {
      expectError(await client.request(LicenseKeyDetailsDocument, { licenseKey: 'x' }), 215);
      expectError(await client.request(LicenseKeyDetailsDocument, { licenseKey: 'no-such-key', identifier: 'a' }), 210);
      expectError(await client.request(LicenseKeyDetailsDocument, { licenseKey: (await seed()).key, identifier: 'a' }), 202);
    });
  });

  describe('capabilities', () => {
    it('answers 102 for an API key without the operation capability', async () => {
      const verifyOnly = await server.clientWith(['verify']);
      const { key } = await seed();
      expectError(await verifyOnly.request(ActivateLicenseKeyDocument, { input: { licenseKey: key, identifier: 'a' } }), 102);
      expectError(await verifyOnly.request(DeactivateLicenseKeyDocument, { input: { licenseKey: key, identifier: 'a' } }), 102);
      expectError(await verifyOnly.request(LicenseKeyDetailsDocument, { licenseKey: key, identifier: 'a' }), 102);
      expectError(await verifyOnly.request(VerifyLicenseKeyDocument, { licenseKey: key, identifier: 'a' }), 202);
    });
  });

  describe('fast path', () => {
    it('runs a constant number of SQL statements for verify and activate, whatever the key holds', async () => {
      const counter = new QueryCounter(server.orm);
      const statements = async (operation: () => Promise<unknown>) => {
        const before = counter.total;
        await operation();
        return counter.total - before;
      };
      const small = await seed({ activationLimit: 0 });
      const large = await seed({ activationLimit: 0 });
      for (let index = 0; index < 20; index += 1) await activate(large.key, `device-${index}`);
      await verify(small.key, 'warm-up'); // resolves and caches the API key

      const activateSmall = await statements(() => activate(small.key, 'device-x'));
      const activateLarge = await statements(() => activate(large.key, 'device-x'));
      const verifySmall = await statements(() => verify(small.key, 'device-x'));
      const verifyLarge = await statements(() => verify(large.key, 'device-x'));
      // verify: the key with its product, then the activation.
      expect([verifySmall, verifyLarge]).toEqual([2, 2]);
      // activate: BEGIN, the key (row-locked on PostgreSQL) with its product, the usage count, INSERT, COMMIT.
      expect([activateSmall, activateLarge]).toEqual([5, 5]);
    });
  });

  describe('activation limit under concurrency', () => {
    it('grants exactly the limit to 40 simultaneous activations of a limit-3 key', async () => {
      const { key, id } = await seed({ activationLimit: 3 });
      const results = await Promise.all(Array.from({ length: 40 }, (_, index) => activate(key, `device-${index}`)));
      const codes = results.map((result) => result.data?.activateLicenseKey.responseCode ?? result.errors?.[0]?.extensions?.responseCode);
      expect(codes.filter((code) => code === 300)).toHaveLength(3);
      expect(codes.filter((code) => code === 302)).toHaveLength(37);
      const [row] = await server.orm.em.fork().getConnection().execute('select count(*) as count from activations where license_key_id = ?', [id]);
      expect(Number(row.count)).toBe(3);
    });

    it('lets one of many simultaneous activations of the same identifier succeed (the rest 301)', async () => {
      const { key } = await seed({ activationLimit: 0 });
      const results = await Promise.all(Array.from({ length: 10 }, () => activate(key, 'same-device')));
      expect(results.filter((result) => result.data?.activateLicenseKey.responseCode === 300)).toHaveLength(1);
      for (const result of results.filter((result) => result.errors)) expectError(result, 301);
    });
  });
});
