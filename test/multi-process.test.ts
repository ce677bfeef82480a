import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase } from '../src/db/orm.js';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.js';
import { ActivateLicenseKeyDocument } from './generated/graphql.js';
import { GraphQLClient } from './support/client.js';
import { postgresAvailable, scratchPostgres, type ScratchDatabase } from './support/databases.js';
import { seedLicenseKey } from './support/license-keys.js';
import { startServerProcess, type ServerProcess } from './support/processes.js';
import { TEST_LICENSE_SECRET } from './support/server.js';

describe.runIf(await postgresAvailable())('two server processes on one PostgreSQL database', () => {
  let database: ScratchDatabase;
  let servers: ServerProcess[] = [];
  let orm: MikroORM;

  beforeAll(async () => {
    database = await scratchPostgres();
    // Both start on the fresh database at once: their migrations take turns.
    servers = await Promise.all(
      [1, 2].map(() => startServerProcess({ DATABASE_URL: database.config.url, LICENSE_MANAGER_SECRET: TEST_LICENSE_SECRET })),
    );
    orm = await openDatabase(database.config);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await orm?.close(true);
    await database?.drop();
  });

  it('never exceeds the activation limit: 40 activations of a limit-3 key split over both', async () => {
    const { plaintext } = await new ApiKeyService(orm.em.fork()).create({ name: 'field', capabilities: ['activate'] });
    const clients = servers.map((server) => new GraphQLClient(server.url, { authorization: `Bearer ${plaintext}` }));
    const { key, id } = await seedLicenseKey({ orm }, { activationLimit: 3 });

    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        clients[index % 2]!.request(ActivateLicenseKeyDocument, { input: { licenseKey: key, identifier: `device-${index}` } }),
      ),
    );
    const codes = results.map((result) => result.data?.activateLicenseKey.responseCode ?? result.errors?.[0]?.extensions?.responseCode);
    expect(codes.filter((code) => code === 300)).toHaveLength(3);
    expect(codes.filter((code) => code === 302)).toHaveLength(37);
    const [row] = await orm.em.fork().getConnection().execute('select count(*) as count from activations where license_key_id = ?', [id]);
    expect(Number(row.count)).toBe(3);
  });
});
