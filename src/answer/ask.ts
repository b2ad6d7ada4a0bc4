import type { Knowledge } from '../core/knowledge.ts';
import type { Answer, EventResult, PageRequest, QuoteResult, SourceResult } from '../core/types.ts';
import { findSource, whatHappened, whoSaid } from './index.ts';
import type { CommandName, Question } from './questions.ts';
import { type VerifyAnswer, verifyQuote } from './verify.ts';

/** An answer of any command, told apart by its `command`. */
export type AnyAnswer =
  | (Answer<QuoteResult> & { command: 'who-said' })
  | (Answer<EventResult> & { command: 'what-happened' })
  | (Answer<SourceResult> & { command: 'source' })
  | (VerifyAnswer & { command: 'verify' });

export type AnswerOf<C extends CommandName> = Extract<AnyAnswer, { command: C }>;

export interface AskOptions extends PageRequest {
  /** Today, for words such as "last week": the caller's clock, never read here. */
  now: Date;
}

/** Routes a question to its answer: the one place that maps commands to core calls, for every front end. */
export function ask(k: Knowledge, question: Question, options: AskOptions): AnyAnswer {
  const { now, ...page } = options;
  switch (question.command) {
    case 'who-said': {
      const { command, ...fields } = question;
      return { ...whoSaid(k, { ...fields, ...page }), command };
    }
    case 'what-happened': {
      const { command, ...fields } = question;
      return { ...whatHappened(k, { ...fields, ...page }, now), command };
    }
    case 'source': {
      const { command, ...fields } = question;
      return { ...findSource(k, { ...fields, ...page }), command };
    }
    case 'verify': {
      const { command, ...fields } = question;
      return { ...verifyQuote(k, { ...fields, ...page }), command };
    }
  }
}

/** An answer as the CLI's --json prints it: /verify's evidence is `matches`, the others' `results`. */
export function answerJson(answer: AnyAnswer): Record<string, unknown> {
  if (answer.command !== 'verify') return { ...answer };
  const { results, ...rest } = answer;
  return { ...rest, matches: results };
}
