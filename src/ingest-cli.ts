import { parseArgs } from 'node:util';
import { DEFAULT_CACHE_DIR, Knowledge } from './core/knowledge.ts';
import type { LogSink } from './core/log-sink.ts';

/**
 * npm run ingest -- PATH... [--cache-dir DIR]
 * Builds or brings up to date the store of a corpus, so that the bot and the CLI open it ready
 * instead of extracting at start. A bar on a terminal, progress lines otherwise; safe to stop at
 * any moment (each article is written in its own transaction) and to run again: it resumes.
 */
const USAGE = 'usage: npm run ingest -- PATH... [--cache-dir DIR]   (CACHE_DIR is read too)';

const log: LogSink = {
  info: (fields, message) => process.stderr.write(`${message} ${JSON.stringify(fields)}\n`),
  warn: (fields, message) => process.stderr.write(`warn: ${message} ${JSON.stringify(fields)}\n`),
};

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const paths = parsed.positionals;
  if (paths.length === 0 || parsed.values.help) {
    process.stderr.write(`${USAGE}\n`);
    return parsed.values.help ? 0 : 2;
  }
  const cacheDir = parsed.values['cache-dir'] ?? process.env.CACHE_DIR ?? DEFAULT_CACHE_DIR;
  const knowledge = await Knowledge.load(paths, log, { cacheDir, progressStream: process.stderr });
  const report = knowledge.report;
  process.stdout.write(
    `${knowledge.articleCount} article(s) in the store (${report?.fromCache ?? 0} already there, ${report?.extracted ?? 0} extracted, ${report?.failed ?? 0} failed) in ${Math.round((report?.ms ?? 0) / 1000)} s\n`,
  );
  knowledge.store.close();
  return 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { 'cache-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

process.exitCode = await main();
