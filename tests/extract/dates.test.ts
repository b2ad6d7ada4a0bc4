import { describe, expect, it } from 'vitest';
import { referenceDay } from '../../src/core/calendar.ts';
import type { DateValue } from '../../src/core/types.ts';
import { findDateMentions, mayMentionDate } from '../../src/extract/dates/index.ts';

const day = (iso: string): DateValue => ({ iso, precision: 'day', yearKnown: true });
const week = (iso: string): DateValue => ({ iso, precision: 'week', yearKnown: true });
const month = (iso: string): DateValue => ({ iso, precision: 'month', yearKnown: true });
const year = (iso: string): DateValue => ({ iso, precision: 'year', yearKnown: true });

/** [expression, date] pairs of a sentence, read from a publication date (YYYY-MM-DD) or none. */
const mentions = (sentence: string, published: string | null) =>
  findDateMentions(sentence, { reference: referenceDay(published) }).map((m) => [m.expression, m.date]);

// 2019-06-20 is a Thursday.
const THURSDAY = '2019-06-20';

describe('weekdays', () => {
  it('a bare weekday in a report is the latest one on or before publication', () => {
    expect(mentions('The senator said on Monday that the bill was dead.', THURSDAY)).toEqual([
      ['Monday', day('2019-06-17')],
    ]);
    expect(mentions('The governor signed the bill Thursday.', THURSDAY)).toEqual([
      ['Thursday', day('2019-06-20')],
    ]);
  });

  it('an upcoming weekday resolves forward', () => {
    expect(mentions('The committee will vote Tuesday on the measure.', THURSDAY)).toEqual([
      ['Tuesday', day('2019-06-25')],
    ]);
    expect(mentions('She will testify on Saturday.', THURSDAY)).toEqual([['Saturday', day('2019-06-22')]]);
  });

  it('"last Friday" and "next Monday" move a week when needed', () => {
    expect(mentions('The deal was reached last Friday.', THURSDAY)).toEqual([
      ['last Friday', day('2019-06-14')],
    ]);
    expect(mentions('The talks resume next Monday.', THURSDAY)).toEqual([['next Monday', day('2019-06-24')]]);
  });

  it('a weekday without a publication date cannot be placed', () => {
    expect(mentions('The senator said on Monday that the bill was dead.', null)).toEqual([['Monday', null]]);
  });
});

describe('weeks', () => {
  it('"last week", "this week" and "next week" are Mondays at week precision', () => {
    expect(mentions('The agency closed its office last week.', THURSDAY)).toEqual([
      ['last week', week('2019-06-10')],
    ]);
    expect(mentions('The bill passed the House this week.', THURSDAY)).toEqual([
      ['this week', week('2019-06-17')],
    ]);
    expect(mentions('Hearings are scheduled for next week.', THURSDAY)).toEqual([
      ['next week', week('2019-06-24')],
    ]);
  });

  it('on a weekend, "last week" is the working week just ended', () => {
    // 2019-06-22 is a Saturday.
    expect(mentions('The House voted last week to proceed.', '2019-06-22')).toEqual([
      ['last week', week('2019-06-17')],
    ]);
  });

  it('"this weekend" said during a weekend is that weekend', () => {
    // 2017-01-08 is a Sunday: its weekend belongs to the week of January 2.
    expect(mentions('The nominees are rehearsing their hearings this weekend.', '2017-01-08')).toEqual([
      ['this weekend', week('2017-01-02')],
    ]);
  });

  it('"over the weekend" is the week of the weekend just past', () => {
    // 2019-06-24 is a Monday: the weekend before it belongs to the week of June 17.
    expect(mentions('The two sides met over the weekend.', '2019-06-24')).toEqual([
      ['weekend', week('2019-06-17')],
    ]);
  });
});

