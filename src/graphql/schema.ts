import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { LicenseKeyClientResolver } from '../modules/license-keys/license-key-client.resolver.js';
import { licenseKeyMetaPermissions } from '../modules/license-keys/license-key-meta.permissions.js';
import { LicenseKeyMetaResolver } from '../modules/license-keys/license-key-meta.resolver.js';
import { licenseKeyStockPermissions } from '../modules/license-keys/license-key-stock.permissions.js';
import { LicenseKeyStockResolver } from '../modules/license-keys/license-key-stock.resolver.js';
import { licenseKeyClientPermissions } from '../modules/license-keys/license-key.permissions.js';
import { LicenseKeyResolver } from '../modules/license-keys/license-key.resolver.js';
import { productPermissions } from '../modules/products/product.permissions.js';
import { ProductResolver } from '../modules/products/product.resolver.js';
import { publicField, createShield, type RootFieldRules } from './permissions.js';
import { ResponseCodesResolver } from './response-codes.resolver.js';

const RESOLVERS = [
  ResponseCodesResolver,
  ProductResolver,
  LicenseKeyResolver,
  LicenseKeyClientResolver,
  LicenseKeyStockResolver,
  LicenseKeyMetaResolver,
] as const;

const PERMISSIONS: RootFieldRules[] = [
  { Query: { responseCodes: publicField } },
  productPermissions,
  licenseKeyClientPermissions,
  licenseKeyStockPermissions,
  licenseKeyMetaPermissions,
];

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
