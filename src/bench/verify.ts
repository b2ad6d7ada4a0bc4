import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type AnswerOf, ask } from '../answer/ask.ts';
import { namesSpeaker } from '../answer/speakers.ts';
import { Knowledge, type QuoteItem } from '../core/knowledge.ts';
import type { LogSink } from '../core/log-sink.ts';
import { isStopword, wordsOf } from '../search/query.ts';
import { pick, seededRandom } from './random.ts';

/**
 * The /verify benchmark: `npm run bench:verify -- CORPUS [--claims 400] [--seed 10]`. A seeded set of
 * claims is built from the corpus's own quotes, in five classes of equal size, and each claim's
 * verdict is compared with the one its class calls for:
 *   verbatim      a direct quote, word for word, with the speaker the article credits → verified
 *   other-speaker the same, credited to another speaker of the corpus            → misattributed
 *   altered       one or two words inside the quote changed or dropped            → altered
 *   trimmed       a contiguous part of a longer quote, with its speaker           → verified, trimmed
 *   not-found     a quote's sentence with every meaningful word swapped for a
 *                 random word of the corpus: a sentence in no article            → not-found
 * Prints accuracy per class and the latency of each verify (median / p95) as a table, then one JSON line.
 */

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    claims: { type: 'string', default: '400' },
    seed: { type: 'string', default: '10' },
  },
});
const corpus = positionals[0];
if (!corpus) {
  process.stderr.write('Usage: npm run bench:verify -- CORPUS.jsonl [--claims 400] [--seed 10]\n');
  process.exit(2);
}
const random = seededRandom(Number(values.seed));
const NOW = new Date();

type ClaimClass = 'verbatim' | 'other-speaker' | 'altered' | 'trimmed' | 'not-found';
const CLASSES: readonly ClaimClass[] = ['verbatim', 'other-speaker', 'altered', 'trimmed', 'not-found'];

interface Claim {
  kind: ClaimClass;
  quote: string;
  speaker: string;
}

const quietLog: LogSink = {
  info: (fields, message) => {
    if (message === 'knowledge ready') console.error(message, JSON.stringify(fields));
  },
  warn: (fields, message) => console.error('warn:', message, fields),
};

