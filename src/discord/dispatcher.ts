import {
  type AutocompleteInteraction,
  type Client,
  Events,
  type Interaction,
  type Message,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import { COMMAND_NAMES } from '../answer/questions.ts';
import { Strings } from '../answer/strings.ts';
import type { Logger } from '../log.ts';
import type { BotContext, Command, Outcome } from './command.ts';
import { DiscordLimits } from './limits.ts';
import { readMention, searchableText } from './mentions.ts';
import { parsePageCustomId } from './paging.ts';
import { InFlight, UserRateLimiter } from './rate-limit.ts';
import { noPings } from './render.ts';
import { answerMessage, answerPageButton } from './respond.ts';
import { clip } from './text.ts';

/** Turns suggestions into valid autocomplete choices: 1–100 characters, distinct, at most 25. */
function toChoices(suggestions: readonly string[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const choices: { name: string; value: string }[] = [];
  for (const s of suggestions) {
    const name = clip(s, DiscordLimits.choiceName);
    const value = clip(s, DiscordLimits.choiceValue).replace(/…$/, '');
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name, value });
    if (choices.length === DiscordLimits.autocompleteChoices) break;
  }
  return choices;
}

interface Context {
  command: string;
  guildId: string | null;
  channelId: string | null;
  userId: string;
}

/**
 * The one place interactions and mentions come in: routing, the per-user limit, the log line per
 * question, and the one catch that turns any failure into a short apology.
 */
export class Dispatcher {
  readonly #commands: ReadonlyMap<string, Command>;
  readonly #ctx: BotContext;
  readonly #log: Logger;
  readonly #limiter = new UserRateLimiter();
  readonly inFlight = new InFlight();
  #accepting = true;

  constructor(commands: readonly Command[], ctx: BotContext) {
    this.#commands = new Map(commands.map((c) => [c.name, c]));
    this.#ctx = ctx;
    this.#log = ctx.log;
  }

  attach(client: Client): void {
    client.on(Events.InteractionCreate, (interaction) => {
      void this.inFlight.track(this.interaction(interaction));
    });
    client.on(Events.MessageCreate, (message) => {
      void this.inFlight.track(this.message(message, client));
    });
  }

  /** Stop taking new work (shutdown); what is in flight finishes. */
  stopAccepting(): void {
    this.#accepting = false;
  }

  async interaction(interaction: Interaction): Promise<void> {
    const context: Context = {
      command: this.#commandName(interaction),
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
    };
    const started = performance.now();
    try {
      if (interaction.isAutocomplete()) {
        await this.#autocomplete(interaction);
        return;
      }
      if (!interaction.isRepliable()) return;
      if (!this.#accepting) {
        await this.#ephemeral(interaction, Strings.shuttingDown);
        return;
      }
      const limited = this.#limiter.take(interaction.user.id);
      if (!limited.ok) {
        this.#log.info({ ...context, retryAfterMs: limited.retryAfterMs }, 'rate limited');
        await this.#ephemeral(interaction, Strings.rateLimited(Math.ceil(limited.retryAfterMs / 1000)));
        return;
      }
      const outcome = await this.#route(interaction, context);
      this.#log.info({ ...context, ...outcome, ms: Math.round(performance.now() - started) }, 'answered');
    } catch (err) {
      this.#log.error({ err, ...context, ms: Math.round(performance.now() - started) }, 'handler failed');
      if (interaction.isRepliable()) await this.#apologise(interaction);
    }
  }

  #commandName(interaction: Interaction): string {
    if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
    if (interaction.isButton()) return `button:${interaction.customId.split(':')[0] ?? ''}`;
    return `interaction:${interaction.type}`;
  }

  async #route(interaction: RepliableInteraction, context: Context): Promise<Outcome> {
    if (interaction.isButton()) {
      const button = parsePageCustomId(interaction.customId);
      if (!button) {
        await this.#ephemeral(interaction, Strings.pageExpired);
        return { results: 0, total: 0 };
      }
      const { command, ...outcome } = await answerPageButton(interaction, button, this.#ctx);
      context.command = `${command}:page`;
      return outcome;
    }
    if (interaction.isChatInputCommand()) {
      const command = this.#commands.get(interaction.commandName);
      if (command?.kind === 'chat') return command.execute(interaction, this.#ctx);
    } else if (interaction.isMessageContextMenuCommand()) {
      const command = this.#commands.get(interaction.commandName);
      if (command?.kind === 'message') return command.execute(interaction, this.#ctx);
    }
    await this.#ephemeral(interaction, Strings.commandGone(COMMAND_NAMES));
    return { results: 0, total: 0 };
  }

  async #autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = this.#commands.get(interaction.commandName);
    const suggestions =
      this.#accepting && command?.kind === 'chat' ? command.autocomplete(interaction, this.#ctx) : [];
    await interaction.respond(toChoices(suggestions));
  }

  async #ephemeral(interaction: RepliableInteraction, content: string): Promise<void> {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: noPings });
  }

  async #apologise(interaction: RepliableInteraction): Promise<void> {
    const reply = {
      content: Strings.apology,
      flags: MessageFlags.Ephemeral,
      allowedMentions: noPings,
    } as const;
    try {
      if (interaction.deferred || interaction.replied) await interaction.followUp(reply);
      else await interaction.reply(reply);
    } catch (err) {
      this.#log.warn({ err, interactionId: interaction.id }, 'could not send the apology');
    }
  }

  async message(message: Message, client: Client): Promise<void> {
    const me = client.user;
    if (!me || message.author.bot || message.author.id === me.id || message.system) return;
    if (!message.mentions.users.has(me.id) || !this.#accepting) return;
    const context: Context = {
      command: 'mention',
      guildId: message.guildId,
      channelId: message.channelId,
      userId: message.author.id,
    };
    const started = performance.now();
    try {
      const limited = this.#limiter.take(message.author.id);
      if (!limited.ok) {
        this.#log.info({ ...context, retryAfterMs: limited.retryAfterMs }, 'rate limited');
        if (limited.firstRefusal) {
          await message.reply({
            content: Strings.rateLimited(Math.ceil(limited.retryAfterMs / 1000)),
            allowedMentions: noPings,
          });
        }
        return;
      }
      const intent = readMention(message.content, me.id, message.reference?.messageId !== undefined);
      let outcome: Outcome;
      if (intent.kind === 'help') {
        await message.reply({ content: Strings.mentionHelp, allowedMentions: noPings });
        outcome = { results: 0, total: 0 };
      } else if (intent.kind === 'source-of-reply') {
        const referenced = await message.fetchReference();
        const text = searchableText(referenced);
        context.command = 'mention:source-of-reply';
        if (text) {
          outcome = await answerMessage(message, { command: 'source', text }, this.#ctx);
        } else {
          await message.reply({ content: Strings.replyUnreadable, allowedMentions: noPings });
          outcome = { results: 0, total: 0 };
        }
      } else {
        context.command = `mention:${intent.question.command}`;
        outcome = await answerMessage(message, intent.question, this.#ctx);
      }
      this.#log.info({ ...context, ...outcome, ms: Math.round(performance.now() - started) }, 'answered');
    } catch (err) {
      this.#log.error({ err, ...context, ms: Math.round(performance.now() - started) }, 'handler failed');
      await message
        .reply({ content: Strings.apology, allowedMentions: noPings })
        .catch((e: unknown) =>
          this.#log.warn({ err: e, messageId: message.id }, 'could not send the apology'),
        );
    }
  }
}
