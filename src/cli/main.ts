/**
 * The command line: what the API cannot bootstrap.
 *   npm run cli -- migrate
 *   npm run cli -- api-key create --name N --capability C [--capability C…] [--allow-ip CIDR…]
 *   npm run cli -- api-key list
 *   npm run cli -- api-key deactivate <key-or-id>
 *
 * The arguments are checked before the database layer is even loaded: a mistake costs no
 * connection and writes nothing. Exit codes: 0 done, 2 refused (usage, input, configuration),
 * 1 anything unexpected.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type DatabaseConfig } from '../config/config.js';
import { ApiKeyInputError, validateCreateApiKeyInput, type CreateApiKeyInput } from '../modules/api-keys/api-key.input.js';
import { ALL_CAPABILITIES, CAPABILITIES } from '../modules/api-keys/capabilities.js';

const USAGE = `usage:
  cli migrate
  cli api-key create --name NAME --capability CAPABILITY [--capability …] [--allow-ip IP-OR-CIDR …]
  cli api-key list
  cli api-key deactivate KEY-OR-ID

--capability and --allow-ip may be repeated or take comma-separated lists; without --allow-ip
the key works from any address. The database is the server's: DATABASE_URL, else DATA_DIR.

capabilities: ${ALL_CAPABILITIES} (all), ${CAPABILITIES.join(', ')}`;

class UsageError extends Error {}

type Command =
  | { name: 'help' }
  | { name: 'migrate' }
  | { name: 'create'; input: Required<CreateApiKeyInput> }
  | { name: 'list' }
  | { name: 'deactivate'; keyOrId: string };

/** Repeated options, each of which may also hold a comma-separated list. */
function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

function noArguments(command: string, rest: string[]): void {
  if (rest.length > 0) throw new UsageError(`${command} takes no arguments, got: ${rest.join(' ')}`);
}

/** The command the arguments ask for, validated; throws on any mistake. */
function parseCommand(argv: string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  const [command, subcommand, ...rest] = argv;
  if (command === 'migrate') {
    noArguments('migrate', argv.slice(1));
    return { name: 'migrate' };
  }
  if (command !== 'api-key') throw new UsageError(`unknown command: ${command}`);
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
    const input = validateCreateApiKeyInput({
      name: values.name,
      capabilities: splitList(values.capability),
      allowedIps: splitList(values['allow-ip']),
    });
    return { name: 'create', input };
  }
  if (subcommand === 'list') {
    noArguments('api-key list', rest);
    return { name: 'list' };
  }
  if (subcommand === 'deactivate') {
    if (rest.length !== 1 || !rest[0]!.trim()) throw new UsageError('give the key or its id (exactly one)');
    return { name: 'deactivate', keyOrId: rest[0]!.trim() };
  }
  throw new UsageError(`unknown api-key command: ${subcommand ?? '(none)'}`);
}

async function execute(command: Exclude<Command, { name: 'help' }>, database: DatabaseConfig): Promise<void> {
  // The database layer loads only now (it takes a moment): decorators need reflect-metadata first.
  await import('reflect-metadata');
  const { migrate, openDatabase } = await import('../db/orm.js');
  const { ApiKeyService } = await import('../modules/api-keys/api-key.service.js');

  const orm = await openDatabase(database);
  try {
    const applied = await migrate(orm);
    if (command.name === 'migrate') {
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
      return;
    }
    const service = new ApiKeyService(orm.em.fork());
    if (command.name === 'create') {
      const { apiKey, plaintext } = await service.create(command.input);
      console.log(`created API key ${apiKey.id} "${apiKey.name}" with ${apiKey.capabilities.join(', ')}`);
      console.log(`usable from: ${apiKey.allowedIps.length ? apiKey.allowedIps.join(', ') : 'any IP address'}`);
      console.log('the key is shown once; store it now:');
      console.log(plaintext);
    } else if (command.name === 'list') {
      const keys = await service.list();
      if (keys.length === 0) console.log('no API keys yet: create one with `api-key create`');
      for (const key of keys) {
        const state = key.active ? 'active' : 'inactive';
        const ips = key.allowedIps.length ? key.allowedIps.join(',') : 'any IP';
        console.log(`${key.id}\t${key.keyPrefix}…\t${state}\t${key.name}\t${key.capabilities.join(',')}\t${ips}`);
      }
    } else {
      const apiKey = await service.deactivate(command.keyOrId);
      if (!apiKey) throw new ApiKeyInputError('no such API key');
      console.log(`deactivated API key ${apiKey.id} "${apiKey.name}"`);
    }
  } finally {
    await orm.close();
  }
}

/** The message of an error that is the user's to fix (exit code 2), or null for anything else. */
function userError(error: unknown): string | null {
  if (error instanceof UsageError) return `${error.message}\n\n${USAGE}`;
  if (error instanceof ApiKeyInputError || error instanceof ConfigError) return `error: ${error.message}`;
  // node:util parseArgs: unknown option, missing option value…
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) return `${(error as Error).message}\n\n${USAGE}`;
  return null;
}

try {
  const command = parseCommand(process.argv.slice(2));
  if (command.name === 'help') console.log(USAGE);
  else await execute(command, loadConfig().database);
} catch (error) {
  const message = userError(error);
  if (message === null) throw error;
  console.error(message);
  process.exitCode = 2;
}
