import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver, PostgreSqlPlatform } from '@mikro-orm/postgresql';
import pg from 'pg';
import { Migrator } from '@mikro-orm/migrations';
import type { DatabaseConfig } from '../config/config.js';
import { postgresqlMigrations } from '../../migrations/postgresql/index.js';
import { sqliteMigrations } from '../../migrations/sqlite/index.js';
import { ENTITIES } from './entities.js';

/** MikroORM options for a database; migrations are per dialect (their SQL differs). */
export function ormOptions(database: DatabaseConfig): Options {
  const common = {
    entities: ENTITIES,
    extensions: [Migrator],
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: `migrations/${database.dialect}`,
      pathTs: `migrations/${database.dialect}`,
      migrationsList: database.dialect === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts' as const,
      silent: true,
    },
  };
  if (database.dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: database.url, pool: { min: 0, max: 10 } };
  }
  return { ...common, driver: BetterSqliteDriver, dbName: database.url };
}

/** Opens the database (creating the SQLite file's folder when needed), without migrating. */
export async function openDatabase(database: DatabaseConfig): Promise<MikroORM> {
  if (database.dialect === 'sqlite') mkdirSync(dirname(database.url), { recursive: true });
  const orm = await MikroORM.init(ormOptions(database));
  if (database.dialect === 'sqlite') {
    const connection = orm.em.getConnection();
    // WAL lets readers proceed while a writer commits; the busy timeout waits out other processes' writes.
    await connection.execute('pragma journal_mode = wal');
    await connection.execute('pragma busy_timeout = 5000');
    await connection.execute('pragma foreign_keys = on');
  }
  return orm;
}

/** Any constant: the PostgreSQL advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK_ID = 7_031_946_221;

/**
 * Applies pending migrations; returns the names of those applied. On PostgreSQL, processes
 * starting together take turns through an advisory lock held on a session of its own.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const run = async () => (await orm.getMigrator().up()).map((migration) => migration.name);
  const url = orm.config.get('clientUrl');
  if (!(orm.em.getPlatform() instanceof PostgreSqlPlatform) || !url) return run();
  const lockSession = new pg.Client({ connectionString: url });
  await lockSession.connect();
  try {
    await lockSession.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    return await run();
  } finally {
    await lockSession.end();
  }
}
