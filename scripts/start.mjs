// `npm start`: compiles with tsc when the build is missing or older than the sources, then runs it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const entry = 'dist/src/main.js';

function newestMtime(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sourcesMtime = Math.max(newestMtime('src'), newestMtime('migrations'), statSync('package.json').mtimeMs);
if (!existsSync(entry) || statSync(entry).mtimeMs < sourcesMtime) {
  console.log('Building…');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // An incremental build leaves unchanged outputs untouched; mark the build as current.
  const now = new Date();
  utimesSync(entry, now, now);
}
await import(`./../${entry}`);
