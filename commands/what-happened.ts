import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { suggestTopics } from '../src/answer/index.ts';
import { defineChatCommand } from '../src/discord/command.ts';
import { DiscordLimits } from '../src/discord/limits.ts';
import { compact } from '../src/discord/questions.ts';
import { answerInteraction } from '../src/discord/respond.ts';

export const whatHappenedDefinition = {
  name: 'what-happened',
  description: 'What happened? A short timeline of matching events, each dated and cited.',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'What the events are about, e.g. "rocket launchers"',
      required: true,
      autocomplete: true,
      max_length: 300,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'when',
      description: 'Optional: when, in words, e.g. "in November" or "last week"',
      max_length: 100,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export default defineChatCommand({
  data: whatHappenedDefinition,
  execute(interaction, args, ctx) {
    return answerInteraction(
      interaction,
      { command: 'what-happened', q: { topic: args.topic.trim(), ...compact({ when: args.when }) } },
      ctx,
    );
  },
  autocomplete(option, ctx) {
    return suggestTopics(ctx.knowledge(), option.value, DiscordLimits.autocompleteChoices);
  },
});
