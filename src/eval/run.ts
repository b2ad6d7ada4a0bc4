import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RULES, RULES_OFF_VARIABLE, unknownRules } from '../extract/rules.ts';
import { PROJECT_ROOT } from '../paths.ts';

/**
 * npm run eval -- --data DIR [--without RULE]... [--sets a,b] [--no-ask] [--jobs N] [--json]
 *
 * Runs the shared scorers (DIR/../eval/score-quotes.mjs and score-dates.mjs, or --scorers DIR) on
 * every development set under DIR and prints one table: quote sets with the /who-said path (--ask),
 * date sets on their news corpus. `--without RULE` switches one extractor rule off (repeatable) to
 * measure what it is worth; `--rules` lists the names. The data is an argument: nothing here reads
 * it unless asked to.
 */

const USAGE = `Usage: npm run eval -- --data DIR [--without RULE]... [--sets ggt-dev,dates-dev] [--no-ask] [--jobs N] [--json]
       npm run eval -- --rules     (the rules --without can switch off)`;

interface QuoteSet {
  name: string;
  kind: 'quotes';
  gold: string;
  /** The set lists PolNeAR `attributions` ({source, cue, content}), not quotes: scored as quotes. */
  attributions?: true;
}
interface DateSet {
  name: string;
  kind: 'dates';
  gold: string;
  corpus: string;
}
type EvalSet = QuoteSet | DateSet;

/** The development sets, in the order of the table. */
const SETS = (data: string): EvalSet[] => [
  { name: 'ggt-dev', kind: 'quotes', gold: join(data, 'quotes/ggt-dev.jsonl') },
  { name: 'abp-quotes-dev', kind: 'quotes', gold: join(data, 'quotes/abp-quotes-dev.jsonl') },
  { name: 'polnear-dev', kind: 'quotes', gold: join(data, 'quotes/polnear-dev.jsonl'), attributions: true },
  {
    name: 'dates-dev',
    kind: 'dates',
    gold: join(data, 'dates/dates-dev.jsonl'),
    corpus: join(data, 'news/abp-9000.jsonl'),
  },
  {
    name: 'dates-dev-2',
    kind: 'dates',
    gold: join(data, 'dates/dates-dev-2.jsonl'),
    corpus: join(data, 'news/abp-9000.jsonl'),
  },
];

type Figures = Record<string, number | string>;

const QUOTE_COLUMNS = [
  'F1@0.3',
  'F1@0.8',
  'speakerFull@0.3',
  'speakerSurname@0.3',
  'askTop1',
  'askTop1Article',
  'notVerbatim',
  'predicted',
  'goldQuotes',
] as const;
const DATE_COLUMNS = ['dateAccuracy', 'withEvent', 'pastAccuracy', 'items'] as const;

/**
 * PolNeAR's attributions in the scorer's shape ({quote, speaker} per attribution), in a temporary
 * file: the content as the quote, the source mention as written as the speaker (PolNeAR does not
 * resolve mentions, so the set's speaker figures are not comparable with the others').
 */
