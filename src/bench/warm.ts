import { Knowledge } from '../core/knowledge.ts';

/**
 * A warm start as a user sees it: a fresh process that loads the corpus from the cache. Prints one
 * JSON line: ms from process start to ready (module loading included), the load alone, and memory.
 */
const [corpus, cacheDir] = process.argv.slice(2);
if (!corpus || !cacheDir) throw new Error('usage: warm.ts CORPUS CACHE_DIR');
const loadStarted = performance.now();
const knowledge = await Knowledge.load([corpus], undefined, { cacheDir });
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
