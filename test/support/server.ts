import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { loadConfig, type DatabaseConfig } from '../../src/config/config.js';
import { migrate, openDatabase } from '../../src/db/orm.js';
import { ApiKeyService } from '../../src/modules/api-keys/api-key.service.js';
import { createApp, type App } from '../../src/server/app.js';
import { GraphQLClient } from './client.js';
import { scratchDatabase } from './databases.js';

export interface TestServer {
  url: string;
  orm: MikroORM;
  app: App;
  /** A client without an API key. */
  anonymous: GraphQLClient;
  /** Creates an API key (through the same service the CLI uses) and a client presenting it. */
  clientWith(capabilities: string[], options?: { allowedIps?: string[]; header?: 'bearer' | 'x-api-key' }): Promise<GraphQLClient>;
  close(): Promise<void>;
}

/** Starts the real server on a fresh, migrated scratch database of the given dialect. */
export async function startTestServer(dialect: DatabaseConfig['dialect'] = 'sqlite', env: NodeJS.ProcessEnv = {}): Promise<TestServer> {
  const scratch = await scratchDatabase(dialect);
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', ...env }), database: scratch.config };
  const orm = await openDatabase(scratch.config);
  await migrate(orm);
  const app = await createApp(config, orm);
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.http.server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    orm,
    app,
    anonymous: new GraphQLClient(url),
    async clientWith(capabilities, { allowedIps, header = 'bearer' } = {}) {
      const { plaintext } = await new ApiKeyService(orm.em.fork()).create({ name: 'test', capabilities, allowedIps });
      return new GraphQLClient(url, header === 'bearer' ? { authorization: `Bearer ${plaintext}` } : { 'x-api-key': plaintext });
    },
    async close() {
      await app.http.close();
      await orm.close(true);
      await scratch.drop();
    },
  };
}
