import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { migrate, openDatabase } from '../src/db/orm.js';
import { postgresqlMigrations } from '../migrations/postgresql/index.js';
import { sqliteMigrations } from '../migrations/sqlite/index.js';
import { scratchDatabase, testDialects, type ScratchDatabase } from './support/databases.js';

const dialects = await testDialects();
const LISTS = { sqlite: sqliteMigrations, postgresql: postgresqlMigrations };

describe.each(dialects)('migrations on %s', (dialect) => {
  let scratch: ScratchDatabase | undefined;
  let orm: MikroORM | undefined;

  afterEach(async () => {
    await orm?.close(true);
    await scratch?.drop();
    orm = undefined;
    scratch = undefined;
  });

  async function freshDatabase(): Promise<MikroORM> {
    scratch = await scratchDatabase(dialect);
    orm = await openDatabase(scratch.config);
    return orm;
  }

  it('lists every migration file of migrations/' + dialect + ' in its index, in order', () => {
    const files = readdirSync(new URL(`../migrations/${dialect}/`, import.meta.url))
      .filter((file) => /^Migration\d+.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(LISTS[dialect].map((migration) => migration.name)).toEqual(files);
  });

  it('brings a fresh database exactly to the entities: no further migration is needed', async () => {
    const orm = await freshDatabase();
    const applied = await migrate(orm);
    expect(applied).toEqual(LISTS[dialect].map((migration) => migration.name));
    const migrator = orm.getMigrator();
    if (await migrator.checkMigrationNeeded()) {
      // Show what differs, as the SQL a new migration would run.
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect.fail(`the entities differ from the migrated database; npm run migration:create would write:\n${diff}`);
    }
    expect(await migrate(orm)).toEqual([]);
    expect(await migrator.getPendingMigrations()).toEqual([]);
  });

  it('the check itself notices a database that lacks what the entities need', async () => {
    const orm = await freshDatabase();
    expect(await orm.getMigrator().checkMigrationNeeded()).toBe(true);
    await migrate(orm);
    await orm.em.getConnection().execute('drop table api_keys');
    expect(await orm.getMigrator().checkMigrationNeeded()).toBe(true);
  });
});
