import {
  ApplicationCommandOptionType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { listSpeakers, suggestTopics } from '../src/answer/index.ts';
import { defineChatCommand } from '../src/discord/command.ts';
import { DiscordLimits } from '../src/discord/limits.ts';
import { compact } from '../src/discord/questions.ts';
import { noPings } from '../src/discord/render.ts';
import { answerInteraction } from '../src/discord/respond.ts';
import { Strings } from '../src/discord/strings.ts';

export const whoSaidDefinition = {
  name: 'who-said',
  description: 'Who said it? The best matching quotes, with speaker, date and source.',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'Words from what was said, e.g. "ground operation"',
      autocomplete: true,
      max_length: 300,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'speaker',
      description: 'A person or organisation quoted in the corpus',
      autocomplete: true,
      max_length: 100,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default defineChatCommand({
  data: whoSaidDefinition,
  async execute(interaction, args, ctx) {
    const q = compact({ topic: args.topic, speaker: args.speaker });
    if (!q.topic && !q.speaker) {
      await interaction.reply({
        content: Strings.whoSaidNeedsInput,
        flags: MessageFlags.Ephemeral,
        allowedMentions: noPings,
      });
      return { results: 0, total: 0 };
    }
    return answerInteraction(interaction, { command: 'who-said', q }, ctx);
  },
  autocomplete(option, ctx) {
    const limit = DiscordLimits.autocompleteChoices;
    return option.name === 'speaker'
      ? listSpeakers(ctx.knowledge(), option.value, limit)
      : suggestTopics(ctx.knowledge(), option.value, limit);
  },
});
