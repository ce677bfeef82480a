import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../src/modules/api-keys/api-key.entity.js';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.js';
import { CreateProductDocument, ProductsDocument } from './generated/graphql.js';
import type { GraphQLClient } from './support/client.js';
import { expectError, expectSuccess } from './support/codes.js';
import { testDialects } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';

const dialects = await testDialects();

describe.each(dialects)('API-key authentication on %s', (dialect) => {
  let server: TestServer;
  const products = (client: GraphQLClient) => client.request(ProductsDocument, { first: 1 });

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  describe('100 Invalid API Key', () => {
    it('answers a request without a key', async () => {
      const result = await products(server.anonymous);
      expect(result.status).toBe(200);
      expect(result.data).toBeNull();
      expectError(result, 100);
    });

    it.each([
      ['Bearer unknown', { authorization: 'Bearer lm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
      ['X-API-Key unknown', { 'x-api-key': 'lm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
      ['Basic credentials', { authorization: 'Basic dXNlcjpwYXNzd29yZA==' }],
      ['Bearer without a token', { authorization: 'Bearer' }],
      ['Bearer with a blank token', { authorization: 'Bearer    ' }],
      ['Bearer with two tokens', { authorization: 'Bearer one two' }],
      ['a bare token without scheme', { authorization: 'lm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
      ['a blank X-API-Key', { 'x-api-key': '   ' }],
    ])('answers %s', async (_case, headers) => {
      expectError(await products(server.anonymous.withHeaders(headers)), 100);
    });

    it('answers a real key under another scheme, or altered by one character', async () => {
      const { plaintext } = await server.createApiKey(['*']);
      expectError(await products(server.anonymous.withHeaders({ authorization: `Basic ${plaintext}` })), 100);
      expectError(await products(server.anonymous.withHeaders({ authorization: `Bearer ${plaintext}x` })), 100);
      expectError(await products(server.anonymous.withHeaders({ authorization: `Bearer ${plaintext.slice(0, -1)}` })), 100);
    });
  });

  describe('presenting a valid key', () => {
    it('accepts Authorization: Bearer (any case of the scheme)', async () => {
      const { plaintext, client } = await server.createApiKey(['get-all-products']);
      expectSuccess((await products(client)).data?.products, 810);
      expectSuccess((await products(server.anonymous.withHeaders({ authorization: `bearer ${plaintext}` }))).data?.products, 810);
    });

    it('accepts X-API-Key', async () => {
      const { client } = await server.createApiKey(['get-all-products'], { header: 'x-api-key' });
      expectSuccess((await products(client)).data?.products, 810);
    });

    it('grants every capability with *', async () => {
      const client = await server.clientWith(['*']);
      expectSuccess((await products(client)).data?.products, 810);
      expectSuccess((await client.request(CreateProductDocument, { input: { name: 'Star' } })).data?.createProduct, 750);
    });

    it('stores only a hash of a random 256-bit key, and records when it was last used', async () => {
      const { id, plaintext, client } = await server.createApiKey(['get-all-products']);
      expect(plaintext).toMatch(/^lm_[A-Za-z0-9_-]{43}$/);
      const before = await server.orm.em.fork().findOneOrFail(ApiKey, id);
      expect(before.keyHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(before)).not.toContain(plaintext);
      expect(before.lastUsedAt).toBeNull();
      await products(client);
      const after = await server.orm.em.fork().findOneOrFail(ApiKey, id);
      expect(after.lastUsedAt).toBeInstanceOf(Date);
    });
  });

  describe('101 Inactive API Key', () => {
    it('answers a key deactivated by its plaintext', async () => {
      const { plaintext, client } = await server.createApiKey(['*']);
      expectSuccess((await products(client)).data?.products, 810);
      expect(await new ApiKeyService(server.orm.em.fork()).deactivate(plaintext)).not.toBeNull();
      server.app.authenticator.invalidate();
      expectError(await products(client), 101);
      expectError(await client.request(CreateProductDocument, { input: { name: 'Nope' } }), 101);
    });

    it('answers a key deactivated by its id, before any capability or IP check', async () => {
      const { id, client } = await server.createApiKey(['verify'], { allowedIps: ['10.0.0.0/8'] });
      await new ApiKeyService(server.orm.em.fork()).deactivate(String(id));
      server.app.authenticator.invalidate();
      expectError(await products(client), 101);
    });

    it('deactivating an unknown key finds none', async () => {
      const service = new ApiKeyService(server.orm.em.fork());
      expect(await service.deactivate('lm_unknown')).toBeNull();
      expect(await service.deactivate('999999')).toBeNull();
    });
  });

  describe('102 missing capability', () => {
    it('answers a key without the capability of the root field, and serves the one it has', async () => {
      const client = await server.clientWith(['create-product']);
      expectError(await products(client), 102);
      expectSuccess((await client.request(CreateProductDocument, { input: { name: 'Mine' } })).data?.createProduct, 750);
    });

    it('answers a key with several other capabilities', async () => {
      const client = await server.clientWith(['verify', 'activate', 'update-product']);
      expectError(await products(client), 102);
    });
  });

  describe('103 IP not allowed', () => {
    it('answers a key whose allow-list excludes the caller (127.0.0.1)', async () => {
      const client = await server.clientWith(['*'], { allowedIps: ['10.0.0.0/8', '192.168.1.7', '2001:db8::/32'] });
      expectError(await products(client), 103);
    });

    it('is checked before the capability', async () => {
      const client = await server.clientWith(['create-product'], { allowedIps: ['10.0.0.1'] });
      expectError(await products(client), 103);
    });

    it.each([[['127.0.0.0/8']], [['127.0.0.1']], [['::1', '127.0.0.0/8']], [['10.0.0.0/8', '127.0.0.1/32']]])(
      'admits the caller with allow-list %j',
      async (allowedIps) => {
        const client = await server.clientWith(['get-all-products'], { allowedIps });
        expectSuccess((await products(client)).data?.products, 810);
      },
    );

    it('ignores X-Forwarded-For unless TRUST_PROXY is set', async () => {
      const { plaintext } = await server.createApiKey(['*'], { allowedIps: ['203.0.113.9'] });
      const forwarded = { authorization: `Bearer ${plaintext}`, 'x-forwarded-for': '203.0.113.9' };
      expectError(await products(server.anonymous.withHeaders(forwarded)), 103);

      const proxied = await startTestServer(dialect, { TRUST_PROXY: 'true' });
      try {
        const key = await proxied.createApiKey(['*'], { allowedIps: ['203.0.113.9'] });
        const headers = { authorization: `Bearer ${key.plaintext}` };
        expectSuccess((await products(proxied.anonymous.withHeaders({ ...headers, 'x-forwarded-for': '203.0.113.9' }))).data?.products, 810);
        expectError(await products(proxied.anonymous.withHeaders({ ...headers, 'x-forwarded-for': '198.51.100.1' })), 103);
        expectError(await products(proxied.anonymous.withHeaders(headers)), 103);
      } finally {
        await proxied.close();
      }
    });
  });

  describe('creating keys', () => {
    it.each([
      ['an unknown capability', { capabilities: ['get-all-products', 'fly'] }, /unknown capabilities: fly/],
      ['no capability', { capabilities: [] }, /at least one capability/],
      ['a bad CIDR', { capabilities: ['*'], allowedIps: ['10.0.0.0/33'] }, /not an IP address or CIDR range: 10\.0\.0\.0\/33/],
      ['a host name', { capabilities: ['*'], allowedIps: ['localhost'] }, /not an IP address or CIDR range: localhost/],
      ['a blank name', { name: ' ', capabilities: ['*'] }, /name must be 1 to 255 characters/],
    ])('refuses %s', async (_case, input, message) => {
      await expect(new ApiKeyService(server.orm.em.fork()).create({ name: 'k', ...input })).rejects.toThrow(message);
    });
  });
});
