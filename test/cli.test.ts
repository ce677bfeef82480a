import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../src/config/config.js';
import { CreateProductDocument, ProductsDocument } from './generated/graphql.js';
import { GraphQLClient } from './support/client.js';
import { expectError, expectSuccess } from './support/codes.js';
import { startTestServer, type TestServer } from './support/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src/cli/main.ts');
const API_KEY = /^lm_[A-Za-z0-9_-]{43}$/;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (`node --import tsx src/cli/main.ts …`) as `npm run cli --` does. */
function cli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve) => {
    const childEnv = { ...process.env, ...env };
    if (env.DATABASE_URL === undefined) delete childEnv.DATABASE_URL;
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: childEnv, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.trimEnd().split('\n');

describe('the CLI', () => {
  let dir: string;
  let database: DatabaseConfig;
  let env: NodeJS.ProcessEnv;
  let server: TestServer | undefined;
  let plaintext: string;
  let client: GraphQLClient;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'license-manager-cli-'));
    database = { dialect: 'sqlite', url: join(dir, 'cli.sqlite') };
    env = { DATABASE_URL: `sqlite:${database.url}` };
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrate applies the migrations', async () => {
    const result = await cli(['migrate'], env);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^applied: Migration\d+/);
  });

  it('api-key create prints the plaintext key alone on its last line', async () => {
    const result = await cli(['api-key', 'create', '--name', 'shop', '--capability', 'get-all-products', '--allow-ip', '127.0.0.1'], env);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    const output = lines(result.stdout);
    plaintext = output.at(-1)!;
    expect(plaintext).toMatch(API_KEY);
    expect(output.slice(0, -1).join('\n')).not.toContain(plaintext);
  });

  it('the key works against a server on the same database, with exactly its capabilities', async () => {
    // No key cache, so that the CLI's deactivation shows at once.
    server = await startTestServer('sqlite', { API_KEY_CACHE_TTL_MS: '0' }, { database });
    client = new GraphQLClient(server.url, { authorization: `Bearer ${plaintext}` });
    expectSuccess((await client.request(ProductsDocument, {})).data?.products, 810);
    expectError(await client.request(CreateProductDocument, { input: { name: 'Not allowed' } }), 102);
  });

  it('api-key deactivate <key> makes the key answer 101', async () => {
    const result = await cli(['api-key', 'deactivate', plaintext], env);
    expect(result, result.stderr).toMatchObject({ code: 0, stdout: 'deactivated API key 1 "shop"\n' });
    expectError(await client.request(ProductsDocument, {}), 101);
  });

  // The rest runs concurrently: each CLI start costs seconds.
  it.concurrent.for([
    ['an unknown capability', ['api-key', 'create', '--name', 'x', '--capability', 'fly'], /^error: unknown capabilities: fly \(known: \* for all, verify, /],
    ['a bad CIDR', ['api-key', 'create', '--name', 'x', '--capability', '*', '--allow-ip', '10.0.0.0/33'], /^error: not an IP address or CIDR range: 10\.0\.0\.0\/33$/m],
    ['a host name as IP', ['api-key', 'create', '--name', 'x', '--capability', '*', '--allow-ip', 'example.com'], /^error: not an IP address or CIDR range: example\.com$/m],
    ['no capability', ['api-key', 'create', '--name', 'x'], /^error: at least one capability is required$/m],
    ['no name', ['api-key', 'create', '--capability', '*'], /^--name is required\n\nusage:/],
    ['an unknown option', ['api-key', 'create', '--nmae', 'x'], /^Unknown option '--nmae'/],
    ['an unknown key to deactivate', ['api-key', 'deactivate', 'lm_nope'], /^error: no such API key$/m],
    ['an unknown command', ['frobnicate'], /^unknown command: frobnicate\n\nusage:/],
    ['arguments to migrate', ['migrate', 'now'], /^migrate takes no arguments, got: now\n\nusage:/],
  ] as const)('refuses %s: exit code 2, a clear message, no stack trace, nothing written', async ([, args, message], { expect }) => {
    const result = await cli([...args], env);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe('');
  });

  it.concurrent('refuses a bad DATABASE_URL with exit code 2', async ({ expect }) => {
    const result = await cli(['migrate'], { DATABASE_URL: 'mysql://localhost/db' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: DATABASE_URL must start with postgres://, postgresql:// or sqlite:\n');
  });

  it.concurrent('migrate again finds the database up to date', async ({ expect }) => {
    expect(await cli(['migrate'], env)).toMatchObject({ code: 0, stdout: 'the database is up to date\n' });
  });

  it.concurrent('uses DATA_DIR/license-manager.sqlite without DATABASE_URL', async ({ expect }) => {
    const dataDir = join(dir, 'data');
    const result = await cli(['migrate'], { DATA_DIR: dataDir, DATABASE_URL: undefined });
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(existsSync(join(dataDir, 'license-manager.sqlite'))).toBe(true);
  });

  it.concurrent('prints its usage without arguments', async ({ expect }) => {
    const result = await cli([], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^usage:\n {2}cli migrate\n/);
  });

  it('api-key list shows the key, deactivated, and never its plaintext; the refused commands created none', async () => {
    const result = await cli(['api-key', 'list'], env);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(lines(result.stdout)).toEqual([`1\t${plaintext.slice(0, 10)}…\tinactive\tshop\tget-all-products\t127.0.0.1`]);
    expect(result.stdout).not.toContain(plaintext);
  });
});
