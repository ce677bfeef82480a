import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';

/** Counts the SQL statements an ORM runs (transaction statements included), for metrics and tests. */
export class QueryCounter {
  total = 0;

  constructor(orm: MikroORM) {
    (orm.em.getConnection() as AbstractSqlConnection).getKnex().on('query', () => {
      this.total += 1;
    });
  }
}