describe('months and days', () => {
  it('a month and day without a year take the nearest year that fits the tense', () => {
    expect(mentions('The rally took place on November 14.', '2020-03-02')).toEqual([
      ['November 14', day('2019-11-14')],
    ]);
    expect(mentions('The new rules take effect April 7.', '2013-04-01')).toEqual([
      ['April 7', day('2013-04-07')],
    ]);
    expect(mentions('Lawmakers face a Jan. 15 deadline.', '2013-10-21')).toEqual([
      ['Jan. 15', day('2014-01-15')],
    ]);
  });

  it('"will be held on" is upcoming; a present-tense clause after "said" is not past', () => {
    expect(
      mentions('Officials announced that the election will be held on October 16.', '2013-06-04'),
    ).toEqual([['October 16', day('2013-10-16')]]);
    expect(mentions('The agency said it is going ahead with the rules by June 30.', '2018-05-29')).toEqual([
      ['June 30', day('2018-06-30')],
    ]);
  });

  it('a month alone in a past report is the latest one that has begun', () => {
    expect(mentions('In July, the company fired its chief executive.', '2015-03-10')).toEqual([
      ['July', month('2014-07')],
    ]);
    expect(mentions('The columnist repeated the phrase in a May column.', '2015-06-02')).toEqual([
      ['a May', month('2015-05')],
    ]);
  });

  it('"last May" is the latest May before this month; "May\'s" alone is a person\'s', () => {
    // 2019-01-16: Theresa May's leadership, and the May of 2018.
    expect(mentions('Last May, the vote was close.', '2019-01-16')).toEqual([['May', month('2018-05')]]);
    expect(mentions('Parliament voted for its confidence in May’s leadership.', '2019-01-16')).toEqual([]);
  });

  it('"won’t … until March" is upcoming and "since … January" past, curly apostrophes and all', () => {
    expect(mentions('They won’t get it out until March.', '2015-11-26')).toEqual([
      ['March', month('2016-03')],
    ]);
    expect(mentions('He has passed no law since taking office in January.', '2017-10-24')).toEqual([
      ['January', month('2017-01')],
    ]);
  });

  it('a full date is taken as written', () => {
    expect(mentions('The photo was taken April 24, 2019, in Houston.', THURSDAY)).toEqual([
      ['April 24, 2019', day('2019-04-24')],
    ]);
  });

  it('a range gives its first and its last day', () => {
    expect(mentions('The poll was conducted March 26-31.', '2015-04-01')).toEqual([
      ['March 26-31', day('2015-03-26')],
      ['March 26-31', day('2015-03-31')],
    ]);
  });

  it('without a publication date the year stays unknown', () => {
    expect(mentions('The agency reported on November 14 that the strikes went on.', null)).toEqual([
      ['November 14', { iso: '--11-14', precision: 'day', yearKnown: false }],
    ]);
    expect(mentions('When the attacks began in September, the border was closed.', null)).toEqual([
      ['September', { iso: '--09', precision: 'month', yearKnown: false }],
    ]);
  });

  it('"mid-March" and "this past Sunday" are dates', () => {
    expect(mentions('In mid-March, the group met again.', THURSDAY)).toEqual([
      ['mid-March', month('2019-03')],
    ]);
    expect(mentions('She testified this past Sunday.', THURSDAY)).toEqual([
      ['past Sunday', day('2019-06-16')],
    ]);
  });

  it('lower-case "may" and "march" are not months', () => {
    expect(mentions('The protesters may march to the capitol.', THURSDAY)).toEqual([]);
  });
});

