import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { assignmentQueuePermissions } from '../modules/assignments/assignment-queue.permissions.js';
import { AssignmentQueueResolver } from '../modules/assignments/assignment-queue.resolver.js';
import { assignmentPermissions } from '../modules/assignments/assignment.permissions.js';
import { AssignmentResolver } from '../modules/assignments/assignment.resolver.js';
import { generatorPermissions } from '../modules/generators/generator.permissions.js';
import { GeneratorResolver } from '../modules/generators/generator.resolver.js';
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
  GeneratorResolver,
  AssignmentResolver,
  AssignmentQueueResolver,
] as const;

const PERMISSIONS: RootFieldRules[] = [
  { Query: { responseCodes: publicField } },
  productPermissions,
  licenseKeyClientPermissions,
  licenseKeyStockPermissions,
  licenseKeyMetaPermissions,
  generatorPermissions,
  assignmentPermissions,
  assignmentQueuePermissions,
];

/** The schema as type-graphql declares it, without permissions: what `schema/schema.graphql` holds. */
export async function buildBaseSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  });
  // type-graphql has no decorator for the root types; their descriptions are set here.
  schema.getQueryType()!.description = 'Reads: license checks for client software; listings, counts and job lookups for back offices.';
  schema.getMutationType()!.description = 'Writes: activations, license-key stock, generation and assignment, generators, products and their meta.';
  return schema;
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
