import { defineQuestionCommand } from '../src/discord/question-command.ts';

/** /who-said: its options, description and answer come from the core's question list (src/answer/questions.ts). */
export default defineQuestionCommand('who-said');
