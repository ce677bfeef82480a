import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { presentedApiKey, type ApiKeyAuthenticator, type Caller } from '../modules/api-keys/api-key.authenticator.js';
import { normalizeIp } from '../modules/api-keys/ip-allow-list.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface RequestContext {
  requestId: string;
  /** A fork of the ORM's entity manager, private to this request. */
  em: EntityManager;
  caller: Caller;
  loaders: Loaders;
}

export interface ContextDependencies {
  orm: MikroORM;
  authenticator: ApiKeyAuthenticator;
}

export interface IncomingRequest {
  requestId: string;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The one request-context factory, used by the HTTP server and by tests alike. */
export async function createRequestContext(deps: ContextDependencies, request: IncomingRequest): Promise<RequestContext> {
  const em = deps.orm.em.fork();
  const apiKey = await deps.authenticator.resolve(presentedApiKey(request.headers));
  return {
    requestId: request.requestId,
    em,
    caller: { apiKey, ip: normalizeIp(request.ip) },
    loaders: createLoaders(em),
  };
}
