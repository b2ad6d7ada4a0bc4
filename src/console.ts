import { createInterface, type Interface } from 'node:readline';
import { ask, COMMANDS, type Question, UnknownCommand } from './answer/ask.ts';
import { listSpeakers, PAGE_SIZE } from './answer/index.ts';
import { PLAIN, renderAnswer, TERMINAL } from './answer/render-text.ts';
import type { Knowledge } from './core/knowledge.ts';

export const CONSOLE_HELP = `Ask as you would on Discord:
  /who-said ground operation            what was said, and by whom
  /who-said speaker: IRGC               everything a speaker said (topic: and speaker: can be combined)
  /what-happened rocket launchers       a timeline; add  when: November  to narrow it
  /source settle problems through dialogue   where a quote or claim comes from
  /more                                 the next results of the last question
  /speakers                             who is quoted in the corpus
  /help                                 this help;  /quit  leaves`;

const OPTION = /\b(topic|speaker|when|text):\s*/gi;

/** "/who-said topic: x speaker: y" → a Question; a bare text is the command's main field. */
export function parseConsoleLine(line: string): Question | { error: string } | { meta: string } {
  const trimmed = line.trim();
  const match = /^\/?([\w-]+)\s*(.*)$/s.exec(trimmed);
  if (!match) return { error: 'Type /help to see what you can ask.' };
  const command = (match[1] ?? '').toLowerCase();
  const rest = match[2] ?? '';
  if (['help', 'more', 'speakers', 'quit', 'exit'].includes(command)) return { meta: command };
  if (!(COMMANDS as readonly string[]).includes(command)) {
    const close = COMMANDS.find((c) => c.startsWith(command.slice(0, 3)));
    return {
      error: `Unknown command “/${command}”.${close ? ` Did you mean /${close}?` : ''} Type /help for the list.`,
    };
  }
  const question: Question = { command };
  const parts = rest.split(OPTION);
  const main = (parts[0] ?? '').trim();
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const key = (parts[i] ?? '').toLowerCase() as 'topic' | 'speaker' | 'when' | 'text';
    question[key] = (parts[i + 1] ?? '').trim();
  }
  if (main) {
    if (command === 'source') question.text ??= main;
    else question.topic ??= main;
  }
  return question;
}

export interface ConsoleOptions {
  banner?: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** A local, Discord-free console over the same core calls as the bot and the CLI. */
export async function runConsole(knowledge: Knowledge, options: ConsoleOptions = {}): Promise<void> {
  const output = options.output ?? process.stdout;
  const style = (output as NodeJS.WriteStream).isTTY ? TERMINAL : PLAIN;
  const rl: Interface = createInterface({ input: options.input ?? process.stdin, output, terminal: false });
  const say = (text: string): void => {
    output.write(`${text}\n`);
  };
  if (options.banner) say(options.banner);
  say(`${knowledge.articleCount} article(s), ${knowledge.quoteCount} quote(s) loaded.`);
  say(CONSOLE_HELP);
  let last = null as Question | null;
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
        const previous: Question | null = last;
        if (previous === null) say('Ask something first; /more shows its next results.');
        else {
          last = { ...previous, offset: (previous.offset ?? 0) + PAGE_SIZE };
          say(renderAnswer(ask(knowledge, last), style));
        }
      }
    } else if ('error' in parsed) {
      say(parsed.error);
    } else {
      try {
        last = parsed;
        say(renderAnswer(ask(knowledge, parsed), style));
      } catch (error) {
        if (!(error instanceof UnknownCommand)) throw error;
        say(error.message);
      }
    }
    prompt();
  }
  rl.close();
}
