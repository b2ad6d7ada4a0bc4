import type * as chrono from 'chrono-node';
import { monthValue, yearlessMonth } from '../../../core/calendar.ts';
import { MONTH_NAME_ALTERNATION, monthNumber } from '../../lexicon/months.ts';
import { yearFor, yearForModifiedMonth } from '../conventions.ts';
import { mentionContext, ownResult } from '../rule.ts';
import { tenseAround } from '../tense.ts';

// The words before may open a sentence ("Last May"); the month name must be capitalised.
const MONTH_ALONE = new RegExp(
  String.raw`\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Aa]|[Tt]he|of|[Tt]hrough|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring)\s+|([Mm]id)-)?(${MONTH_NAME_ALTERNATION})\b(?!\s+\d)`,
);

/** "May's leadership" is a person's; "last May's vote" is the month's. */
export function possessiveMayIsAName(sentence: string, mayIndex: number): boolean {
  if (!/^May['’]s\b/.test(sentence.slice(mayIndex, mayIndex + 5))) return false;
  return !/\b(?:last|this|next|early|late)\s+$/i.test(sentence.slice(Math.max(0, mayIndex - 8), mayIndex));
}

/**
 * `month-alone`: a month name chrono leaves alone ("in a May column", "since May", "last March"); a
 * fallback, kept only where no other rule dates the words. "May" and "March" are also a modal, a
 * name and a verb: only after a preposition or determiner.
 */
export class MonthAloneParser implements chrono.Parser {
  readonly name = 'month-alone';
  pattern(): RegExp {
    return MONTH_ALONE;
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult | null {
    const sentence = context.text;
    const modifier = (m[1] ?? m[2] ?? '').toLowerCase();
    const name = m[3] ?? '';
    const index = m.index ?? 0;
    if ((name === 'May' || name === 'March') && !modifier) return null;
    if (name === 'May' && possessiveMayIsAName(sentence, index + m[0].length - 3)) return null;
    const month = monthNumber(name) ?? 1;
    const expression = m[0];
    const { reference } = mentionContext(context);
    let date = yearlessMonth(month);
    if (reference) {
      if (modifier === 'last' || modifier === 'next' || modifier === 'this')
        date = monthValue(yearForModifiedMonth(month, modifier, reference), month);
      else
        date = monthValue(
          yearFor(month, null, reference, tenseAround(sentence, index, index + expression.length)),
          month,
        );
    }
    return ownResult(context, this.name, index, expression, date, { fallback: true });
  }
}
