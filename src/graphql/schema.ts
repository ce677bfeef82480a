import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { productPermissions } from '../modules/products/product.permissions.js';
import { ProductResolver } from '../modules/products/product.resolver.js';
import { publicField, createShield, type RootFieldRules } from './permissions.js';
import { ResponseCodesResolver } from './response-codes.resolver.js';

const RESOLVERS = [ResponseCodesResolver, ProductResolver] as const;

const PERMISSIONS: RootFieldRules[] = [{ Query: { responseCodes: publicField } }, productPermissions];

/** The schema as type-graphql declares it, without permissions: what `schema/schema.graphql` holds. */
export function buildBaseSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  });
}

/** The served schema: the declared one behind graphql-shield. */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildBaseSchema();
  return applyMiddleware(schema, createShield(schema, PERMISSIONS));
}

/** The SDL committed as `schema/schema.graphql`, sorted so that diffs stay readable. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
