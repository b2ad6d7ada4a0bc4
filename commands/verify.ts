import { defineQuestionCommand } from '../src/discord/question-command.ts';

/** /verify: its options, description and answer come from the core's question list (src/answer/questions.ts). */
export default defineQuestionCommand('verify');
