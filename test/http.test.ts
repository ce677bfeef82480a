import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProductsDocument, ResponseCodesDocument } from './generated/graphql.js';
import { expectError, expectGraphQLError } from './support/codes.js';
import { testDialects } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';

const dialects = await testDialects();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What must never reach a client: SQL, driver names, file paths, stack frames. */
const LEAKS = /select |insert |update |delete |no such table|relation|sqlite|knex|postgres|pool|node_modules|\.ts\b|\.js\b|\bat \w|stack/i;

async function json(response: Response): Promise<unknown> {
  const text = await response.text();
  expect(text).not.toMatch(/stacktrace|node_modules/);
  return JSON.parse(text);
}

describe('HTTP', () => {
  let server: TestServer;
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(server.url, { method: 'POST', headers, body });
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers });

  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(() => server?.close());

  describe('malformed requests answer 400 in GraphQL error shape, code BAD_REQUEST', () => {
    it.each([
      ['garbage JSON', '{"query": "{ responseCodes { code } }"', 400],
      ['an empty body', '', 400],
      ['a JSON string', '"{ responseCodes { code } }"', 400],
      ['a JSON object without a query', '{}', 400],
      ['a batch (batching is off)', '[{"query": "{ responseCodes { code } }"}]', 400],
    ])('%s', async (_case, body, status) => {
      const response = await post(body);
      expect(response.status).toBe(status);
      expect(await json(response)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    });

    it('an unsupported content type answers 415', async () => {
      const response = await post('<query/>', { 'content-type': 'application/xml' });
      expect(response.status).toBe(415);
      expect(await json(response)).toEqual({ errors: [{ message: 'Unsupported Media Type', extensions: { code: 'BAD_REQUEST' } }] });
    });

    it('a "simple" request (text/plain) is refused by CSRF prevention', async () => {
      const response = await post(JSON.stringify({ query: '{ responseCodes { code } }' }), { 'content-type': 'text/plain' });
      expect(response.status).toBe(400);
      expect(await json(response)).toEqual({
        errors: [{ message: expect.stringContaining('Cross-Site Request Forgery'), extensions: { code: 'BAD_REQUEST' } }],
      });
    });
  });

  describe('GET /graphql', () => {
    it('runs a query given apollo-require-preflight (CSRF prevention)', async () => {
      const response = await get('{ responseCodes { responseCode } }', { 'apollo-require-preflight': 'true' });
      expect(response.status).toBe(200);
      const body = (await json(response)) as { data: { responseCodes: { responseCode: number }[] } };
      expect(body.data.responseCodes.map((entry) => entry.responseCode)).toContain(100);
    });

    it('runs a query given a non-simple content type instead', async () => {
      const response = await get('{ responseCodes { responseCode } }', { 'content-type': 'application/json' });
      expect(response.status).toBe(200);
    });

    it('refuses a query without either (a browser could send it cross-site)', async () => {
      const response = await get('{ responseCodes { responseCode } }');
      expect(response.status).toBe(400);
      expect(await json(response)).toEqual({
        errors: [{ message: expect.stringContaining('Cross-Site Request Forgery'), extensions: { code: 'BAD_REQUEST' } }],
      });
    });

    it('refuses a mutation with 405', async () => {
      const response = await get('mutation { deleteProduct(input: { productId: "1" }) { code } }', { 'apollo-require-preflight': 'true' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(await json(response)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    });
  });

  describe("GraphQL's own failures keep Apollo's codes", () => {
    it('GRAPHQL_PARSE_FAILED', async () => {
      const result = await server.anonymous.requestUntyped('{ responseCodes { code ');
      expect(result.status).toBe(400);
      expectGraphQLError(result, 'GRAPHQL_PARSE_FAILED');
      expect(result.errors![0]!.message).toMatch(/^Syntax Error/);
    });

    it('GRAPHQL_VALIDATION_FAILED', async () => {
      const result = await server.anonymous.requestUntyped('{ responseCodes { nope } }');
      expect(result.status).toBe(400);
      expectGraphQLError(result, 'GRAPHQL_VALIDATION_FAILED');
      expect(result.errors![0]!.message).toMatch(/^Cannot query field "nope" on type "ResponseCodeInfo"/);
    });

    it('BAD_USER_INPUT for variables of the wrong type', async () => {
      const result = await server.anonymous.requestUntyped('query ($first: Int) { products(first: $first) { totalCount } }', { first: 'ten' });
      expect(result.status).toBe(400);
      expectGraphQLError(result, 'BAD_USER_INPUT');
    });

    it('validation runs before authentication: an invalid query never reaches the key check', async () => {
      const result = await server.anonymous.requestUntyped('{ products { nope } }');
      expectGraphQLError(result, 'GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('health probes', () => {
    it('/healthz answers 200', async () => {
      const response = await fetch(`${server.baseUrl}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });

    it('/readyz answers 200 while the database is reachable', async () => {
      const response = await fetch(`${server.baseUrl}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });
  });

  describe('x-request-id', () => {
    it('is on every response: GraphQL, errors, probes and unknown routes', async () => {
      const responses = [
        await post(JSON.stringify({ query: '{ responseCodes { code } }' })),
        await post('{garbage'),
        await get('{ responseCodes { code } }'),
        await fetch(`${server.baseUrl}/healthz`),
        await fetch(`${server.baseUrl}/readyz`),
        await fetch(`${server.baseUrl}/no-such-route`),
      ];
      for (const response of responses) expect(response.headers.get('x-request-id')).toMatch(UUID);
      const ids = responses.map((response) => response.headers.get('x-request-id'));
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("echoes a well-formed id given by the caller and replaces a malformed one", async () => {
      const query = JSON.stringify({ query: '{ responseCodes { code } }' });
      const given = await post(query, { 'content-type': 'application/json', 'x-request-id': 'lb-1234.abc_DEF' });
      expect(given.headers.get('x-request-id')).toBe('lb-1234.abc_DEF');
      const malformed = await post(query, { 'content-type': 'application/json', 'x-request-id': 'no spaces or <tags>' });
      expect(malformed.headers.get('x-request-id')).toMatch(UUID);
    });
  });
});

describe.each(dialects)('unexpected failures on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  function expectInternalError(body: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error!.message).toBe('Internal server error');
    expect(error!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(body)).not.toMatch(LEAKS);
  }

  it('a failing SQL statement answers INTERNAL_SERVER_ERROR without SQL or stack', async () => {
    const client = await server.clientWith(['*']);
    expect((await client.request(ProductsDocument, {})).errors).toBeUndefined();
    await server.orm.em.getConnection().execute('alter table products rename to products_moved');
    try {
      const result = await client.request(ProductsDocument, {});
      expect(result.status).toBe(200);
      expect(result.data).toBeNull();
      expectInternalError(result);
      expect(result.errors![0]!.path).toEqual(['products']);
    } finally {
      await server.orm.em.getConnection().execute('alter table products_moved rename to products');
    }
    expect((await client.request(ProductsDocument, {})).errors).toBeUndefined();
  });

  it('after the database is gone: /readyz 503, queries INTERNAL_SERVER_ERROR, public fields still served', async () => {
    const cached = await server.clientWith(['*']);
    expect((await cached.request(ProductsDocument, {})).errors).toBeUndefined();
    const { plaintext } = await server.createApiKey(['*']);

    await server.orm.close(true);

    const ready = await fetch(`${server.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'database unreachable' });
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);

    // A key resolved moments ago is still cached: the resolver's query fails.
    const resolverFailure = await cached.request(ProductsDocument, {});
    expect(resolverFailure.status).toBe(200);
    expectInternalError(resolverFailure);

    // A key never seen: looking it up while building the request context fails.
    const contextFailure = await server.anonymous.withHeaders({ authorization: `Bearer ${plaintext}` }).request(ProductsDocument, {});
    expect(contextFailure.status).toBe(500);
    expectInternalError(contextFailure);

    // The code registry needs no database (and no key: an absent key is never looked up).
    const codes = await server.anonymous.request(ResponseCodesDocument);
    expect(codes.errors).toBeUndefined();
    expectError(await server.anonymous.request(ProductsDocument, {}), 100);
  });
});
