import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import pino from 'pino';
import { AnswerLimits } from './answer/limits.ts';
import { QUESTIONS, QuestionError, type QuestionSpec, readQuestion } from './answer/questions.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { PROJECT_ROOT } from './paths.ts';

// The command line, parsed by commander: one definition per command gives its usage, its --help and
// its errors. Only the light modules are imported up front, so --help and a usage error answer at
// once; the corpus, search and extraction are imported by the command that needs them.

const NAME = 'npm run cli --';
/** What the shell sees when the usage is wrong (2, as most command-line tools). */
const USAGE_ERROR = 2;

function version(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`it must be a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

interface AskFlags {
  json?: boolean;
  corpus?: string[];
  limit?: number;
  offset?: number;
  batch?: string;
}

/** The shared start of a command that reads a corpus: configuration, logs, the corpus paths checked. */
function setUp(
  command: Command,
  paths: readonly string[] | undefined,
): { config: Config; log: Logger; corpus: string[] } {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  for (const path of paths ?? []) {
    if (!existsSync(path)) command.error(`error: ${path}: no such file or folder`, { exitCode: USAGE_ERROR });
  }
  // Logs go to stderr, so stdout carries only answers (the JSON contract of the scorers); warnings
  // only unless LOG_LEVEL asks for more.
  const log = createLogger({
    level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL,
    destination: pino.destination(2),
  });
  return { config, log, corpus: paths && paths.length > 0 ? [...paths] : [config.corpusDir] };
}

async function loadKnowledge(config: Config, log: Logger, corpus: string[]) {
  const { Knowledge } = await import('./core/knowledge.ts');
  return Knowledge.load(corpus, log, {
    // The bot's cache folder when one is configured; else the default (a cache from 200 articles on).
    ...(config.CACHE_DIR ? { cacheDir: config.cacheDir } : {}),
    progressLines: true,
  });
}

async function answerBatch(flags: AskFlags, command: Command, file: string): Promise<void> {
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    command.error(
      `error: --batch ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'}`,
      {
        exitCode: USAGE_ERROR,
      },
    );
  }
  const { config, log, corpus } = setUp(command, flags.corpus);
  const [knowledge, { answerBatchLine, batchLines }, { createReadStream }] = await Promise.all([
    loadKnowledge(config, log, corpus),
    import('./answer/batch.ts'),
    import('node:fs'),
  ]);
  const now = new Date();
  const onError = (err: unknown, line: string) =>
    log.error({ err, line: line.slice(0, 200) }, 'batch line failed');
  for await (const line of batchLines(createReadStream(file, { encoding: 'utf8' }))) {
    process.stdout.write(`${answerBatchLine(knowledge, line, { now, onError })}\n`);
  }
}

async function answerOne(
  spec: QuestionSpec,
  words: string[],
  flags: AskFlags & Record<string, unknown>,
  command: Command,
) {
  const fields: Record<string, unknown> = { command: spec.name };
  for (const option of spec.options)
    if (typeof flags[option.name] === 'string') fields[option.name] = flags[option.name];
  if (words.length > 0) fields.text = words.join(' ');
  let question: ReturnType<typeof readQuestion>;
  try {
    question = readQuestion(fields);
  } catch (error) {
    if (error instanceof QuestionError) command.error(`error: ${error.message}`, { exitCode: USAGE_ERROR });
    throw error;
  }
  const { config, log, corpus } = setUp(command, flags.corpus);
  const [knowledge, { answerJson, ask }, { PLAIN, renderAnswer, TERMINAL }] = await Promise.all([
    loadKnowledge(config, log, corpus),
    import('./answer/ask.ts'),
    import('./answer/render-text.ts'),
  ]);
  const answer = ask(knowledge, question, { now: new Date(), offset: flags.offset, limit: flags.limit });
  process.stdout.write(
    flags.json
      ? `${JSON.stringify(answerJson(answer))}\n`
      : `${renderAnswer(answer, process.stdout.isTTY ? TERMINAL : PLAIN)}\n`,
  );
}

