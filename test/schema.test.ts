import { readFileSync } from 'node:fs';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parseValue,
  specifiedDirectives,
  specifiedScalarTypes,
  valueFromAST,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBaseSchema, printApiSchema } from '../src/graphql/schema.js';
import { expectError } from './support/codes.js';
import { startTestServer, type TestServer } from './support/server.js';

const schema = await buildBaseSchema();

describe('schema/schema.graphql', () => {
  it('is the emitted schema (run `npm run schema:emit` when this fails)', () => {
    const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printApiSchema(schema));
  });
});

describe('descriptions', () => {
  const builtInScalars = new Set(specifiedScalarTypes.map((type) => type.name));
  const builtInDirectives = new Set(specifiedDirectives.map((directive) => directive.name));
  const described = (description: string | null | undefined) => typeof description === 'string' && description.trim() !== '';

  it('describe every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || builtInScalars.has(type.name)) continue;
      if (!described(type.description)) missing.push(`type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!described(field.description)) missing.push(`field ${type.name}.${field.name}`);
          for (const arg of field.args) {
            if (!described(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
          }
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!described(field.description)) missing.push(`input field ${type.name}.${field.name}`);
        }
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!described(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
        }
      }
    }
    for (const directive of schema.getDirectives()) {
      if (builtInDirectives.has(directive.name)) continue;
      if (!described(directive.description)) missing.push(`directive @${directive.name}`);
      for (const arg of directive.args) {
        if (!described(arg.description)) missing.push(`argument @${directive.name}(${arg.name})`);
      }
    }
    expect(missing).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every root field is behind an API key. The operations are built from the schema itself, so a
// new root field is covered without touching this test. A field with no shield rule would answer
// 102 (the shield's fallback), and one left public would answer something else than 100.
// ---------------------------------------------------------------------------------------------

/**
 * Root fields that do not answer 100 without an API key, and what they answer instead:
 * `public` fields answer data.
 */
const WITHOUT_API_KEY: Record<string, 'public' | number> = {
  'Query.responseCodes': 'public',
};

/** Literals tried, in order, for a scalar argument: the first its scalar accepts is used. */
const SCALAR_CANDIDATES = ['"1"', '1', 'true', '1.5', '"2020-01-01T00:00:00Z"', '"someone@example.com"', '"https://example.com/"', '{}'];

/** A literal the given input type accepts, filling only what is required. */
function minimalLiteral(type: GraphQLInputType, path: string): string {
  if (isNonNullType(type)) return minimalLiteral(type.ofType, path);
  if (isListType(type)) return `[${minimalLiteral(type.ofType, path)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const chosen = type.isOneOf ? fields.slice(0, 1) : fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${chosen.map((field) => `${field.name}: ${minimalLiteral(field.type, `${path}.${field.name}`)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    const literal = SCALAR_CANDIDATES.find((candidate) => {
      try {
        return valueFromAST(parseValue(candidate), type) !== undefined;
      } catch {
        return false;
      }
    });
    if (literal === undefined) throw new Error(`${path}: no sample literal fits scalar ${type.name}; add one to SCALAR_CANDIDATES`);
    return literal;
  }
  throw new Error(`${path}: unexpected input type ${String(type)}`);
}

/** The smallest valid operation selecting one root field. */
function minimalOperation(operation: 'query' | 'mutation', parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
    .map((arg) => `${arg.name}: ${minimalLiteral(arg.type, `${parent.name}.${field.name}(${arg.name})`)}`);
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  return `${operation} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

const rootFields = (
  [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const
).flatMap(([operation, type]) =>
  type ? Object.values(type.getFields()).map((field) => ({ id: `${type.name}.${field.name}`, query: minimalOperation(operation, type, field) })) : [],
);

describe('root fields without an API key', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(() => server?.close());

  it('the exemption list names only existing root fields', () => {
    const ids = new Set(rootFields.map((field) => field.id));
    expect(Object.keys(WITHOUT_API_KEY).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(rootFields)('$id answers as documented', async ({ id, query }) => {
    const expected = WITHOUT_API_KEY[id] ?? 100;
    for (const client of [server.anonymous, server.anonymous.withHeaders({ authorization: 'Bearer lm_not-a-key' })]) {
      const result = await client.requestUntyped(query);
      if (expected === 'public') {
        expect(result.errors, `${query}\n${JSON.stringify(result)}`).toBeUndefined();
        expect(result.data).toBeTruthy();
      } else {
        expectError(result, expected);
      }
    }
  });
});
