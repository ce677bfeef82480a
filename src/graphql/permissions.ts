import { allow, deny, rule, shield } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';

/** A rule of one field: a capability check, or `allow`. */
type ShieldRule = IRule | typeof allow;
import { isObjectType, type GraphQLSchema } from 'graphql';
import { AppError } from '../errors/app-error.js';
import type { RequestContext } from '../context/context.js';
import { capabilityError } from '../modules/api-keys/api-key.authenticator.js';
import type { Capability } from '../modules/api-keys/capabilities.js';

/** The rules of one module's root fields. */
export interface RootFieldRules {
  Query?: Record<string, ShieldRule>;
  Mutation?: Record<string, ShieldRule>;
}

const capabilityRules = new Map<string, ShieldRule>();

/**
 * The rule of a root field that needs these capabilities (all of them). Cached per request: the
 * caller cannot change within one operation.
 */
export function can(...capabilities: [Capability, ...Capability[]]): ShieldRule {
  const name = `can:${capabilities.join('+')}`;
  let capabilityRule = capabilityRules.get(name);
  if (!capabilityRule) {
    capabilityRule = rule(name, { cache: 'contextual' })((_parent, _args, context: RequestContext) => {
      for (const capability of capabilities) {
        const error = capabilityError(context.caller, capability);
        if (error) return error;
      }
      return true;
    });
    capabilityRules.set(name, capabilityRule);
  }
  return capabilityRule;
}

export { allow as publicField };

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The shield over the whole schema: one rule per root field, `deny` for any root field without
 * one, and every non-root type readable (whoever may call a root field may read what it returns).
 */
export function createShield(schema: GraphQLSchema, modules: RootFieldRules[]) {
  const tree: Record<string, unknown> = { Query: {}, Mutation: {} };
  for (const moduleRules of modules) {
    Object.assign(tree.Query as object, moduleRules.Query);
    Object.assign(tree.Mutation as object, moduleRules.Mutation);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !type.name.startsWith('__') && !ROOT_TYPES.has(type.name)) tree[type.name] = allow;
  }
  return shield(tree as IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => new AppError('MISSING_CAPABILITY'),
  });
}
