import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCodesDocument } from './generated/graphql.js';
import { DOCUMENTED_CODES, EXTENDED_CODES } from './support/codes.js';
import { startTestServer, type TestServer } from './support/server.js';

/** The seed's codes, from the test's own copy of the documented table. */
const FIXTURE: { code: number; name: string; message: string; operations: string[] }[] = JSON.parse(
  readFileSync(new URL('./fixtures/response-codes.json', import.meta.url), 'utf8'),
).codes;

/** Codes of operations beyond the seed are numbered from this one up; seed numbers stay below it. */
const FIRST_EXTENDED_CODE = 2000;

describe('responseCodes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(() => server?.close());

  it('the fixture holds the 95 documented codes', () => {
    expect(FIXTURE).toHaveLength(95);
    expect(DOCUMENTED_CODES).toHaveLength(95);
  });

  it('lists every documented code with its number, name, message and operations, without an API key', async () => {
    const result = await server.anonymous.request(ResponseCodesDocument);
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    const listed = result.data!.responseCodes;
    const seed = listed.filter((entry) => entry.responseCode < FIRST_EXTENDED_CODE);
    const sortByNumber = <T extends { responseCode: number }>(entries: T[]) => [...entries].sort((a, b) => a.responseCode - b.responseCode);
    expect(sortByNumber(seed)).toEqual(
      sortByNumber(
        FIXTURE.map((entry) => ({ responseCode: entry.code, code: entry.name, message: entry.message, operations: entry.operations })),
      ),
    );
  });

  it('adds only codes numbered from 2000 up beyond the seed, each number and name once', async () => {
    const listed = (await server.anonymous.request(ResponseCodesDocument)).data!.responseCodes;
    expect(listed.length).toBeGreaterThanOrEqual(FIXTURE.length);
    expect(new Set(listed.map((entry) => entry.responseCode)).size).toBe(listed.length);
    expect(new Set(listed.map((entry) => entry.code)).size).toBe(listed.length);
    const extended = listed.filter((entry) => entry.responseCode >= FIRST_EXTENDED_CODE);
    for (const entry of extended) expect(entry.code, String(entry.responseCode)).toMatch(/^[A-Z][A-Z0-9_]*$/);
    // Their numbers, names and messages are the ones the tests' fixture of extended codes holds.
    expect(extended.map(({ responseCode, code, message }) => ({ code: responseCode, name: code, message }))).toEqual(
      expect.arrayContaining(EXTENDED_CODES),
    );
    expect(extended).toHaveLength(EXTENDED_CODES.length);
  });

  it('answers the same with an API key of any kind, even an unknown one', async () => {
    const anonymous = (await server.anonymous.request(ResponseCodesDocument)).data;
    const unknownKey = await server.anonymous.withHeaders({ authorization: 'Bearer lm_unknown' }).request(ResponseCodesDocument);
    expect(unknownKey.errors).toBeUndefined();
    expect(unknownKey.data).toEqual(anonymous);
  });
});

describe('the ResponseCode enum of schema/schema.graphql', () => {
  const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
  const enumType = schema.getType('ResponseCode');

  it('is an enum', () => {
    expect(isEnumType(enumType)).toBe(true);
  });

  it.each(FIXTURE.map((entry) => [entry.name, entry] as const))('has %s described as "<number>: <message>"', (name, entry) => {
    if (!isEnumType(enumType)) throw new Error('ResponseCode is not an enum');
    const value = enumType.getValue(name);
    expect(value, `${name} is missing`).toBeDefined();
    expect(value!.description).toBe(`${entry.code}: ${entry.message}`);
  });
});
