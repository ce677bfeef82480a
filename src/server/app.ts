import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { MikroORM } from '@mikro-orm/core';
import type { AppConfig } from '../config/config.js';
import { createRequestContext, type RequestContext } from '../context/context.js';
import { formatError, INTERNAL_ERROR_MESSAGE, isExposedError } from '../errors/format-error.js';
import { buildApiSchema } from '../graphql/schema.js';
import { ApiKeyAuthenticator } from '../modules/api-keys/api-key.authenticator.js';
import { AssignmentWorker } from '../modules/assignments/assignment-worker.js';
import { LicenseKeyCipher, resolveLicenseSecret } from '../modules/license-keys/license-key.crypto.js';

export interface App {
  http: FastifyInstance;
  authenticator: ApiKeyAuthenticator;
  /** Runs queued assignments and delivers their webhooks; started when the server is ready, stopped on close. */
  assignmentWorker: AssignmentWorker;
}

/** Logs the originals of the errors `formatError` masks, with the id of their request. */
const logUnexpectedErrors: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, logger }) {
        for (const error of errors) {
          if (!isExposedError(error, error.extensions?.code)) {
            logger.error(`request ${contextValue.requestId}: ${error.originalError?.stack ?? error.stack ?? error.message}`);
          }
        }
      },
    };
  },
};

/** The HTTP server: GraphQL at /graphql (POST, and GET for queries) and the health probes. */
export async function createApp(config: AppConfig, orm: MikroORM): Promise<App> {
  const http = Fastify({
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 12 * 1024 * 1024,
  });
  const authenticator = new ApiKeyAuthenticator(orm, config.apiKeyCacheTtlMs);
  const licenseSecret = resolveLicenseSecret(config);
  if (licenseSecret.generatedFile) {
    http.log.warn(`LICENSE_MANAGER_SECRET is not set: license keys are keyed by the secret in ${licenseSecret.generatedFile}; back it up, or the stored keys cannot be read or matched`);
  }
  const cipher = new LicenseKeyCipher(licenseSecret.secret);

  // The background worker of queued assignments: polls once the server is ready, stops (waiting
  // for its job in flight) when the server closes.
  const assignmentWorker = new AssignmentWorker(orm, cipher, config.jobs, http.log.child({ component: 'assignment-worker' }));
  http.addHook('onReady', async () => assignmentWorker.start());
  http.addHook('onClose', async () => assignmentWorker.stop());

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    logger: http.log,
    plugins: [
      fastifyApolloDrainPlugin(http),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      logUnexpectedErrors,
    ],
  });
  await apollo.start();

  http.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Malformed bodies (garbage JSON, wrong content type…) answer 400 in GraphQL's error shape.
  http.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'unexpected HTTP error');
    const message = status === 500 ? INTERNAL_ERROR_MESSAGE : error.message;
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    return reply.status(status).send({ errors: [{ message, extensions: { code } }] });
  });

  await http.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST'],
    context: async (request) => {
      try {
        return await createRequestContext({ orm, authenticator, cipher, assignmentQueue: assignmentWorker }, { requestId: request.id, ip: request.ip, headers: request.headers });
      } catch (error) {
        // Apollo answers this with a masked 500 but logs nothing: its per-request plugin hooks have not started.
        request.log.error({ err: error }, 'could not create the request context');
        throw error;
      }
    },
  });

  http.get('/healthz', async () => ({ status: 'ok' }));
  http.get('/readyz', async (_request, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
      return { status: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'database unreachable' });
    }
  });

  return { http, authenticator, assignmentWorker };
}
