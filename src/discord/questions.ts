import { findSource, whatHappened, whoSaid } from '../answer/index.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type {
  Answer,
  EventResult,
  QuoteResult,
  SourceQuestion,
  SourceResult,
  WhatHappenedQuestion,
  WhoSaidQuestion,
} from '../core/types.ts';

/** A question as the bot keeps it (for paging): which command, and the core's question without paging. */
export type Question =
  | { command: 'who-said'; q: Omit<WhoSaidQuestion, 'offset' | 'limit'> }
  | { command: 'what-happened'; q: Omit<WhatHappenedQuestion, 'offset' | 'limit'> }
  | { command: 'source'; q: Omit<SourceQuestion, 'offset' | 'limit'> };

export type AnyAnswer =
  | { command: 'who-said'; answer: Answer<QuoteResult> }
  | { command: 'what-happened'; answer: Answer<EventResult> }
  | { command: 'source'; answer: Answer<SourceResult> };

/** Asks the core; the Discord layer's only way in. */
export function ask(k: Knowledge, question: Question, offset: number, limit: number): AnyAnswer {
  switch (question.command) {
    case 'who-said':
      return { command: question.command, answer: whoSaid(k, { ...question.q, offset, limit }) };
    case 'what-happened':
      return { command: question.command, answer: whatHappened(k, { ...question.q, offset, limit }) };
    case 'source':
      return { command: question.command, answer: findSource(k, { ...question.q, offset, limit }) };
  }
}

/** Drops undefined values so optional question fields are absent rather than undefined. */
export function compact<T extends Record<string, string | undefined>>(
  fields: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const v = value?.trim();
    if (v) out[key] = v;
  }
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
