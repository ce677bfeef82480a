import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clock } from '../src/config/clock.js';
import { Generator, GeneratorMethod } from '../src/modules/generators/generator.entity.js';
import { LicenseKey, LicenseKeyStatus } from '../src/modules/license-keys/license-key.entity.js';
import { ProductStatus } from '../src/modules/products/product.entity.js';
import { AssignAndActivateLicenseKeyDocument, AssignLicenseKeyDocument, RandomAssignLicenseKeysDocument, VerifyLicenseKeyDocument } from './generated/graphql.js';
import type { GraphQLClient } from './support/client.js';
import { expectError, expectGraphQLError, expectSuccess } from './support/codes.js';
import { testDialects } from './support/databases.js';
import { seedLicenseKey, testCipher } from './support/license-keys.js';
import { startTestServer, type TestServer } from './support/server.js';

const dialects = await testDialects();
const OWNER = { ownerName: 'Ada Buyer', ownerEmail: 'ada@example.com' };

describe.each(dialects)('assignment on %s', (dialect) => {
  let server: TestServer;
  let client: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    client = await server.clientWith(['assign-license-key', 'random-assign-license-keys', 'activate', 'verify']);
  });
  afterAll(() => server?.close());
  afterEach(() => vi.restoreAllMocks());

  /** A product (unless given) with `count` AVAILABLE keys; returns the product id and the key strings. */
  async function stock(count: number, productId?: number, status = LicenseKeyStatus.AVAILABLE) {
    const first = await seedLicenseKey(server, { status, productId });
    const keys = [first.key];
    for (let index = 1; index < count; index += 1) keys.push((await seedLicenseKey(server, { status, productId: first.productId })).key);
    return { productId: first.productId, keys };
  }

  async function addGenerator(productId: number, fields: Partial<Generator> = {}) {
    const em = server.orm.em.fork();
    em.create(Generator, { product: productId, name: 'default', method: GeneratorMethod.CHUNKS, activationLimit: 2, validity: 30, ...fields });
    await em.flush();
  }

  async function statusOf(key: string) {
    return (await server.orm.em.fork().findOneOrFail(LicenseKey, { keyHash: testCipher.hash(key) })).status;
  }

  describe('assignLicenseKey', () => {
    it.each([LicenseKeyStatus.AVAILABLE, LicenseKeyStatus.RESERVED])('assigns a %s key to its owner (800)', async (status) => {
      const now = new Date('2026-05-01T10:00:00.000Z');
      vi.spyOn(clock, 'now').mockReturnValue(now);
      const { keys } = await stock(1, undefined, status);
      const result = await client.request(AssignLicenseKeyDocument, { input: { licenseKey: keys[0]!, ...OWNER } });
      expectSuccess(result.data?.assignLicenseKey, 800);
      expect(result.data!.assignLicenseKey.licenseKey).toMatchObject({ key: keys[0], status: 'ASSIGNED', ...OWNER, assignedAt: now.toISOString() });
    });

    it.each([LicenseKeyStatus.ASSIGNED, LicenseKeyStatus.BLOCKED])('answers 801 for a %s key and changes nothing', async (status) => {
      const { keys } = await stock(1, undefined, status);
      expectError(await client.request(AssignLicenseKeyDocument, { input: { licenseKey: keys[0]!, ...OWNER } }), 801);
      expect(await statusOf(keys[0]!)).toBe(status);
    });

    it.each(['no-such-key', '  ', 'k'.repeat(300)])('answers 801 for the unknown key "%s"', async (licenseKey) => {
      expectError(await client.request(AssignLicenseKeyDocument, { input: { licenseKey, ...OWNER } }), 801);
    });

    it('refuses a bad owner with BAD_USER_INPUT', async () => {
      const { keys } = await stock(1);
      const result = await client.request(AssignLicenseKeyDocument, { input: { licenseKey: keys[0]!, ownerName: ' ', ownerEmail: 'not-an-email' } });
      expect(expectGraphQLError(result, 'BAD_USER_INPUT').fieldErrors).toEqual([
        { field: 'ownerName', message: 'is required' },
        { field: 'ownerEmail', message: 'must be an email address' },
      ]);
      expect(await statusOf(keys[0]!)).toBe(LicenseKeyStatus.AVAILABLE);
    });

    it('gives a key to exactly one of many simultaneous buyers', async () => {
      const { keys } = await stock(1);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          client.request(AssignLicenseKeyDocument, { input: { licenseKey: keys[0]!, ownerName: `Buyer ${index}`, ownerEmail: `b${index}@example.com` } }),
        ),
      );
      expect(results.filter((result) => result.data?.assignLicenseKey.responseCode === 800)).toHaveLength(1);
      for (const result of results.filter((result) => result.errors)) expectError(result, 801);
    });
  });

  describe('assignAndActivateLicenseKey', () => {
    it('assigns and activates in one go (300)', async () => {
      const { keys } = await stock(1);
      const result = await client.request(AssignAndActivateLicenseKeyDocument, {
        input: { licenseKey: keys[0]!, ...OWNER, identifier: 'example.com', postUrl: 'https://example.com/hook' },
      });
      expectSuccess(result.data?.assignAndActivateLicenseKey, 300);
      expect(result.data!.assignAndActivateLicenseKey.licenseKey).toMatchObject({ status: 'ASSIGNED', ...OWNER });
      expect(result.data!.assignAndActivateLicenseKey.activation).toEqual({ identifier: 'example.com', postUrl: 'https://example.com/hook' });
      expectSuccess((await client.request(VerifyLicenseKeyDocument, { licenseKey: keys[0]!, identifier: 'example.com' })).data?.verifyLicenseKey, 200);
    });

    it('answers 215 before assigning anything', async () => {
      const { keys } = await stock(1);
      expectError(await client.request(AssignAndActivateLicenseKeyDocument, { input: { licenseKey: keys[0]!, ...OWNER } }), 215);
      expect(await statusOf(keys[0]!)).toBe(LicenseKeyStatus.AVAILABLE);
    });

    it('undoes the assignment when the activation is refused (203)', async () => {
      const { key } = await seedLicenseKey(server, { status: LicenseKeyStatus.AVAILABLE, productStatus: ProductStatus.INACTIVE });
      expectError(await client.request(AssignAndActivateLicenseKeyDocument, { input: { licenseKey: key, ...OWNER, identifier: 'a' } }), 203);
      expect(await statusOf(key)).toBe(LicenseKeyStatus.AVAILABLE);
    });

    it('answers 801 for a key that is not assignable', async () => {
      const { keys } = await stock(1, undefined, LicenseKeyStatus.ASSIGNED);
      expectError(await client.request(AssignAndActivateLicenseKeyDocument, { input: { licenseKey: keys[0]!, ...OWNER, identifier: 'a' } }), 801);
    });

    it('needs both the assign and the activate capability', async () => {
      const assignOnly = await server.clientWith(['assign-license-key']);
      const { keys } = await stock(1);
      expectError(await assignOnly.request(AssignAndActivateLicenseKeyDocument, { input: { licenseKey: keys[0]!, ...OWNER, identifier: 'a' } }), 102);
    });
  });

  describe('randomAssignLicenseKeys', () => {
    const randomAssign = (productId: number | string, quantity: number, generate = false) =>
      client.request(RandomAssignLicenseKeysDocument, { input: { productId: String(productId), quantity, generate, ...OWNER } });

    it('assigns AVAILABLE keys, never RESERVED ones (803)', async () => {
      const { productId, keys } = await stock(3);
      const reserved = await stock(2, productId, LicenseKeyStatus.RESERVED);
      const result = await randomAssign(productId, 3);
      expectSuccess(result.data?.randomAssignLicenseKeys, 803);
      const assigned = result.data!.randomAssignLicenseKeys.licenseKeys;
      expect(assigned.map((key) => key.key).sort()).toEqual([...keys].sort());
      expect(assigned.every((key) => key.status === 'ASSIGNED' && key.ownerEmail === OWNER.ownerEmail && key.assignedAt)).toBe(true);
      for (const key of reserved.keys) expect(await statusOf(key)).toBe(LicenseKeyStatus.RESERVED);
    });

    it('answers 802 with the available quantity and assigns nothing', async () => {
      const { productId, keys } = await stock(2);
      expect(expectError(await randomAssign(productId, 3), 802).availableQuantity).toBe(2);
      for (const key of keys) expect(await statusOf(key)).toBe(LicenseKeyStatus.AVAILABLE);
    });

    it('answers 805 for an unknown or malformed product', async () => {
      expectError(await randomAssign(999_999, 1), 805);
      expectError(await randomAssign('abc', 1), 805);
    });

    it('answers 806 when it should generate but the product has no active generator', async () => {
      const { productId } = await stock(1);
      expectError(await randomAssign(productId, 2, true), 806);
      await addGenerator(productId, { active: false });
      expectError(await randomAssign(productId, 2, true), 806);
    });

    it("makes the shortfall with the product's generator", async () => {
      const { productId, keys } = await stock(2);
      await addGenerator(productId, { prefix: 'GEN-', numberOfChunks: 2, chunkLength: 6 });
      const result = await randomAssign(productId, 5, true);
      expectSuccess(result.data?.randomAssignLicenseKeys, 803);
      const assigned = result.data!.randomAssignLicenseKeys.licenseKeys;
      expect(assigned).toHaveLength(5);
      expect(assigned.filter((key) => keys.includes(key.key))).toHaveLength(2);
      const generated = assigned.filter((key) => !keys.includes(key.key));
      expect(generated.every((key) => /^GEN-[A-Z2-9]{6}-[A-Z2-9]{6}$/.test(key.key))).toBe(true);
      expect(generated.every((key) => key.status === 'ASSIGNED' && key.activationLimit === 2 && key.validity === 30 && key.ownerName === OWNER.ownerName)).toBe(
        true,
      );
    });

    it.each([0, -1, 10_001])('refuses quantity %i with BAD_USER_INPUT', async (quantity) => {
      const { productId } = await stock(1);
      expect(expectGraphQLError(await randomAssign(productId, quantity), 'BAD_USER_INPUT').fieldErrors).toEqual([
        { field: 'quantity', message: 'must be from 1 to 10000' },
      ]);
    });

    it('hands no key to two owners: 20 simultaneous requests for 5 keys from a stock of 60', async () => {
      const { productId } = await stock(60);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          client.request(RandomAssignLicenseKeysDocument, {
            input: { productId: String(productId), quantity: 5, ownerName: `Buyer ${index}`, ownerEmail: `buyer${index}@example.com` },
          }),
        ),
      );
      const succeeded = results.filter((result) => result.data?.randomAssignLicenseKeys.responseCode === 803);
      expect(succeeded).toHaveLength(12);
      for (const result of results.filter((result) => result.errors)) expect(expectError(result, 802).availableQuantity).toBe(0);
      const handedOut = succeeded.flatMap((result) => result.data!.randomAssignLicenseKeys.licenseKeys.map((key) => key.key));
      expect(new Set(handedOut).size).toBe(60);
      // Each key's stored owner is the buyer whose answer listed it.
      const em = server.orm.em.fork();
      for (const result of succeeded) {
        const [first] = result.data!.randomAssignLicenseKeys.licenseKeys;
        const stored = await em.findOneOrFail(LicenseKey, { keyHash: testCipher.hash(first!.key) });
        expect(stored.ownerEmail).toBe(first!.ownerEmail);
      }
    });
  });
});
