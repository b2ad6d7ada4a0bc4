import { createInterface, type Interface } from 'node:readline';
import { ask } from './answer/ask.ts';
import { listSpeakers } from './answer/index.ts';
import { AnswerLimits } from './answer/limits.ts';
import { COMMAND_NAMES, QUESTIONS, type Question, QuestionError, readQuestion } from './answer/questions.ts';
import { PLAIN, renderAnswer, TERMINAL } from './answer/render-text.ts';
import type { Knowledge } from './core/knowledge.ts';

const CONSOLE_HELP = `Ask as you would on Discord:
  /who-said ground operation            what was said, and by whom
  /who-said speaker: IRGC               everything a speaker said (topic: and speaker: can be combined)
  /what-happened rocket launchers       a timeline; add  when: November  to narrow it
  /source settle problems through dialogue   where a quote or claim comes from
  /verify We always try to settle problems speaker: Sadeq   did they say it, in these words?
  /more                                 the next results of the last question
  /speakers                             who is quoted in the corpus
  /help                                 this help;  /quit  leaves`;

/** "speaker: " and the other option names of the question list, wherever they appear in a line. */
const OPTION = new RegExp(
  `\\b(${[...new Set(QUESTIONS.flatMap((q) => q.options.map((o) => o.name)))].join('|')}):\\s*`,
  'gi',
);

/** "/who-said topic: x speaker: y" → a Question; a bare text is the command's main field. */
export function parseConsoleLine(line: string): Question | { error: string } | { meta: string } {
  const trimmed = line.trim();
  const match = /^\/?([\w-]+)\s*(.*)$/s.exec(trimmed);
  if (!match) return { error: 'Type /help to see what you can ask.' };
  const command = (match[1] ?? '').toLowerCase();
  const rest = match[2] ?? '';
  if (['help', 'more', 'speakers', 'quit', 'exit'].includes(command)) return { meta: command };
  if (!(COMMAND_NAMES as readonly string[]).includes(command)) {
    const close = COMMAND_NAMES.find((c) => c.startsWith(command.slice(0, 3)));
    return {
      error: `Unknown command “/${command}”.${close ? ` Did you mean /${close}?` : ''} Type /help for the list.`,
    };
  }
  const fields: Record<string, string> = { command };
  const parts = rest.split(OPTION);
  const main = (parts[0] ?? '').trim();
  for (let i = 1; i + 1 < parts.length; i += 2) {
    fields[(parts[i] ?? '').toLowerCase()] = (parts[i + 1] ?? '').trim();
  }
  if (main) fields.text = main;
  try {
    return readQuestion(fields);
  } catch (err) {
    if (err instanceof QuestionError) return { error: err.message };
    throw err;
  }
}

export interface ConsoleOptions {
  banner?: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** The clock questions are answered against (the system's unless a test fixes it). */
  now?: () => Date;
}

/** A local, Discord-free console over the same core calls as the bot and the CLI. */
export async function runConsole(knowledge: Knowledge, options: ConsoleOptions = {}): Promise<void> {
  const output = options.output ?? process.stdout;
  const now = options.now ?? (() => new Date());
  const style = (output as NodeJS.WriteStream).isTTY ? TERMINAL : PLAIN;
  const rl: Interface = createInterface({ input: options.input ?? process.stdin, output, terminal: false });
  const say = (text: string): void => {
    output.write(`${text}\n`);
  };
  if (options.banner) say(options.banner);
  say(`${knowledge.articleCount} article(s), ${knowledge.quoteCount} quote(s) loaded.`);
  say(CONSOLE_HELP);
  let last = null as { question: Question; offset: number } | null;
  const answer = (question: Question, offset: number): string => {
    last = { question, offset };
    return renderAnswer(ask(knowledge, question, { now: now(), offset }), style, 'more');
  };
  const prompt = (): void => {
    output.write('> ');
  };
  prompt();
  for await (const line of rl) {
    if (line.trim() === '') {
      prompt();
      continue;
    }
    const parsed = parseConsoleLine(line);
    if ('meta' in parsed) {
      if (parsed.meta === 'quit' || parsed.meta === 'exit') break;
      if (parsed.meta === 'help') say(CONSOLE_HELP);
      if (parsed.meta === 'speakers') say(listSpeakers(knowledge, '', 50).join('\n') || 'No speakers yet.');
      if (parsed.meta === 'more') {
        const previous = last as { question: Question; offset: number } | null;
        if (previous === null) say('Ask something first; /more shows its next results.');
        else say(answer(previous.question, previous.offset + AnswerLimits.resultsPerPage));
      }
    } else if ('error' in parsed) {
      say(parsed.error);
    } else {
      say(answer(parsed, 0));
    }
    prompt();
  }
  rl.close();
}
