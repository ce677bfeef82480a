/**
 * The command line: what the API cannot bootstrap.
 *   npm run cli -- migrate
 *   npm run cli -- api-key create --name N --capability C [--capability C…] [--allow-ip CIDR…]
 *   npm run cli -- api-key list
 *   npm run cli -- api-key deactivate <key-or-id>
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/core';
import { loadConfig } from '../config/config.js';
import { migrate, openDatabase } from '../db/orm.js';
import { ApiKeyInputError, ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { ALL_CAPABILITIES, CAPABILITIES } from '../modules/api-keys/capabilities.js';

const USAGE = `usage:
  cli migrate
  cli api-key create --name NAME --capability CAPABILITY [--capability …] [--allow-ip IP-OR-CIDR …]
  cli api-key list
  cli api-key deactivate KEY-OR-ID

capabilities: ${ALL_CAPABILITIES} (all), ${CAPABILITIES.join(', ')}`;

class UsageError extends Error {}

async function run(orm: MikroORM, argv: string[]): Promise<void> {
  const [command, subcommand, ...rest] = argv;
  if (command === 'migrate') {
    const applied = await migrate(orm);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    return;
  }
  if (command !== 'api-key') throw new UsageError(`unknown command: ${command ?? '(none)'}`);
  await migrate(orm);
  const service = new ApiKeyService(orm.em.fork());
  if (subcommand === 'create') {
    const { values } = parseArgs({
      args: rest,
      options: {
        name: { type: 'string' },
        capability: { type: 'string', multiple: true },
        'allow-ip': { type: 'string', multiple: true },
      },
    });
    if (!values.name) throw new UsageError('--name is required');
    const { apiKey, plaintext } = await service.create({
      name: values.name,
      capabilities: values.capability ?? [],
      allowedIps: values['allow-ip'] ?? [],
    });
    console.log(`created API key ${apiKey.id} "${apiKey.name}" with ${apiKey.capabilities.join(', ')}`);
    console.log('the key is shown once; store it now:');
    console.log(plaintext);
  } else if (subcommand === 'list') {
    for (const key of await service.list()) {
      const state = key.active ? 'active' : 'inactive';
      const ips = key.allowedIps.length ? key.allowedIps.join(',') : 'any IP';
      console.log(`${key.id}\t${key.keyPrefix}…\t${state}\t${key.name}\t${key.capabilities.join(',')}\t${ips}`);
    }
  } else if (subcommand === 'deactivate') {
    const keyOrId = rest[0];
    if (!keyOrId) throw new UsageError('give the key or its id');
    const apiKey = await service.deactivate(keyOrId);
    if (!apiKey) throw new ApiKeyInputError('no such API key');
    console.log(`deactivated API key ${apiKey.id} "${apiKey.name}"`);
  } else {
    throw new UsageError(`unknown api-key command: ${subcommand ?? '(none)'}`);
  }
}

const orm = await openDatabase(loadConfig().database);
try {
  await run(orm, process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof ApiKeyInputError) console.error(`error: ${error.message}`);
  else throw error;
  process.exitCode = 2;
} finally {
  await orm.close();
}