async function extract(paths: string[], flags: { json?: boolean }, command: Command): Promise<void> {
  const { log, corpus } = setUp(command, paths);
  const [{ loadCorpus }, { extractArticle }] = await Promise.all([
    import('./corpus/load.ts'),
    import('./extract/index.ts'),
  ]);
  const loaded = await loadCorpus(corpus, log);
  for (const article of loaded.articles) {
    const { quotes, events } = extractArticle(article);
    if (flags.json === true) {
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
          rule: e.rule,
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

/** The whole command line, as data commander turns into parsing, usage lines and --help. */
export function buildProgram(): Command {
  const program = new Command(NAME)
    .description('Ask the corpus from the command line: the same answers as the bot, as text or JSON.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show the help of a command')
    .exitOverride()
    .configureHelp({ showGlobalOptions: true });

  const questionNames = QUESTIONS.map((q) => q.name).join(', ');
  // Its options are read before or after the question's name (`ask --json who-said x`, `ask who-said x --json`).
  const ask = program
    .command('ask')
    .description(`answer a question: ${questionNames} (see ask QUESTION --help)`)
    .usage('[options] QUESTION [words...]  |  ask --json --batch FILE')
    .argument('[question]', questionNames)
    .allowExcessArguments()
    .option('--json', 'print answers as JSON (one line each)')
    .option(
      '--corpus <path>',
      'a file or folder of articles, repeatable (default: CORPUS_DIR, else seeds/)',
      collect,
    )
    .option(
      '--limit <n>',
      `results per answer (default ${AnswerLimits.resultsPerPage})`,
      wholeNumber(1, AnswerLimits.maxResults),
    )
    .option('--offset <n>', 'skip this many results (the next page)', wholeNumber(0, AnswerLimits.maxResults))
    .option(
      '--batch <file>',
      'answer one JSON question a line ({"command":"who-said","topic":"…"}), one JSON answer a line',
    )
    .action(async (name: string | undefined, flags: AskFlags, command: Command) => {
      // A known question's name runs its own command below: here it is unknown, or missing.
      if (name !== undefined)
        command.error(`error: unknown question “${name}”: ask one of ${questionNames}`, {
          exitCode: USAGE_ERROR,
        });
      if (!flags.batch)
        command.error(`error: which question? one of ${questionNames}, or --batch FILE`, {
          exitCode: USAGE_ERROR,
        });
      await answerBatch(flags, command, flags.batch);
    });

  for (const spec of QUESTIONS) {
    const question = ask
      .command(spec.name)
      .description(spec.description)
      .argument('[words...]', `the ${spec.main}`);
    for (const option of spec.options)
      question.option(`--${option.name} <${option.name}>`, option.description);
    question.action(async (words: string[], _flags: unknown, command: Command) => {
      await answerOne(spec, words, command.optsWithGlobals(), command);
    });
  }

  program
    .command('extract')
    .description('print the quotes and events found in each article')
    .argument('[paths...]', 'files or folders of articles (default: CORPUS_DIR, else seeds/)')
    .option('--json', 'one JSON line per article (the scorers\u2019 contract)')
    .action(extract);

  // A usage error prints one line saying what is wrong, then the usage of the command it concerns.
  const everyCommand = (c: Command): Command[] => [c, ...c.commands.flatMap(everyCommand)];
  for (const command of everyCommand(program)) {
    const path: string[] = [];
    for (let c: Command | null = command; c; c = c.parent) path.unshift(c.name());
    command.showHelpAfterError(
      `Usage: ${path.join(' ')} ${command.usage()}\n(${path.join(' ')} --help for more)`,
    );
  }
  return program;
}

export async function runCli(argv: readonly string[]): Promise<void> {
  // `… | head -2`: the reader has gone; stop quietly rather than with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : USAGE_ERROR);
    process.stderr.write(`${NAME.split(' ')[0]} failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  }
}

await runCli(process.argv.slice(2));
