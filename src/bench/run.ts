import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ask } from '../answer/ask.ts';
import { listSpeakers, suggestTopics } from '../answer/index.ts';
import { corpusCacheDir, Knowledge, STORE_FILE } from '../core/knowledge.ts';
import type { LogSink } from '../core/log-sink.ts';
import { readCorpusFields } from '../corpus/load.ts';
import { cleanQuery, isStopword, wordsOf } from '../search/query.ts';
import { generateCorpus } from './generate.ts';
import { misspell, pick, seededRandom } from './random.ts';

/**
 * npm run bench -- [--corpus PATH] [--articles N] [--queries 200] [--recall 40] [--seed 7]
 * Cold ingestion (fresh cache), warm start (a fresh process on that cache), adding one article, the
 * three questions and autocomplete (median/p95), recall@5 on phrase queries against Fuse.js alone on
 * the same items in the same run, and peak RSS. A table, then one JSON line with the same figures.
 */

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    articles: { type: 'string' },
    queries: { type: 'string', default: '200' },
    recall: { type: 'string', default: '40' },
    seed: { type: 'string', default: '7' },
    generated: { type: 'string', default: '600' },
    /** A cache folder whose store is already built (a previous run's): no cold ingestion then. */
    cache: { type: 'string' },
  },
});

/** Progress and phase lines on stderr; the table and the JSON line alone on stdout. */
const quietLog: LogSink = {
  info: (fields, message) => {
    if (message === 'extracting articles' || message === 'knowledge ready')
      console.error(message, JSON.stringify(fields));
  },
  warn: (fields, message) => console.error('warn:', message, fields),
};
const work = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
const random = seededRandom(Number(values.seed));

interface Timing {
  medianMs: number;
  p95Ms: number;
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)) };
}

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

async function corpusFile(): Promise<string> {
  const limit = values.articles ? Number(values.articles) : null;
  if (!values.corpus) {
    const file = join(work, 'generated.jsonl');
    writeFileSync(file, generateCorpus(limit ?? Number(values.generated)));
    return file;
  }
  if (limit === null) return values.corpus;
  if (values.corpus.endsWith('.jsonl')) {
    // The first N lines, streamed: reading a whole archive here would inflate this process's memory.
    const file = join(work, `first-${limit}.jsonl`);
    const lines: string[] = [];
    const input = createInterface({
      input: createReadStream(values.corpus),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of input) {
      if (line.trim() !== '') lines.push(line);
      if (lines.length >= limit) break;
    }
    input.close();
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }
  // The first N articles, as JSON Lines: the same articles every run.
  const { records } = await readCorpusFields([values.corpus]);
  const file = join(work, `first-${limit}.jsonl`);
  writeFileSync(
    file,
    `${records
      .slice(0, limit)
      .map((r) =>
        JSON.stringify({
          id: r.id,
          title: r.title,
          date: r.date,
          outlet: r.outlet,
          url: r.url,
          text: r.body,
        }),
      )
      .join('\n')}\n`,
  );
  return file;
}

/** `n` consecutive meaningful words of a text, one of them misspelt when `typo`. */
function topicFrom(text: string, n: number, typo: boolean): string | null {
  const terms = wordsOf(text).filter((w) => w.length >= 3 && !isStopword(w) && !/^\d+$/.test(w));
  if (terms.length < n) return null;
  const start = Math.floor(random() * (terms.length - n + 1));
  const words = terms.slice(start, start + n);
  if (typo) misspellOne(words);
  return words.join(' ');
}

function misspellOne(words: string[]): void {
  const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (long.length === 0) return;
  const at = pick(random, long);
  words[at] = misspell(words[at] ?? '', random);
}

/** 3–6 consecutive words of a passage (stopwords and all) with two or more meaningful ones; one misspelt. */
function phraseFrom(text: string, min: number, max: number): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  const n = min + Math.floor(random() * (max - min + 1));
  if (words.length < n) return null;
  const start = Math.floor(random() * (words.length - n + 1));
  const phrase = words.slice(start, start + n);
  if (cleanQuery(phrase.join(' ')).terms.filter((t) => !isStopword(t)).length < 2) return null;
  misspellOne(phrase);
  return phrase.join(' ');
}

function sample<T>(
  items: readonly T[],
  count: number,
  make: (item: T, i: number) => string | null,
): string[] {
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 50 && items.length > 0; tries++) {
    const made = make(pick(random, items), out.length);
    if (made) out.push(made);
  }
  return out;
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

interface StartReport {
  readyMs: number;
  loadMs: number;
  rssMB: number;
  peakRssMB: number;
  restoredIndex: boolean;
  phases: object;
}

