// The PostgreSQL migrations, in order. `npm run migration:create` rewrites this list.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126235852 } from './Migration20261126235852.js';
import { Migration20261127000449 } from './Migration20261127000449.js';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261126235852', class: Migration20261126235852 },
  { name: 'Migration20261127000449', class: Migration20261127000449 },
];
