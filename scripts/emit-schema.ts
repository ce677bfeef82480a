/**
 * Writes `schema/schema.graphql` from the type-graphql schema, or with `--check` fails when the
 * committed file differs from it.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBaseSchema, printApiSchema } from '../src/graphql/schema.js';

const SCHEMA_FILE = 'schema/schema.graphql';
const sdl = printApiSchema(await buildBaseSchema());

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // A missing file is as stale as a different one.
  }
  if (committed !== sdl) {
    console.error(`${SCHEMA_FILE} is stale: run npm run schema:emit`);
    process.exit(1);
  }
  console.log(`${SCHEMA_FILE} is up to date`);
} else {
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE}`);
}
