// The SQLite migrations, in order. `npm run migration:create` rewrites this list.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126235852 } from './Migration20261126235852.js';
import { Migration20261127000448 } from './Migration20261127000448.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261126235852', class: Migration20261126235852 },
  { name: 'Migration20261127000448', class: Migration20261127000448 },
];
