import {
  ApplicationCommandType,
  MessageFlags,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { Strings } from '../src/answer/strings.ts';
import { defineMessageCommand } from '../src/discord/command.ts';
import { searchableText } from '../src/discord/mentions.ts';
import { noPings } from '../src/discord/render.ts';
import { answerInteraction } from '../src/discord/respond.ts';

export const findSourceDefinition = {
  type: ApplicationCommandType.Message,
  name: Strings.findSourceCommand,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

export default defineMessageCommand({
  data: findSourceDefinition,
  async execute(interaction, ctx) {
    const text = searchableText(interaction.targetMessage);
    if (!text) {
      await interaction.reply({
        content: Strings.emptyMessage,
        flags: MessageFlags.Ephemeral,
        allowedMentions: noPings,
      });
      return { results: 0, total: 0 };
    }
    return answerInteraction(interaction, { command: 'source', text }, ctx);
  },
});