describe('years', () => {
  it('"in 2014" and "the 2016 race" are years', () => {
    expect(mentions('In 2014, the president launched a clemency initiative.', THURSDAY)).toEqual([
      ['2014', year('2014')],
    ]);
    expect(mentions('He lost the 2016 race by a wide margin.', THURSDAY)).toEqual([['2016', year('2016')]]);
  });

  it('a possessive year is a year, a decade is not', () => {
    expect(mentions("In 2014's midterms, Republicans won the Senate.", THURSDAY)).toEqual([
      ['2014', year('2014')],
    ]);
    expect(mentions("In the 1970's, he built houses.", THURSDAY)).toEqual([]);
  });

  it('years work without a publication date', () => {
    expect(mentions('The treaty was signed in 1991.', null)).toEqual([['1991', year('1991')]]);
  });

  it('counts, money and decades are not years', () => {
    expect(mentions('The bill cost $2015 and 1,999 people attended in the 1970s.', THURSDAY)).toEqual([]);
  });

  it('"last year", "next year" and "four years ago" count from the publication date', () => {
    expect(mentions('The law was signed last year by the president.', THURSDAY)).toEqual([
      ['last year', year('2018')],
    ]);
    expect(mentions('The races next year will be close.', THURSDAY)).toEqual([['next year', year('2020')]]);
    expect(mentions('We saw the same boom four years ago.', THURSDAY)).toEqual([
      ['four years ago', year('2015')],
    ]);
    expect(mentions('The law was signed last year by the president.', null)).toEqual([['last year', null]]);
  });

  it('durations, vague counts and titles are not dates', () => {
    expect(mentions('Prices have risen over the past year.', THURSDAY)).toEqual([]);
    expect(mentions('He left the party a few weeks ago.', THURSDAY)).toEqual([]);
    expect(mentions('The fight over the next six weeks will be hard.', THURSDAY)).toEqual([]);
    expect(mentions('He said so on ABC’s “This Week,” a talk show.', THURSDAY)).toEqual([]);
  });

  it('"last month" and "a couple of months ago" are months', () => {
    expect(mentions('The plant closed last month.', THURSDAY)).toEqual([['last month', month('2019-05')]]);
    expect(mentions('A couple of months ago he led the polls.', '2015-04-01')).toEqual([
      ['A couple of months ago', month('2015-02')],
    ]);
  });
});

describe('seasons', () => {
  it('"this spring" is the publication year; "last fall" the latest autumn past', () => {
    expect(mentions('The protests began this spring.', THURSDAY)).toEqual([['this spring', year('2019')]]);
    expect(mentions('The company was sold last fall.', '2019-03-05')).toEqual([['last fall', year('2018')]]);
  });

  it('"the spring of 2014" is 2014, and "fall" as a verb is not a season', () => {
    expect(mentions('She was elected in the spring of 2014.', THURSDAY)).toEqual([
      ['the spring of 2014', year('2014')],
    ]);
    expect(mentions('Prices fall when demand drops.', THURSDAY)).toEqual([]);
  });
});

describe('offsets from other events', () => {
  it('"a week after X" with X undated: X is a week before publication', () => {
    expect(mentions('The shooting comes a week after an attack at a school in Texas.', '2018-05-25')).toEqual(
      [['a week after', day('2018-05-18')]],
    );
  });

  it('"one week before X" with X undated: X is a week after publication', () => {
    expect(mentions('The call came one week before a delegation arrives.', '2019-10-03')).toEqual([
      ['one week before', day('2019-10-10')],
    ]);
  });

  it('an offset from an event the article dates counts from that date', () => {
    const anchored = findDateMentions('The aid was discussed a month before the call with the president.', {
      reference: referenceDay('2019-12-21'),
      anchorFor: (words) => (words.startsWith('call') ? day('2019-07-25') : null),
    });
    expect(anchored.map((m) => [m.expression, m.date])).toEqual([['a month before', month('2019-06')]]);
  });

  it('"two days later" counts from the previous dated event', () => {
    const later = findDateMentions('Two days later, the minister resigned.', {
      reference: referenceDay('2019-12-21'),
      previous: day('2019-12-02'),
    });
    expect(later.map((m) => [m.expression, m.date])).toEqual([['Two days later', day('2019-12-04')]]);
  });
});

describe('times of day', () => {
  it('"last night" is the day before publication, "yesterday" too', () => {
    expect(mentions('Last night the council voted to close the park.', THURSDAY)).toEqual([
      ['Last night', day('2019-06-19')],
    ]);
    expect(mentions('The council voted yesterday to close the park.', THURSDAY)).toEqual([
      ['yesterday', day('2019-06-19')],
    ]);
  });

  it('"earlier in the day" and a clock time are the publication day', () => {
    expect(mentions('Earlier in the day, the president met the press.', THURSDAY)).toEqual([
      ['Earlier in the day', day(THURSDAY)],
    ]);
    expect(mentions('Police got the call at 9:06 a.m. ET.', THURSDAY)).toEqual([
      ['9:06 a.m. ET', day(THURSDAY)],
    ]);
  });
});

