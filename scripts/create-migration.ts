/**
 * Writes a migration for each dialect from the difference between the entities and a database
 * migrated with the existing migrations, then rewrites each dialect's `index.ts` list.
 * Usage: npm run migration:create   (PostgreSQL must be reachable)
 */
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, openDatabase } from '../src/db/orm.js';
import { scratchDatabase } from '../test/support/databases.js';

const LIST_NAMES = { sqlite: 'sqliteMigrations', postgresql: 'postgresqlMigrations' } as const;

function writeIndex(dialect: keyof typeof LIST_NAMES): void {
  const dir = join('migrations', dialect);
  const names = readdirSync(dir)
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    `// The ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} migrations, in order. \`npm run migration:create\` rewrites this list.`,
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((name) => `import { ${name} } from './${name}.js';`),
    '',
    `export const ${LIST_NAMES[dialect]}: MigrationObject[] = [`,
    ...names.map((name) => `  { name: '${name}', class: ${name} },`),
    '];',
    '',
  ];
  writeFileSync(join(dir, 'index.ts'), lines.join('\n'));
}

for (const dialect of ['sqlite', 'postgresql'] as const) {
  const scratch = await scratchDatabase(dialect);
  const orm = await openDatabase(scratch.config);
  try {
    await migrate(orm);
    const result = await orm.getMigrator().createMigration();
    console.log(result.fileName ? `${dialect}: wrote ${result.fileName}` : `${dialect}: entities and migrations agree`);
  } finally {
    await orm.close(true);
    await scratch.drop();
  }
  writeIndex(dialect);
}
