import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { suggest } from '../answer/index.ts';
import { type CommandName, QuestionError, questionSpec, readQuestion } from '../answer/questions.ts';
import type { ChatCommand } from './command.ts';
import { DiscordLimits } from './limits.ts';
import { noPings } from './render.ts';
import { answerInteraction } from './respond.ts';

/** A question's slash command as Discord registers it: every option a string, as the spec says. */
export function chatDefinition(command: CommandName): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const spec = questionSpec(command);
  return {
    name: spec.name,
    description: spec.description,
    options: spec.options.map((o) => ({
      type: ApplicationCommandOptionType.String,
      name: o.name,
      description: o.description,
      ...(o.required ? { required: true } : {}),
      ...(o.autocomplete ? { autocomplete: true } : {}),
      max_length: o.maxLength,
    })),
  };
}

/**
 * The slash command of one core question: its definition, its options read into the core's Question
 * (checked as every front end's are), its answer, and autocomplete from the corpus.
 */
export function defineQuestionCommand(command: CommandName): ChatCommand {
  const spec = questionSpec(command);
  return {
    kind: 'chat',
    name: command,
    data: chatDefinition(command),
    async execute(interaction, ctx) {
      const fields: Record<string, string | null> = { command };
      for (const option of spec.options) fields[option.name] = interaction.options.getString(option.name);
      try {
        return await answerInteraction(interaction, readQuestion(fields), ctx);
      } catch (err) {
        if (!(err instanceof QuestionError) || interaction.replied || interaction.deferred) throw err;
        await interaction.reply({
          content: err.message,
          flags: MessageFlags.Ephemeral,
          allowedMentions: noPings,
        });
        return { results: 0, total: 0 };
      }
    },
    autocomplete(interaction, ctx) {
      const focused = interaction.options.getFocused(true);
      const kind = spec.options.find((o) => o.name === focused.name)?.autocomplete;
      if (!kind) return [];
      return suggest(ctx.knowledge(), kind, String(focused.value), DiscordLimits.autocompleteChoices);
    },
  };
}
