import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineChatCommand } from '../src/discord/command.ts';
import { answerInteraction } from '../src/discord/respond.ts';

export const sourceDefinition = {
  name: 'source',
  description: 'Where is this from? The article and paragraph a quote or claim comes from.',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'text',
      description: 'The quote or claim, as you read it',
      required: true,
      max_length: 1000,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default defineChatCommand({
  data: sourceDefinition,
  execute(interaction, args, ctx) {
    return answerInteraction(interaction, { command: 'source', q: { text: args.text.trim() } }, ctx);
  },
});
