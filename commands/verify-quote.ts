import {
  ApplicationCommandType,
  MessageFlags,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { Strings } from '../src/answer/strings.ts';
import { readClaim } from '../src/answer/verify.ts';
import { defineMessageCommand } from '../src/discord/command.ts';
import { searchableText } from '../src/discord/mentions.ts';
import { noPings } from '../src/discord/render.ts';
import { answerInteraction } from '../src/discord/respond.ts';

export const verifyQuoteDefinition = {
  type: ApplicationCommandType.Message,
  name: Strings.verifyQuoteCommand,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Right-click a pasted claim → Apps → Verify quote: the speaker is read from "X said" / "— X" when given. */
export default defineMessageCommand({
  data: verifyQuoteDefinition,
  async execute(interaction, ctx) {
    const text = searchableText(interaction.targetMessage);
    const claim = text ? readClaim(text) : null;
    if (!claim?.quote) {
      await interaction.reply({
        content: Strings.emptyMessage,
        flags: MessageFlags.Ephemeral,
        allowedMentions: noPings,
      });
      return { results: 0, total: 0 };
    }
    return answerInteraction(interaction, { command: 'verify', ...claim }, ctx);
  },
});