/** Loads the corpus in a fresh process, as the bot does at start; its memory is its own. */
function startProcess(corpus: string, cacheDir: string): StartReport {
  const script = fileURLToPath(new URL('./warm.ts', import.meta.url));
  const out = execFileSync(process.execPath, [...process.execArgv, script, corpus, cacheDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
}

async function main(): Promise<void> {
  const corpus = await corpusFile();
  const cacheDir = values.cache ?? join(work, 'cache');
  const queryCount = Number(values.queries);

  let cold: StartReport = { readyMs: 0, loadMs: 0, rssMB: 0, peakRssMB: 0, restoredIndex: true, phases: {} };
  if (values.cache) console.error(`no cold ingestion: the store in ${values.cache} is used`);
  else {
    console.error(`cold ingestion of ${corpus} (a fresh process, empty store) …`);
    cold = startProcess(corpus, cacheDir);
    console.error('cold', JSON.stringify(cold));
  }
  const coldIngestMs = cold.loadMs;
  console.error('warm start (a fresh process on the cache) …');
  const warm = startProcess(corpus, cacheDir);
  console.error('warm', JSON.stringify(warm));
  const cacheMB = (name: string): number => {
    try {
      return statSync(join(corpusCacheDir(cacheDir, [corpus]), name)).size / 1e6;
    } catch {
      return 0;
    }
  };
  const warmInProcessStarted = performance.now();
  const k = await Knowledge.load([corpus], quietLog, { cacheDir });
  const warmInProcessMs = performance.now() - warmInProcessStarted;
  const articles = k.articleCount;
  const queryProcessRssMB = process.memoryUsage().rss / 1e6;
  const items = k.quotes.size + k.events.size + k.passages.size;

  console.error('questions …');
  const quoteItems = [...k.quotes.items()];
  const eventItems = [...k.events.items()];
  const passageItems = [...k.passages.items()];
  const n = (): number => 1 + Math.floor(random() * 4);
  const whoSaidQuestions = sample(quoteItems, queryCount, (item, i) =>
    topicFrom(item.quote.text, n(), i % 3 === 0),
  );
  const whatHappenedQuestions = sample(eventItems, queryCount, (item, i) =>
    topicFrom(item.event.text, n(), i % 3 === 0),
  );
  const sourceQuestions = sample(passageItems, queryCount, (item, i) => {
    const words = item.paragraph.text.split(/\s+/);
    const length = 4 + Math.floor(random() * 5);
    if (words.length < length) return null;
    const start = Math.floor(random() * (words.length - length + 1));
    const phrase = words.slice(start, start + length);
    if (i % 3 === 0) misspellOne(phrase);
    return phrase.join(' ');
  });
  const speakers = k.speakers().map((s) => s.name);
  const autocomplete = sample(quoteItems, queryCount, (item, i) => {
    const source = i % 2 === 0 && speakers.length > 0 ? pick(random, speakers) : item.quote.text;
    const words = wordsOf(source).filter((w) => w.length >= 3);
    if (words.length === 0) return null;
    const word = pick(random, words);
    return `${i % 2 === 0 ? 's' : 't'}:${word.slice(0, 1 + Math.floor(random() * Math.min(4, word.length)))}`;
  });
  // A few questions first, untimed, so the timings are of a running bot, not of the JIT warming up.
  const now = { now: new Date() };
  for (const q of whoSaidQuestions.slice(0, 5)) ask(k, { command: 'who-said', topic: q }, now);
  const whoSaidMs = whoSaidQuestions.map((q) => time(() => ask(k, { command: 'who-said', topic: q }, now)));
  const whatHappenedMs = whatHappenedQuestions.map((q) =>
    time(() => ask(k, { command: 'what-happened', topic: q }, now)),
  );
  const sourceMs = sourceQuestions.map((q) => time(() => ask(k, { command: 'source', text: q }, now)));
  const autocompleteMs = autocomplete.map((q) =>
    time(() => (q.startsWith('s:') ? listSpeakers(k, q.slice(2), 25) : suggestTopics(k, q.slice(2), 25))),
  );

  console.error('adding one article …');
  const addOneStarted = performance.now();
  const marker = `zephyrine quillborough ${Date.now().toString(36)}`;
  await k.addArticles([
    {
      id: 'bench-added-article',
      title: 'A late addition to the archive',
      body: `The council met on Monday.\n\n"We will rebuild the ${marker} bridge before winter," said Ana Ferreira, the mayor.\n\nWork starts in March.`,
      source: 'bench',
      date: '2024-01-15',
    },
  ]);
  const found = ask(k, { command: 'source', text: marker }, now).results.some(
    (r) => r.articleId === 'bench-added-article',
  );
  const addOneMs = performance.now() - addOneStarted;
  if (!found) console.error('warn: the added article was not found');

  const peakRssMB = Math.max(cold.peakRssMB, warm.peakRssMB);

  console.error(
    'recall@5 on phrase queries, and Fuse.js alone on the same items (slow: that is the point) …',
  );
  const recallCount = Number(values.recall);
  const recallTargets: { text: string; query: string }[] = [];
  for (let tries = 0; recallTargets.length < recallCount && tries < recallCount * 50; tries++) {
    const item = pick(random, passageItems);
    const query = phraseFrom(item.paragraph.text, 3, 6);
    if (query) recallTargets.push({ text: item.paragraph.text, query });
  }
  let ours = 0;
  let fuse = 0;
  const fuseMs: number[] = [];
  const oursMs: number[] = [];
  for (const target of recallTargets) {
    const query = cleanQuery(target.query);
    let hits = k.passages.search(query, { limit: 5 });
    oursMs.push(time(() => (hits = k.passages.search(query, { limit: 5 }))));
    if (hits.some((h) => h.item.paragraph.text === target.text)) ours++;
    let baseline = hits;
    fuseMs.push(time(() => (baseline = k.passages.searchFullScan(query, 5))));
    if (baseline.some((h) => h.item.paragraph.text === target.text)) fuse++;
    process.stderr.write('.');
  }
  process.stderr.write('\n');

  const result = {
    articles,
    items,
    quotes: k.quotes.size,
    events: k.events.size,
    passages: k.passages.size,
    coldIngestMs: Math.round(coldIngestMs),
    warmStartMs: Math.round(warm.readyMs),
    warmLoadMs: Math.round(warm.loadMs),
    warmInProcessMs: Math.round(warmInProcessMs),
    addOneMs: Math.round(addOneMs),
    whoSaid: timing(whoSaidMs),
    whatHappened: timing(whatHappenedMs),
    source: timing(sourceMs),
    autocomplete: timing(autocompleteMs),
    recallQueries: recallTargets.length,
    recall5: round(ours / Math.max(1, recallTargets.length), 3),
    fuseRecall5: round(fuse / Math.max(1, recallTargets.length), 3),
    recallSearch: timing(oursMs),
    fuseMedianMs: timing(fuseMs).medianMs,
    fuseP95Ms: timing(fuseMs).p95Ms,
    peakRssMB: Math.round(peakRssMB),
    coldPeakRssMB: Math.round(cold.peakRssMB),
    warmPeakRssMB: Math.round(warm.peakRssMB),
    loadedRssMB: Math.round(warm.rssMB),
    queryProcessRssMB: Math.round(queryProcessRssMB),
    storeMB: round(cacheMB(STORE_FILE) + cacheMB(`${STORE_FILE}-wal`)),
    warmPhasesMs: warm.phases,
  };
  const speedup = result.fuseP95Ms / Math.max(0.1, result.recallSearch.p95Ms);
  const rows: [string, string][] = [
    [
      'articles / items',
      `${articles} / ${items} (quotes ${result.quotes}, events ${result.events}, passages ${result.passages})`,
    ],
    ['cold ingestion', `${(coldIngestMs / 1000).toFixed(1)} s`],
    [
      'warm start (fresh process, to ready)',
      `${(warm.readyMs / 1000).toFixed(2)} s (load ${(warm.loadMs / 1000).toFixed(2)} s)`,
    ],
    ['add one article, answerable', `${result.addOneMs} ms`],
    ['who-said median / p95', `${result.whoSaid.medianMs} / ${result.whoSaid.p95Ms} ms`],
    ['what-happened median / p95', `${result.whatHappened.medianMs} / ${result.whatHappened.p95Ms} ms`],
    ['source median / p95', `${result.source.medianMs} / ${result.source.p95Ms} ms`],
    ['autocomplete median / p95', `${result.autocomplete.medianMs} / ${result.autocomplete.p95Ms} ms`],
    [
      `recall@5, ${result.recallQueries} phrase queries`,
      `${pct(result.recall5)} (Fuse.js alone ${pct(result.fuseRecall5)})`,
    ],
    ['phrase search median / p95', `${result.recallSearch.medianMs} / ${result.recallSearch.p95Ms} ms`],
    [
      'Fuse.js alone median / p95',
      `${result.fuseMedianMs} / ${result.fuseP95Ms} ms (${speedup.toFixed(0)}× slower at p95)`,
    ],
    [
      'peak RSS (cold ingestion / warm start)',
      `${result.coldPeakRssMB} / ${result.warmPeakRssMB} MB (${result.loadedRssMB} MB once loaded)`,
    ],
    ['store on disk', `${result.storeMB} MB`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`| ${'measure'.padEnd(width)} | value |`);
  console.log(`|${'-'.repeat(width + 2)}|-------|`);
  for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
  console.log(JSON.stringify(result));
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    rmSync(work, { recursive: true, force: true });
  });
