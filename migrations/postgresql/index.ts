// The PostgreSQL migrations, in order. `npm run migration:create` rewrites this list.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000924 } from './Migration20261127000924.js';
import { Migration20261127001431 } from './Migration20261127001431.js';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261127000924', class: Migration20261127000924 },
  { name: 'Migration20261127001431', class: Migration20261127001431 },
];
