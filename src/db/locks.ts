import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * Whether the database takes row locks (`SELECT … FOR UPDATE`). PostgreSQL does; SQLite has a
 * single writer at a time, so a transaction there is already exclusive for writes.
 */
export function supportsRowLocks(em: EntityManager): boolean {
  return em.getPlatform() instanceof PostgreSqlPlatform;
}
