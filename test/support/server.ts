import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { loadConfig, type DatabaseConfig } from '../../src/config/config.js';
import { migrate, openDatabase } from '../../src/db/orm.js';
import { ApiKeyService } from '../../src/modules/api-keys/api-key.service.js';
import { createApp, type App } from '../../src/server/app.js';
import { GraphQLClient } from './client.js';
import { scratchDatabase, type ScratchDatabase } from './databases.js';

export interface ApiKeyOptions {
  allowedIps?: string[];
  header?: 'bearer' | 'x-api-key';
  name?: string;
}

/** A fixed secret, so that no test writes a generated one into the working tree. */
export const TEST_LICENSE_SECRET = 'test-license-manager-secret-0123456789abcdef';

export interface TestServer {
  url: string;
  /** `http://127.0.0.1:<port>`, for routes beside /graphql (health probes…). */
  baseUrl: string;
  orm: MikroORM;
  app: App;
  /** A client without an API key. */
  anonymous: GraphQLClient;
  /** Creates an API key (through the same service the CLI uses); returns its id, plaintext and a client presenting it. */
  createApiKey(capabilities: string[], options?: ApiKeyOptions): Promise<{ id: number; plaintext: string; client: GraphQLClient }>;
  /** Creates an API key (through the same service the CLI uses) and a client presenting it. */
  clientWith(capabilities: string[], options?: ApiKeyOptions): Promise<GraphQLClient>;
  /** Stops the server, closes the database (unless a test already did) and drops a scratch database. */
  close(): Promise<void>;
}

export interface TestServerOptions {
  /**
   * Serve this existing database instead of a fresh scratch one (e.g. a file the CLI migrated).
   * It is migrated, and left in place on close.
   */
  database?: DatabaseConfig;
}

/**
 * Starts the real server on a fresh, migrated scratch database of the given dialect, or on
 * `options.database` when given (its dialect wins).
 */
export async function startTestServer(
  dialect: DatabaseConfig['dialect'] = 'sqlite',
  env: NodeJS.ProcessEnv = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const scratch: ScratchDatabase | null = options.database ? null : await scratchDatabase(dialect);
  const database = options.database ?? scratch!.config;
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', LICENSE_MANAGER_SECRET: TEST_LICENSE_SECRET, ...env }), database };
  const orm = await openDatabase(database);
  await migrate(orm);
  const app = await createApp(config, orm);
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.http.server.address() as AddressInfo).port}`;
  const url = `${baseUrl}/graphql`;

  async function createApiKey(capabilities: string[], { allowedIps, header = 'bearer', name = 'test' }: ApiKeyOptions = {}) {
    const { apiKey, plaintext } = await new ApiKeyService(orm.em.fork()).create({ name, capabilities, allowedIps });
    const client = new GraphQLClient(url, header === 'bearer' ? { authorization: `Bearer ${plaintext}` } : { 'x-api-key': plaintext });
    return { id: apiKey.id, plaintext, client };
  }

  return {
    url,
    baseUrl,
    orm,
    app,
    anonymous: new GraphQLClient(url),
    createApiKey,
    async clientWith(capabilities, keyOptions) {
      return (await createApiKey(capabilities, keyOptions)).client;
    },
    async close() {
      await app.http.close();
      try {
        await orm.close(true);
      } catch {
        // Already closed by the test (e.g. to simulate a lost database).
      }
      await scratch?.drop();
    },
  };
}
