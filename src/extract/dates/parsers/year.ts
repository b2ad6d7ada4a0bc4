import type * as chrono from 'chrono-node';
import { yearValue } from '../../../core/calendar.ts';
import { ownResult } from '../rule.ts';

/**
 * `year`: a year on its own — "in 2014", "the 2016 race", "early 2020", "2008–2009" — but not a
 * decade ("the 1990s"), money ("$2014"), a count or share ("2,014", "2014%"), a clock time or a number
 * ("No. 2014"). chrono reads years only inside fuller dates.
 */
export class YearParser implements chrono.Parser {
  readonly name = 'year';
  pattern(): RegExp {
    return /(?<![\d$€£.,:/#-]|\bNo\. )(?:(?:early|mid|late)[- ])?\b((?:1[89]|20)\d\d)\b(?!s\b|(?<=0)['’]s\b|\d|%|,\d|\.\d| ?(?:percent|[ap]\.?m\b))/;
  }
  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult {
    return ownResult(context, this.name, match.index ?? 0, match[0], yearValue(Number(match[1])));
  }
}
