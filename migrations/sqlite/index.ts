// The SQLite migrations, in order. `npm run migration:create` rewrites this list.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000923 } from './Migration20261127000923.js';
import { Migration20261127001430 } from './Migration20261127001430.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261127000923', class: Migration20261127000923 },
  { name: 'Migration20261127001430', class: Migration20261127001430 },
];
