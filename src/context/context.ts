import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { presentedApiKey, type ApiKeyAuthenticator, type Caller } from '../modules/api-keys/api-key.authenticator.js';
import { normalizeIp } from '../modules/api-keys/ip-allow-list.js';
import type { AssignmentQueueHost } from '../modules/assignments/assignment-queue.service.js';
import type { LicenseKeyCipher } from '../modules/license-keys/license-key.crypto.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface RequestContext {
  requestId: string;
  /** A fork of the ORM's entity manager, private to this request. */
  em: EntityManager;
  caller: Caller;
  loaders: Loaders;
  cipher: LicenseKeyCipher;
  /** The queue of this server process: its job settings and its worker. */
  assignmentQueue: AssignmentQueueHost;
}

export interface ContextDependencies {
  orm: MikroORM;
  authenticator: ApiKeyAuthenticator;
  cipher: LicenseKeyCipher;
  assignmentQueue: AssignmentQueueHost;
}

export interface IncomingRequest {
  requestId: string;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The one request-context factory, used by the HTTP server and by tests alike. */
export async function createRequestContext(deps: ContextDependencies, request: IncomingRequest): Promise<RequestContext> {
  // Every driver this service runs on is SQL, so the fork is a knex-backed entity manager.
  const em = deps.orm.em.fork() as EntityManager;
  const apiKey = await deps.authenticator.resolve(presentedApiKey(request.headers));
  return {
    requestId: request.requestId,
    em,
    caller: { apiKey, ip: normalizeIp(request.ip) },
    loaders: createLoaders(em),
    cipher: deps.cipher,
    assignmentQueue: deps.assignmentQueue,
  };
}