/** The words of a quote as written, without the quotation marks around it. */
const tokens = (text: string): string[] =>
  text
    .replace(/^[\s"“”'‘’«»]+|[\s"“”'‘’«»]+$/g, '')
    .split(/\s+/)
    .filter(Boolean);

/** A word inside the quote (not its first or last) that carries meaning: changing it is an alteration. */
function innerWordIndex(words: readonly string[]): number | null {
  const inner = words
    .map((w, i) => ({ w: wordsOf(w)[0] ?? '', i }))
    .filter(({ w, i }) => i > 0 && i < words.length - 1 && w.length >= 4 && !isStopword(w));
  return inner.length > 0 ? pick(random, inner).i : null;
}

function makeClaim(
  kind: ClaimClass,
  item: QuoteItem,
  speakers: readonly string[],
  vocabulary: readonly string[],
): Claim | null {
  const words = tokens(item.quote.text);
  const speaker = item.quote.speaker ?? '';
  switch (kind) {
    case 'verbatim':
      return { kind, quote: words.join(' '), speaker };
    case 'other-speaker': {
      const other = pick(random, speakers);
      if (namesSpeaker(other, speaker) || namesSpeaker(speaker, other)) return null;
      return { kind, quote: words.join(' '), speaker: other };
    }
    case 'altered': {
      const changed = [...words];
      const edits = 1 + Math.floor(random() * 2);
      for (let e = 0; e < edits; e++) {
        const at = innerWordIndex(changed);
        if (at === null) return null;
        if (random() < 0.5) changed.splice(at, 1);
        else changed[at] = pick(random, vocabulary);
      }
      return { kind, quote: changed.join(' '), speaker };
    }
    case 'trimmed': {
      const keep = Math.max(6, Math.floor(words.length * (0.4 + random() * 0.3)));
      if (words.length - keep < 2) return null;
      const start = 1 + Math.floor(random() * (words.length - keep - 1));
      return { kind, quote: words.slice(start, start + keep).join(' '), speaker };
    }
    case 'not-found':
      return {
        kind,
        quote: words
          .map((w) => {
            const word = wordsOf(w)[0] ?? '';
            return word.length >= 3 && !isStopword(word) ? pick(random, vocabulary) : w;
          })
          .join(' '),
        speaker: '',
      };
  }
}

function timing(samples: readonly number[]): { medianMs: number; p95Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { medianMs: Math.round(at(0.5) * 10) / 10, p95Ms: Math.round(at(0.95) * 10) / 10 };
}

const expected = (claim: Claim, a: AnswerOf<'verify'>): boolean => {
  switch (claim.kind) {
    case 'verbatim':
      return a.verdict === 'verified';
    case 'other-speaker':
      return a.verdict === 'misattributed';
    case 'altered':
      return a.verdict === 'altered';
    case 'trimmed':
      return a.verdict === 'verified' && a.trimmed;
    case 'not-found':
      return a.verdict === 'not-found';
  }
};

async function main(): Promise<void> {
  const k = await Knowledge.load([corpus as string], quietLog);
  // Direct quotes of 10–60 words with a credited speaker: what circulates as "X said …".
  const pool = [...k.quotes.items()].filter((item) => {
    const n = tokens(item.quote.text).length;
    return item.quote.kind === 'direct' && item.quote.speaker !== null && n >= 10 && n <= 60;
  });
  const speakers = k
    .speakers()
    .filter((s) => s.quotes >= 3)
    .map((s) => s.name);
  const vocabulary = [
    ...new Set(
      pool.flatMap((item) => wordsOf(item.quote.text)).filter((w) => w.length >= 4 && !isStopword(w)),
    ),
  ];
  const perClass = Math.floor(Number(values.claims) / CLASSES.length);
  const claims: Claim[] = [];
  for (const kind of CLASSES) {
    let made = 0;
    for (let tries = 0; made < perClass && tries < perClass * 50; tries++) {
      const claim = makeClaim(kind, pick(random, pool), speakers, vocabulary);
      if (claim) {
        claims.push(claim);
        made++;
      }
    }
  }
  // Untimed warm-up, so the timings are of a running bot.
  for (const claim of claims.slice(0, 5)) ask(k, { command: 'verify', quote: claim.quote }, { now: NOW });

  const rows = new Map<ClaimClass, { right: number; total: number; wrong: Record<string, number> }>();
  const ms: number[] = [];
  const misses: { kind: ClaimClass; verdict: string; quote: string; speaker: string }[] = [];
  for (const claim of claims) {
    const started = performance.now();
    const a = ask(
      k,
      { command: 'verify', quote: claim.quote, ...(claim.speaker ? { speaker: claim.speaker } : {}) },
      { now: NOW },
    ) as AnswerOf<'verify'>;
    ms.push(performance.now() - started);
    const row = rows.get(claim.kind) ?? { right: 0, total: 0, wrong: {} };
    row.total++;
    if (expected(claim, a)) row.right++;
    else {
      const label = a.verdict + (a.trimmed ? '+trimmed' : '');
      row.wrong[label] = (row.wrong[label] ?? 0) + 1;
      misses.push({
        kind: claim.kind,
        verdict: label,
        quote: claim.quote.slice(0, 160),
        speaker: claim.speaker,
      });
    }
    rows.set(claim.kind, row);
  }
  const pct = (r: number, t: number) => (t === 0 ? 0 : Math.round((1000 * r) / t) / 10);
  const right = [...rows.values()].reduce((n, r) => n + r.right, 0);
  const t = timing(ms);
  const lines = [
    `| class | claims | right | accuracy | wrong verdicts |`,
    `|---|---|---|---|---|`,
    ...CLASSES.map((c) => {
      const r = rows.get(c) ?? { right: 0, total: 0, wrong: {} };
      const wrong = Object.entries(r.wrong)
        .map(([v, n]) => `${v} ${n}`)
        .join(', ');
      return `| ${c} | ${r.total} | ${r.right} | ${pct(r.right, r.total)}% | ${wrong || '—'} |`;
    }),
    `| **all** | ${claims.length} | ${right} | ${pct(right, claims.length)}% | |`,
    '',
    `verify latency: median ${t.medianMs} ms, p95 ${t.p95Ms} ms (${claims.length} claims, seed ${values.seed}, ${k.articleCount} articles)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (process.env.VERIFY_MISSES) for (const m of misses) console.error(JSON.stringify(m));
  process.stdout.write(
    `${JSON.stringify({
      claims: claims.length,
      accuracy: pct(right, claims.length),
      perClass: Object.fromEntries(
        CLASSES.map((c) => [c, pct(rows.get(c)?.right ?? 0, rows.get(c)?.total ?? 0)]),
      ),
      ...t,
    })}\n`,
  );
}

await main();
