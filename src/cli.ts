import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { ask } from './answer/ask.ts';
import { QUESTIONS, QuestionError, readQuestion } from './answer/questions.ts';
import { PLAIN, renderAnswer, TERMINAL } from './answer/render-text.ts';
import { Knowledge } from './core/knowledge.ts';
import { loadCorpus } from './corpus/load.ts';
import { extractArticle } from './extract/index.ts';
import { createLogger } from './log.ts';
import { DEFAULT_CORPUS } from './paths.ts';

const USAGE = `Usage:
  npm run cli -- ask who-said "ground operation" [--speaker NAME] [--json] [--corpus PATH]...
  npm run cli -- ask what-happened "rocket launchers" [--when "November"]
  npm run cli -- ask source "settle problems through dialogue"
  npm run cli -- ask --json --corpus C --batch FILE      (one {"command":…,"topic":…} per line)
  npm run cli -- extract --json PATH...                   (quotes and events per article)
Options: --corpus PATH (repeatable; replaces seeds/), --limit N, --offset N, --json`;

/** Logs go to stderr, so stdout carries only answers (the JSON contract of the scorers). */
const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', destination: pino.destination(2) });

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function runAsk(positionals: string[], values: Record<string, unknown>): Promise<void> {
  const corpus = (values.corpus as string[] | undefined) ?? [DEFAULT_CORPUS];
  const json = values.json === true;
  const knowledge = await Knowledge.load(corpus, log);
  const batch = values.batch as string | undefined;
  const now = new Date();
  if (batch) {
    const lines = createInterface({ input: createReadStream(batch), crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      let answerLine: string;
      try {
        const fields = JSON.parse(line) as Record<string, unknown>;
        const page = { offset: numberOrUndefined(fields.offset), limit: numberOrUndefined(fields.limit) };
        answerLine = JSON.stringify(ask(knowledge, readQuestion(fields), { ...page, now }));
      } catch (error) {
        // One line out per line in, always, so answers stay aligned with their questions.
        answerLine = JSON.stringify({ error: (error as Error).message, results: [] });
      }
      process.stdout.write(`${answerLine}\n`);
    }
    return;
  }
  const [command, ...words] = positionals;
  if (!command) fail('Which question? who-said, what-happened or source.');
  const fields: Record<string, unknown> = { ...values, command };
  const text = words.join(' ');
  if (text) fields.text = text;
  try {
    const question = readQuestion(fields);
    const answer = ask(knowledge, question, {
      now,
      offset: numberOrUndefined(values.offset),
      limit: numberOrUndefined(values.limit),
    });
    process.stdout.write(
      json
        ? `${JSON.stringify(answer)}\n`
        : `${renderAnswer(answer, process.stdout.isTTY ? TERMINAL : PLAIN)}\n`,
    );
  } catch (error) {
    if (error instanceof QuestionError) fail(error.message);
    throw error;
  }
}

function numberOrUndefined(value: unknown): number | undefined {
  const n = typeof value === 'string' || typeof value === 'number' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Every question option is a string flag (--speaker, --when, …), as the question list defines them. */
const QUESTION_FLAGS = Object.fromEntries(
  QUESTIONS.flatMap((q) => q.options.map((o) => [o.name, { type: 'string' as const }])),
);

async function runExtract(positionals: string[], values: Record<string, unknown>): Promise<void> {
  if (positionals.length === 0) fail('Which files or folders? e.g. extract --json seeds/');
  const corpus = await loadCorpus(positionals, log);
  for (const article of corpus.articles) {
    const { quotes, events } = extractArticle(article);
    if (values.json === true) {
      const line = {
        id: article.id,
        title: article.title,
        date: article.date,
        quotes: quotes.map((q) => ({
          text: q.text,
          speaker: q.speaker,
          role: q.role,
          kind: q.kind,
          paragraph: q.paragraph,
          rule: q.rule,
          creditedBy: q.creditedBy,
        })),
        events: events.map((e) => ({
          text: e.text,
          date: e.date?.iso ?? null,
          precision: e.date?.precision ?? null,
          yearKnown: e.date?.yearKnown ?? null,
          expression: e.expression,
          upcoming: e.upcoming,
          paragraph: e.paragraph,
        })),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } else {
      process.stdout.write(`# ${article.title} (${article.id})\n`);
      for (const q of quotes)
        process.stdout.write(`¶${q.paragraph} [${q.kind}] ${q.speaker ?? 'not stated'}: ${q.text}\n`);
      for (const e of events)
        process.stdout.write(`¶${e.paragraph} [${e.date?.iso ?? 'undated'}] ${e.text}\n`);
      process.stdout.write('\n');
    }
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      corpus: { type: 'string', multiple: true },
      batch: { type: 'string' },
      ...QUESTION_FLAGS,
      limit: { type: 'string' },
      offset: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [subcommand, ...rest] = positionals;
  if (values.help || !subcommand) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (subcommand === 'ask') return runAsk(rest, values);
  if (subcommand === 'extract') return runExtract(rest, values);
  fail(`Unknown subcommand “${subcommand}”.`);
}

main().catch((error: unknown) => {
  log.error({ err: error }, 'the command failed');
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