function asQuotes(gold: string, work: string): string {
  const lines = readFileSync(gold, 'utf8').split('\n').filter(Boolean);
  const converted = lines.map((line) => {
    const article = JSON.parse(line) as { attributions?: Array<{ source?: string; content?: string }> };
    const quotes = (article.attributions ?? []).map((a) => ({
      quote: a.content ?? '',
      speaker: a.source ?? '',
    }));
    return JSON.stringify({ ...article, attributions: undefined, quotes });
  });
  const file = join(work, basename(gold));
  writeFileSync(file, `${converted.join('\n')}\n`);
  return file;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** Runs one scorer; resolves to the JSON summary it prints last. */
function score(scorer: string, args: string[], env: NodeJS.ProcessEnv): Promise<Figures> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [scorer, ...args], { cwd: PROJECT_ROOT, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        done(JSON.parse(last) as Figures);
      } catch {
        reject(new Error(`${scorer} failed: ${(last || err).slice(-300)}`));
      }
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      scorers: { type: 'string' },
      without: { type: 'string', multiple: true },
      sets: { type: 'string' },
      'no-ask': { type: 'boolean' },
      'no-build': { type: 'boolean' },
      jobs: { type: 'string', default: '1' },
      json: { type: 'boolean' },
      rules: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.rules) {
    for (const [name, what] of Object.entries(RULES)) process.stdout.write(`${name.padEnd(22)} ${what}\n`);
    return;
  }
  if (!values.data) fail('Where are the development sets? --data ../shared/data');
  const data = resolve(values.data);
  const scorers = resolve(values.scorers ?? join(data, '../eval'));
  const without = values.without ?? [];
  const unknown = unknownRules(without);
  if (unknown.length > 0) fail(`No rule called ${unknown.join(', ')}; npm run eval -- --rules lists them.`);
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) fail('--jobs takes a whole number, 1 or more.');
  let sets = SETS(data);
  if (values.sets) {
    const wanted = values.sets.split(',').map((s) => s.trim());
    const missing = wanted.filter((w) => !sets.some((s) => s.name === w));
    if (missing.length > 0)
      fail(`No set called ${missing.join(', ')}; the sets are ${sets.map((s) => s.name).join(', ')}.`);
    sets = sets.filter((s) => wanted.includes(s.name));
  }
  for (const file of [
    ...sets.flatMap((s) => (s.kind === 'dates' ? [s.gold, s.corpus] : [s.gold])),
    join(scorers, 'score-quotes.mjs'),
  ])
    if (!existsSync(file)) fail(`${file} is missing: is --data the folder holding quotes/ and dates/?`);

  // `npm run cli` runs the compiled build: bring it up to date once, not in every parallel scorer.
  const build = values['no-build']
    ? { status: 0 }
    : spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {
        cwd: PROJECT_ROOT,
        stdio: 'inherit',
      });
  if (build.status !== 0) fail('The build failed (node scripts/build.mjs): fix it before scoring.');
  const work = mkdtempSync(join(tmpdir(), 'newsdesk-eval-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const env = { ...process.env, [RULES_OFF_VARIABLE]: without.join(',') };
  const started = Date.now();
  const results = new Map<string, Figures>();
  const queue = [...sets];
  const worker = async (): Promise<void> => {
    for (let set = queue.shift(); set; set = queue.shift()) {
      process.stderr.write(`scoring ${set.name}…\n`);
      const figures =
        set.kind === 'quotes'
          ? await score(
              join(scorers, 'score-quotes.mjs'),
              [
                '--gold',
                set.attributions ? asQuotes(set.gold, work) : set.gold,
                '--json',
                ...(values['no-ask'] ? [] : ['--ask']),
              ],
              env,
            )
          : await score(join(scorers, 'score-dates.mjs'), ['--gold', set.gold, '--corpus', set.corpus], env);
      results.set(set.name, figures);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, sets.length) }, worker));

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ without, sets: Object.fromEntries(sets.map((s) => [s.name, results.get(s.name)])) })}\n`,
    );
    return;
  }
  const cell = (figures: Figures | undefined, column: string): string => String(figures?.[column] ?? '—');
  const table = (rows: EvalSet[], columns: readonly string[]): string =>
    rows.length === 0
      ? ''
      : [
          `| set | ${columns.join(' | ')} |`,
          `|---|${columns.map(() => '---').join('|')}|`,
          ...rows.map(
            (s) => `| ${s.name} | ${columns.map((c) => cell(results.get(s.name), c)).join(' | ')} |`,
          ),
        ].join('\n');
  const quoteRows = sets.filter((s) => s.kind === 'quotes');
  const dateRows = sets.filter((s) => s.kind === 'dates');
  const blocks = [
    without.length > 0 ? `without: ${without.join(', ')}` : 'all rules on',
    table(quoteRows, values['no-ask'] ? QUOTE_COLUMNS.filter((c) => !c.startsWith('ask')) : QUOTE_COLUMNS),
    table(dateRows, DATE_COLUMNS),
    `(${Math.round((Date.now() - started) / 1000)} s)`,
  ];
  process.stdout.write(`${blocks.filter(Boolean).join('\n\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
