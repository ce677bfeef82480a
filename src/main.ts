import 'reflect-metadata';
import { loadConfig } from './config/config.js';
import { migrate, openDatabase } from './db/orm.js';
import { createApp } from './server/app.js';

const config = loadConfig();
const orm = await openDatabase(config.database);
const applied = await migrate(orm);
const { http } = await createApp(config, orm);
if (applied.length > 0) http.log.info({ migrations: applied }, 'applied database migrations');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  http.log.info({ signal }, 'shutting down: draining requests');
  // Fastify's close runs Apollo's drain plugin: in-flight requests finish, new ones are refused.
  await http.close();
  await orm.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

const address = await http.listen({ port: config.port, host: config.host });
http.log.info(`GraphQL API listening at ${address}/graphql (${config.database.dialect})`);
