import type {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Knowledge } from '../core/knowledge.ts';
import type { Logger } from '../log.ts';
import type { PageStore } from './paging.ts';
import type { LatencyWindow } from './rate-limit.ts';

/** What every handler may use: the corpus as loaded right now, the clock, paging state, timing, the logger. */
export interface BotContext {
  knowledge(): Knowledge;
  /** Today, for questions such as "last week" (a test's fixed clock, else the system's). */
  now(): Date;
  pages: PageStore;
  latency: LatencyWindow;
  log: Logger;
}

/** What a handler reports for the one log line per question. */
export interface Outcome {
  results: number;
  total: number;
}

interface StringOptionDefinition {
  readonly name: string;
  readonly type: ApplicationCommandOptionType.String;
  readonly required?: boolean;
}

/**
 * For chat commands that are not core questions (the questions are built by defineQuestionCommand).
 * A handler's arguments, derived from its definition: renaming an option in the definition fails to
 * compile in the handler. Required options are strings, the others may be undefined.
 */
type ArgsOf<D> = D extends { readonly options: readonly (infer O)[] }
  ? {
      [P in O as P extends StringOptionDefinition ? P['name'] : never]: P extends { readonly required: true }
        ? string
        : string | undefined;
    }
  : Record<string, never>;

export interface ChatCommandSpec<D extends RESTPostAPIChatInputApplicationCommandsJSONBody> {
  readonly data: D;
  execute(interaction: ChatInputCommandInteraction, args: ArgsOf<D>, ctx: BotContext): Promise<Outcome>;
  /** Suggestions for the focused option (the dispatcher trims them to Discord's limits). */
  autocomplete?(option: { name: keyof ArgsOf<D> & string; value: string }, ctx: BotContext): string[];
}

export interface ChatCommand {
  readonly kind: 'chat';
  readonly name: string;
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<Outcome>;
  autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): string[];
}

export interface MessageCommand {
  readonly kind: 'message';
  readonly name: string;
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody & { type: ApplicationCommandType.Message };
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<Outcome>;
}

export type Command = ChatCommand | MessageCommand;

function readArgs<D extends RESTPostAPIChatInputApplicationCommandsJSONBody>(
  interaction: ChatInputCommandInteraction,
  data: D,
): ArgsOf<D> {
  const args: Record<string, string | undefined> = {};
  for (const option of data.options ?? []) {
    args[option.name] = interaction.options.getString(option.name, false) ?? undefined;
  }
  return args as ArgsOf<D>;
}

export function defineChatCommand<const D extends RESTPostAPIChatInputApplicationCommandsJSONBody>(
  spec: ChatCommandSpec<D>,
): ChatCommand {
  return {
    kind: 'chat',
    name: spec.data.name,
    data: spec.data,
    execute: (interaction, ctx) => spec.execute(interaction, readArgs(interaction, spec.data), ctx),
    autocomplete: (interaction, ctx) => {
      const focused = interaction.options.getFocused(true);
      if (!spec.autocomplete) return [];
      return spec.autocomplete(
        { name: focused.name as keyof ArgsOf<D> & string, value: String(focused.value) },
        ctx,
      );
    },
  };
}

export function defineMessageCommand(spec: Omit<MessageCommand, 'kind' | 'name'>): MessageCommand {
  return { kind: 'message', name: spec.data.name, ...spec };
}
