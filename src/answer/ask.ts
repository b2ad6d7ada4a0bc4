import type { Knowledge } from '../core/knowledge.ts';
import type { Answer, CommandName, EventResult, QuoteResult, SourceResult } from '../core/types.ts';
import { findSource, whatHappened, whoSaid } from './index.ts';

/** A question as the CLI, the console and the batch file give it: a command and its fields. */
export interface Question {
  command: string;
  topic?: string;
  speaker?: string;
  when?: string;
  text?: string;
  offset?: number;
  limit?: number;
}

export const COMMANDS: readonly CommandName[] = ['who-said', 'what-happened', 'source'];

export class UnknownCommand extends Error {
  constructor(readonly command: string) {
    super(`Unknown command “${command}”. Try one of: ${COMMANDS.join(', ')}.`);
  }
}

/** Routes a question to its answer; the one place that maps command names to core calls. */
export function ask(k: Knowledge, q: Question): Answer<QuoteResult | EventResult | SourceResult> {
  const paging = { offset: q.offset, limit: q.limit };
  switch (q.command) {
    case 'who-said':
      return whoSaid(k, { ...paging, topic: q.topic ?? q.text, speaker: q.speaker });
    case 'what-happened':
      return whatHappened(k, { ...paging, topic: q.topic ?? q.text ?? '', when: q.when });
    case 'source':
      return findSource(k, { ...paging, text: q.text ?? q.topic ?? '' });
    default:
      throw new UnknownCommand(q.command);
  }
}
