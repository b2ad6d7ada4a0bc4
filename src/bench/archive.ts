import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pick, seededRandom } from './random.ts';

/**
 * npm run archive -- --out DIR [--articles 300000] [--from abp-9000.jsonl] [--seed 11]
 * Written as JSON Lines files of 10,000 articles each (part-0000.jsonl, …) in DIR: a corpus folder.
 * A large archive made from a real one, for the benchmark: the first pass is the source itself;
 * each later pass ("round") gives every source article again with (1) a quarter of its paragraphs
 * swapped for paragraphs of other articles, (2) every run of two or more capitalised words (people,
 * places, organisations) renamed to invented words, consistently within the round, and (3) its date
 * shifted by the round's offset. The same seed gives the same archive, byte for byte.
 */

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    articles: { type: 'string', default: '300000' },
    from: { type: 'string', default: '../shared/data/news/abp-9000.jsonl' },
    seed: { type: 'string', default: '11' },
  },
});
if (!values.out)
  throw new Error('usage: npm run archive -- --out DIR [--articles N] [--from FILE] [--seed N]');

interface Source {
  id: string;
  title: string;
  date: string | null;
  outlet: string | null;
  url: string | null;
  paragraphs: string[];
}

const sources: Source[] = readFileSync(values.from, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, i) => {
    const r = JSON.parse(line) as Record<string, string | null>;
    return {
      id: r.id ?? `line-${i}`,
      title: r.title ?? '',
      date: r.date ?? null,
      outlet: r.outlet ?? null,
      url: r.url ?? null,
      paragraphs: (r.text ?? '').split(/\n\s*\n/),
    };
  });

const SYLLABLES =
  'ka lo mi ra ven dor sil tam bre nu fal gor hen ix jas kel mor pin quo rus tel ul vor wyn zan'.split(' ');
const NAME_RUN = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b/g;

/** An invented word for `word` in `round`: always the same one, and different rounds differ. */
function invented(word: string, round: number, cache: Map<string, string>): string {
  const known = cache.get(word);
  if (known) return known;
  const hash = createHash('sha1').update(`${round}:${word}`).digest();
  const parts = 2 + ((hash[0] ?? 0) % 2);
  let made = '';
  for (let i = 1; i <= parts; i++) made += SYLLABLES[(hash[i] ?? 0) % SYLLABLES.length];
  const name = made.charAt(0).toUpperCase() + made.slice(1);
  cache.set(word, name);
  return name;
}

function shiftDate(date: string | null, days: number): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const total = Number(values.articles);
const random = seededRandom(Number(values.seed));
const PART = 10_000;
const dir = values.out;
mkdirSync(dir, { recursive: true });
let out: WriteStream | null = null;
const close = (stream: WriteStream): Promise<void> => new Promise<void>((done) => stream.end(() => done()));
let names = new Map<string, string>();
let currentRound = -1;
for (let i = 0; i < total; i++) {
  const round = Math.floor(i / sources.length);
  const source = sources[i % sources.length] as Source;
  if (round !== currentRound) {
    currentRound = round;
    names = new Map();
  }
  let record: Record<string, string | null>;
  if (round === 0) {
    const { paragraphs, ...fields } = source;
    record = { ...fields, text: paragraphs.join('\n\n') };
  } else {
    const rename = (text: string): string =>
      text.replace(NAME_RUN, (run) =>
        run
          .split(/\s+/)
          .map((w) => invented(w, round, names))
          .join(' '),
      );
    const paragraphs = source.paragraphs.map((p, n) =>
      n > 0 && random() < 0.25 ? (pick(random, pick(random, sources).paragraphs) ?? p) : p,
    );
    record = {
      id: `r${round}-${source.id}`,
      title: rename(source.title),
      date: shiftDate(source.date, round * 113),
      outlet: source.outlet,
      url: source.url ? `${source.url}#r${round}` : null,
      text: paragraphs.map(rename).join('\n\n'),
    };
  }
  if (i % PART === 0) {
    if (out) await close(out);
    out = createWriteStream(join(dir, `part-${String(i / PART).padStart(4, '0')}.jsonl`));
  }
  if (!out?.write(`${JSON.stringify(record)}\n`))
    await new Promise<void>((done) => out?.once('drain', () => done()));
  if (i % 10_000 === 0) process.stderr.write(`archive: ${i}/${total}\n`);
}
if (out) await close(out);
process.stderr.write(`archive: ${total} articles written to ${values.out}\n`);
