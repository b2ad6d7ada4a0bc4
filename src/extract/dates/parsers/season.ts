import type * as chrono from 'chrono-node';
import { yearValue } from '../../../core/calendar.ts';
import { SEASON_ALTERNATION } from '../../lexicon/seasons.ts';
import { resolveSeason } from '../conventions.ts';
import { mentionContext, ownResult } from '../rule.ts';
import { tenseAround } from '../tense.ts';

const SEASON = new RegExp(
  String.raw`\b(?:(this|last|next|past|coming|early|late|the|in|of)\s+(?:(?:early|late)\s+)?)?(${SEASON_ALTERNATION})\b(?:\s+(?:of\s+)?((?:1[89]|20)\d\d)\b)?(?:\s+(day|morning|afternoon|evening|night|season|semester|term|campaign|session|offensive))?`,
  'i',
);

/**
 * `season`: "this spring", "last fall", "the spring of 2014", "the summer offensive" — the season's
 * year (seasons resolve to their year). "fall" and "spring" are verbs and nouns too: a season needs a
 * determiner, a year or a following noun, and "the fall of Kabul" is an event, not a season.
 */
export class SeasonParser implements chrono.Parser {
  readonly name = 'season';
  pattern(): RegExp {
    return SEASON;
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult | null {
    const sentence = context.text;
    const index = m.index ?? 0;
    const modifier = (m[1] ?? '').toLowerCase();
    const season = (m[2] ?? '').toLowerCase();
    const explicitYear = m[3];
    const isSeason =
      explicitYear || m[4] || /^(this|last|next|past|coming|early|late|the|in|of)$/.test(modifier);
    if (!isSeason) return null;
    if (modifier === 'the' && !m[4] && !/\bin\s+the\s*$/i.test(sentence.slice(0, index + 4))) {
      if (/^\s+of\b/.test(sentence.slice(index + m[0].length))) return null;
    }
    const expression = m[0];
    const reference = mentionContext(context).reference;
    let date = null;
    if (explicitYear) date = yearValue(Number(explicitYear));
    else if (reference) {
      const tense = tenseAround(sentence, index, index + expression.length);
      date = yearValue(resolveSeason(season, modifier, reference, tense));
    }
    return ownResult(context, this.name, index, expression, date);
  }
}
