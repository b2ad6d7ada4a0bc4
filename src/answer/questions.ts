import { Strings } from './strings.ts';

/**
 * The questions the bot answers, as data: every front end (Discord's slash commands, the console,
 * the CLI and its batch files) is built from this list, and the `Question` type is derived from it,
 * so an option added or renamed here reaches all of them and fails to compile where it is missing.
 */

/** What an option's autocomplete suggests. */
export type Suggestions = 'topics' | 'speakers' | 'outlets';

export interface OptionSpec {
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
  readonly autocomplete?: Suggestions;
  readonly maxLength: number;
}

export interface QuestionSpec {
  readonly name: string;
  readonly description: string;
  /** The option a bare text fills (`/source some words`, `cli ask source some words`). */
  readonly main: string;
  /** At least one of these must be given (who-said: a topic, a speaker or both). */
  readonly needsOneOf?: readonly string[];
  readonly options: readonly OptionSpec[];
}

export const QUESTIONS = [
  {
    name: 'who-said',
    description: 'Who said it? The best matching quotes, with speaker, date and source.',
    main: 'topic',
    needsOneOf: ['topic', 'speaker'],
    options: [
      {
        name: 'topic',
        description: 'Words from what was said, e.g. "ground operation"',
        autocomplete: 'topics',
        maxLength: 300,
      },
      {
        name: 'speaker',
        description: 'A person or organisation quoted in the corpus',
        autocomplete: 'speakers',
        maxLength: 100,
      },
    ],
  },
  {
    name: 'what-happened',
    description: 'What happened? A short timeline of matching events, each dated and cited.',
    main: 'topic',
    options: [
      {
        name: 'topic',
        description: 'What the events are about, e.g. "rocket launchers"',
        required: true,
        autocomplete: 'topics',
        maxLength: 300,
      },
      {
        name: 'when',
        description: 'Optional: when, in words, e.g. "in November" or "last week"',
        maxLength: 100,
      },
    ],
  },
  {
    name: 'source',
    description: 'Where is this from? The article and paragraph a quote or claim comes from.',
    main: 'text',
    options: [
      {
        name: 'text',
        description: 'The quote or claim, as you read it',
        required: true,
        maxLength: 1000,
      },
    ],
  },
  {
    name: 'verify',
    description: 'Did they really say it? A verdict on a quote, with where it was first reported.',
    main: 'quote',
    options: [
      {
        name: 'quote',
        description: 'The quote as it is circulating',
        required: true,
        maxLength: 1000,
      },
      {
        name: 'speaker',
        description: 'Optional: who it is attributed to',
        autocomplete: 'speakers',
        maxLength: 100,
      },
    ],
  },
] as const satisfies readonly QuestionSpec[];

type Spec = (typeof QUESTIONS)[number];
export type CommandName = Spec['name'];
export const COMMAND_NAMES: readonly CommandName[] = QUESTIONS.map((q) => q.name);

type SpecOf<C extends CommandName> = Extract<Spec, { name: C }>;
type OptionOf<C extends CommandName> = SpecOf<C>['options'][number];

/** A question's fields: required options are strings, the others may be absent. */
export type FieldsOf<C extends CommandName> = {
  [O in OptionOf<C> as O extends { required: true } ? O['name'] : never]: string;
} & {
  [O in OptionOf<C> as O extends { required: true } ? never : O['name']]?: string | undefined;
};

export type QuestionOf<C extends CommandName> = { command: C } & FieldsOf<C>;

/** One question, of any command: what the bot keeps for paging, the console parses, a batch line holds. */
export type Question = { [C in CommandName]: QuestionOf<C> }[CommandName];

export type OptionName = OptionOf<CommandName>['name'];

export function questionSpec(command: CommandName): QuestionSpec {
  const spec = QUESTIONS.find((q) => q.name === command);
  if (!spec) throw new Error(`no question spec for ${command}`);
  return spec;
}

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

/** A question that cannot be asked as given; its message is meant for the person who asked. */
export class QuestionError extends Error {
  override name = 'QuestionError';
}

/**
 * A question from loose fields (a batch line, the console, the CLI, a Discord interaction's options,
 * a saved page): checks the command and every option, trims values, drops empty ones and unknown keys.
 * A bare `text` or `topic` fills the command's main option when that is missing.
 */
export function readQuestion(fields: Readonly<Record<string, unknown>>): Question {
  const command = typeof fields.command === 'string' ? fields.command.trim().replace(/^\//, '') : '';
  if (!isCommandName(command)) throw new QuestionError(Strings.unknownCommand(command, COMMAND_NAMES));
  const spec = questionSpec(command);
  const question: Record<string, string> = { command };
  for (const option of spec.options) {
    let value = fields[option.name];
    if (value === undefined && option.name === spec.main) value = fields.text ?? fields.topic;
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new QuestionError(Strings.notText(option.name));
    const trimmed = value.trim();
    if (trimmed) question[option.name] = trimmed;
  }
  for (const option of spec.options) {
    if (option.required && !question[option.name]) {
      throw new QuestionError(Strings.missingOption(command, option.name));
    }
  }
  if (spec.needsOneOf && !spec.needsOneOf.some((name) => question[name])) {
    throw new QuestionError(Strings.needsOneOf(command, spec.needsOneOf));
  }
  return question as Question;
}
