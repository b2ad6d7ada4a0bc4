import { Knowledge } from '../core/knowledge.ts';

/**
 * A start as a user sees it: a fresh process that loads the corpus (from the cache when it holds it:
 * a warm start; into an empty one: a cold ingestion). Prints one JSON line: ms from process start to
 * ready (module loading included), the load alone, and memory, peak included.
 */
const [corpus, cacheDir] = process.argv.slice(2);
if (!corpus || !cacheDir) throw new Error('usage: warm.ts CORPUS CACHE_DIR');
const loadStarted = performance.now();
const progress = {
  info: (fields: object, message: string) => {
    if (message === 'extracting articles') process.stderr.write(`${message} ${JSON.stringify(fields)}\n`);
  },
  warn: (fields: object, message: string) =>
    process.stderr.write(`warn: ${message} ${JSON.stringify(fields)}\n`),
};
const knowledge = await Knowledge.load([corpus], progress, { cacheDir });
const readyMs = performance.now();
process.stdout.write(
  `${JSON.stringify({
    readyMs,
    loadMs: readyMs - loadStarted,
    articles: knowledge.articleCount,
    restoredIndex: knowledge.report?.restoredIndex ?? false,
    extracted: knowledge.report?.extracted ?? -1,
    phases: knowledge.report?.phases ?? {},
    rssMB: process.memoryUsage().rss / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