describe('mayMentionDate', () => {
  it('lets date words through and stops sentences without any', () => {
    expect(mayMentionDate('The senator said on Monday that the bill was dead.')).toBe(true);
    expect(mayMentionDate('Iran held talks with the officials.')).toBe(false);
    expect(mayMentionDate('Officials may meet again.')).toBe(false);
  });
});

describe('rule names', () => {
  it('each mention names the rule that dated it', () => {
    const rules = (sentence: string) =>
      findDateMentions(sentence, { reference: referenceDay(THURSDAY) }).map((m) => [m.expression, m.rule]);
    expect(rules('The plant opened in 2014 and closed last week.')).toEqual([
      ['2014', 'year'],
      ['last week', 'relative-week'],
    ]);
    expect(rules('Crews returned in the spring of 2016, two days after the storm.')).toEqual([
      ['the spring of 2016', 'season'],
      ['two days after', 'offset'],
    ]);
    expect(rules('The mayor spoke on Monday and again yesterday, as she has since May.')).toEqual([
      ['Monday', 'calendar'],
      ['yesterday', 'day-word'],
      ['since May', 'month-alone'],
    ]);
  });
});

describe('future cues, ranges and named periods', () => {
  // 2021-03-12 is a Friday, 2021-03-14 a Sunday.
  const FRIDAY = '2021-03-12';
  it('"due", "facing" and "ahead of" make the date upcoming; "due to" does not', () => {
    expect(mentions('Rent payments are due Thursday for most tenants.', FRIDAY)).toEqual([
      ['Thursday', day('2021-03-18')],
    ]);
    expect(mentions('Both senators are facing votes in October.', FRIDAY)).toEqual([
      ['October', month('2021-10')],
    ]);
    expect(mentions("Candidates toured the county ahead of Tuesday's primary.", FRIDAY)).toEqual([
      ['Tuesday', day('2021-03-16')],
    ]);
    expect(mentions('The game was called off due to rain on Wednesday.', FRIDAY)).toEqual([
      ['Wednesday', day('2021-03-10')],
    ]);
  });

  it('a verb of saying right after the date makes it past, whatever the quoted plan', () => {
    expect(mentions('The coach, who on Wednesday said he would retire, led practice.', FRIDAY)).toEqual([
      ['Wednesday', day('2021-03-10')],
    ]);
  });

  it('"March 3-April 28" is a range of this year, never the year 2028', () => {
    expect(mentions('The exhibition ran March 3-April 28 at the old mill.', '2021-06-01')).toEqual([
      ['March 3-April 28', day('2021-03-03')],
      ['March 3-April 28', day('2021-04-28')],
    ]);
    expect(mentions('The course runs Dec. 5 to Jan. 20 in the new gym.', '2021-11-20')).toEqual([
      ['Dec. 5 to Jan. 20', day('2021-12-05')],
      ['Dec. 5 to Jan. 20', day('2022-01-20')],
    ]);
  });

  it('"N days away" counts forward from publication', () => {
    expect(mentions('The runoff is now 10 days away.', FRIDAY)).toEqual([
      ['10 days away', day('2021-03-22')],
    ]);
    expect(mentions('Opening night is two weeks away.', FRIDAY)).toEqual([
      ['two weeks away', week('2021-03-22')],
    ]);
  });

  it('a fiscal, school or campaign year or season is the year it names', () => {
    expect(mentions('The cuts take hold in the next fiscal year.', FRIDAY)).toEqual([
      ['the next fiscal year', year('2022')],
    ]);
    expect(mentions('Turnout has been thin this campaign season.', FRIDAY)).toEqual([
      ['this campaign season', year('2021')],
    ]);
    expect(mentions('Enrollment fell during the last school year.', FRIDAY)).toEqual([
      ['the last school year', year('2020')],
    ]);
  });

  it('on a Sunday, an upcoming "this week" is the week that starts the next day', () => {
    expect(mentions('The council will debate the plan this week.', '2021-03-14')).toEqual([
      ['this week', week('2021-03-15')],
    ]);
    expect(mentions('The council debated the plan this week.', '2021-03-14')).toEqual([
      ['this week', week('2021-03-08')],
    ]);
  });
});
