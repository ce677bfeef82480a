import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { GraphQLResult } from './client.js';

interface DocumentedCode {
  code: number;
  name: string;
  message: string;
}

function fixture(name: string): DocumentedCode[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')).codes;
}

/**
 * The documented codes, from the tests' own fixtures (a copy of the seed table, and the codes of
 * the operations beyond it), so that the assertions do not lean on the registry they check.
 */
export const DOCUMENTED_CODES: DocumentedCode[] = fixture('response-codes.json');
export const EXTENDED_CODES: DocumentedCode[] = fixture('extended-response-codes.json');

const byNumber = new Map([...DOCUMENTED_CODES, ...EXTENDED_CODES].map((entry) => [entry.code, entry]));

export function documented(code: number): DocumentedCode {
  const entry = byNumber.get(code);
  if (!entry) throw new Error(`code ${code} is not documented`);
  return entry;
}

/** Asserts a failure answering exactly this documented code (number, name and message); returns its extensions. */
export function expectError(result: GraphQLResult<unknown>, code: number): Record<string, unknown> {
  const { name, message } = documented(code);
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  const [error] = result.errors!;
  expect({ message: error!.message, code: error!.extensions?.code, responseCode: error!.extensions?.responseCode }).toEqual({
    message,
    code: name,
    responseCode: code,
  });
  expect(error!.extensions).not.toHaveProperty('stacktrace');
  return error!.extensions as Record<string, unknown>;
}

/** Asserts a success payload answering exactly this documented code. */
export function expectSuccess(payload: { responseCode: number; code: string; message: string } | undefined | null, code: number): void {
  const { name, message } = documented(code);
  expect(payload && { responseCode: payload.responseCode, code: payload.code, message: payload.message }).toEqual({
    responseCode: code,
    code: name,
    message,
  });
}

/** Asserts a failure with a GraphQL-layer code (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED…); returns its extensions. */
export function expectGraphQLError(result: GraphQLResult<unknown>, code: string): Record<string, unknown> {
  expect(result.errors, JSON.stringify(result)).toBeDefined();
  const [error] = result.errors!;
  expect(error!.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  expect(error!.extensions).not.toHaveProperty('stacktrace');
  return error!.extensions as Record<string, unknown>;
}
