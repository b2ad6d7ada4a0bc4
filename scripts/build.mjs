// Compiles src/ and commands/ into dist/ with TypeScript's own compiler (tsconfig.build.json), so
// `npm start` and `npm run cli` run plain JavaScript on node, without compiling at every start.
//
//   node scripts/build.mjs             build (run by `npm install` through "prepare")
//   node scripts/build.mjs --if-stale  build only when a source file is newer than the last build
//                                      (before `npm start` / `npm run cli`, e.g. after a `git pull`)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const stamp = join(root, 'dist', '.built');
const inputs = ['src', 'commands', 'tsconfig.json', 'tsconfig.build.json'];

/** Newest modification time of a file, or of any file under a folder. */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function tscPath() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

const ifStale = process.argv.includes('--if-stale');
const built = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const stale = built === 0 || inputs.some((input) => newest(join(root, input)) > built);
if (ifStale && !stale) process.exit(0);

const tsc = tscPath();
if (!tsc) {
  // `npm ci --omit=dev` (a production install, the Docker image): dist/ comes from an earlier build.
  if (existsSync(join(root, 'dist', 'src', 'main.js'))) {
    if (ifStale)
      process.stderr.write(
        'Sources are newer than dist/, but TypeScript is not installed: running the last build.\n',
      );
    process.exit(0);
  }
  process.stderr.write(
    'dist/ has not been built and TypeScript is not installed: run `npm ci` (with dev dependencies), or `npm run build` where it is.\n',
  );
  process.exit(1);
}
// No stamp: a first or damaged build, so the incremental state is not trusted either.
if (built === 0) rmSync(join(root, 'dist', '.tsbuildinfo'), { force: true });
else process.stderr.write('Sources changed since the last build: compiling dist/ again…\n');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});
// tsc writes the JavaScript even when it reports type errors. `npm install` stops on them (main is
// always clean); before a run, a developer half-way through an edit still gets the program run.
if (result.status !== 0 && !(ifStale && existsSync(join(root, 'dist', 'src', 'main.js')))) {
  process.exit(result.status ?? 1);
}
if (result.status !== 0) process.stderr.write('Type errors above: running the build anyway.\n');
writeFileSync(stamp, `${new Date().toISOString()}\n`);
