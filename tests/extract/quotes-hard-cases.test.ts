import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { extractQuotes } from '../../src/extract/quotes/extract.ts';

/** Quotes of a short article written for the test; paragraphs are separated by blank lines. */
const quotesOf = (...paragraphs: string[]): Quote[] =>
  extractQuotes(buildArticle({ id: 't', title: 'Test', body: paragraphs.join('\n\n'), source: 'test' }));

const brief = (quotes: Quote[]) => quotes.map((q) => [q.paragraph, q.kind, q.text, q.speaker]);

describe('quotation marks', () => {
  it('takes straight, curly and single-quoted speech with the marks, verbatim', () => {
    const quotes = quotesOf(
      '"We will rebuild the bridge," said Maria Okafor, the town engineer.',
      '“It will take two years,” Okafor said.',
      "Okafor added: 'Nobody will be left without a crossing.'",
    );
    expect(brief(quotes)).toEqual([
      [1, 'direct', '"We will rebuild the bridge,"', 'Maria Okafor'],
      [2, 'direct', '“It will take two years,”', 'Maria Okafor'],
      [3, 'direct', "'Nobody will be left without a crossing.'", 'Maria Okafor'],
    ]);
    expect(quotes[0]?.role).toBe('town engineer');
  });

  it('splits a quotation around "she said" into two quotes by the same speaker', () => {
    const quotes = quotesOf(
      'Priya Raman leads the tenants’ union.',
      '"The rent went up twice," she said. "We cannot pay it."',
    );
    expect(brief(quotes)).toEqual([
      [2, 'direct', '"The rent went up twice,"', 'Priya Raman'],
      [2, 'direct', '"We cannot pay it."', 'Priya Raman'],
    ]);
  });

  it('follows a quotation over several paragraphs (opening mark repeated, closing mark only at the end)', () => {
    const quotes = quotesOf(
      'Coach Tomas Lindqvist did not hide his disappointment.',
      '"We lost the game in the first ten minutes, and that is on me," Lindqvist said.',
      '"The players were ready. I picked the wrong lines.',
      '"We will fix it before Saturday."',
    );
    expect(brief(quotes)).toEqual([
      [2, 'direct', '"We lost the game in the first ten minutes, and that is on me,"', 'Tomas Lindqvist'],
      [3, 'direct', '"The players were ready. I picked the wrong lines.', 'Tomas Lindqvist'],
      [4, 'direct', '"We will fix it before Saturday."', 'Tomas Lindqvist'],
    ]);
  });

  it('credits a quotation left open to the speaker named in the paragraph that carries it on', () => {
    const quotes = quotesOf(
      'The memo went to every department head.',
      '"Staff who may work from home include those whose duties',
      'do not require them on site," wrote Rachel Nakamura, the director of operations.',
    );
    expect(brief(quotes)).toEqual([
      [2, 'direct', '"Staff who may work from home include those whose duties', 'Rachel Nakamura'],
      [3, 'direct', 'do not require them on site,"', 'Rachel Nakamura'],
    ]);
  });

  it('keeps single quotes nested in a double quotation inside it', () => {
    const quotes = quotesOf('"He told me, \'Go home and rest,\' and I did," said Aiko Tanaka.');
    expect(brief(quotes)).toEqual([
      [1, 'direct', '"He told me, \'Go home and rest,\' and I did,"', 'Aiko Tanaka'],
    ]);
  });

  it('does not take titles and scare quotes for speech', () => {
    const quotes = quotesOf(
      'The council screened "The Long Road Home" and a short film about the so-called "green wave" of new cafés.',
    );
    expect(quotes).toEqual([]);
  });

  it('takes no quote from headlines, photo captions or related links', () => {
    const quotes = quotesOf(
      "'A long way from home'",
      'Elena Petrova said the shelter was full. (Jane Doe/Canadian Press)',
      'Read more: "We are full," shelter says',
      'Elena Petrova runs the shelter.',
    );
    expect(quotes).toEqual([]);
  });
});

describe('reported speech', () => {
  it('takes the reported clause after said that, told, warned and wrote in a statement', () => {
    const quotes = quotesOf(
      'Health Minister Carla Jensen said that the clinics would stay open over the holidays.',
      'She told reporters the budget had been approved on Monday.',
      'The Nurses Association warned that staff were exhausted.',
      'The association wrote in a statement that it would ask for more funding.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'that the clinics would stay open over the holidays', 'Carla Jensen'],
      [2, 'indirect', 'the budget had been approved on Monday', 'Carla Jensen'],
      [3, 'indirect', 'that staff were exhausted', 'Nurses Association'],
      [4, 'indirect', 'that it would ask for more funding', 'Nurses Association'],
    ]);
  });

  it('takes the clause before ", X said" and around "according to X"', () => {
    const quotes = quotesOf(
      'The river will crest on Thursday, hydrologist Ben Adeyemi said.',
      'According to Adeyemi, the dikes will hold.',
      'About 40 homes were evacuated, according to the city.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'The river will crest on Thursday', 'Ben Adeyemi'],
      [2, 'indirect', 'the dikes will hold', 'Ben Adeyemi'],
      [3, 'indirect', 'About 40 homes were evacuated', 'the city'],
    ]);
  });

  it('credits a news agency with what it "reported on November 14 that …"', () => {
    const quotes = quotesOf('Kyodo News reported on November 14 that the talks had been postponed.');
    expect(brief(quotes)).toEqual([[1, 'indirect', 'that the talks had been postponed', 'Kyodo News']]);
  });

  it('keeps a mixed quote (a clause with quoted words) whole, as one partial quote', () => {
    const quotes = quotesOf('Marta Silva said the plan was "dead on arrival" and would be withdrawn.');
    expect(brief(quotes)).toEqual([
      [1, 'partial', 'the plan was "dead on arrival" and would be withdrawn', 'Marta Silva'],
    ]);
  });

  it('knows inflected reporting verbs and keeps a clause whole past verbs that only credit quotations', () => {
    const quotes = quotesOf(
      'Okonjo admitted his posts need approval before they go out.',
      'Minister Lena Varga says Canada has asked Peru to spare the man, calling the sentence "inhumane."',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'his posts need approval before they go out', 'Okonjo'],
      [2, 'indirect', 'Canada has asked Peru to spare the man', 'Lena Varga'],
    ]);
  });

  it('does not report a future, a denial or a noun as speech', () => {
    const quotes = quotesOf(
      'Police will maintain a presence downtown.',
      'The mayor did not say whether the road would reopen.',
      'The yield on the 10-year Treasury note rose to 2.7 per cent.',
    );
    expect(quotes).toEqual([]);
  });
});

describe('reported clauses opened by a pronoun', () => {
  it('starts the clause at its subject pronoun, not at a later "that" ("some of that sum")', () => {
    const quotes = quotesOf(
      'Ottawa paid Northwind Energy $600 million. The company said it might repay some of that sum.',
    );
    expect(brief(quotes)).toEqual([[1, 'indirect', 'it might repay some of that sum', 'Northwind Energy']]);
  });
});

describe('a quotation that ends its sentence', () => {
  it('is not credited by the cue of a new sentence after it', () => {
    const quotes = quotesOf(
      '"We are pleased with the first year," says program director Lena Ostrowski. "We are setting ourselves up for the next two." While some critics say the bond is a gimmick, others disagree.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Lena Ostrowski', 'some critics', 'Lena Ostrowski']);
  });
});

describe('reported clauses that open with a number or "this"', () => {
  it('takes a clause opened by a number after a verb that only reports speech', () => {
    const quotes = quotesOf('Harold Bexley said 40 wagons is too long for a train in winter.');
    expect(brief(quotes)).toEqual([
      [1, 'indirect', '40 wagons is too long for a train in winter', 'Harold Bexley'],
    ]);
  });

  it('still reads a number after "added" as a quantity', () => {
    const quotes = quotesOf('The index added 0.4 per cent on Friday.');
    expect(quotes).toEqual([]);
  });

  it('takes a clause opened by "this", but not a time phrase', () => {
    const quotes = quotesOf(
      'Greta Olsen said this could push more families to rent.',
      'Olsen said this week the rules would change in spring.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'this could push more families to rent', 'Greta Olsen'],
      [2, 'indirect', 'the rules would change in spring', 'Greta Olsen'],
    ]);
  });
});

describe('"they" for the plural subject that opens the sentence', () => {
  it('credits "they say" to the plural noun phrase the sentence opens with', () => {
    const quotes = quotesOf(
      'Local farmers are tired of waiting, and they say the new dam will flood their fields.',
    );
    expect(brief(quotes)).toEqual([[1, 'indirect', 'the new dam will flood their fields', 'Local farmers']]);
  });

  it('does not credit "they" to an opening that is not a plural noun phrase', () => {
    const quotes = quotesOf('The plan was delayed again, and they say the new dam will flood their fields.');
    expect(quotes.map((q) => q.speaker)).not.toContain('The plan');
  });
});

describe('a reporting verb after "and" shares the sentence subject', () => {
  it('credits "… and said" to the name that opens the sentence', () => {
    const quotes = quotesOf(
      'On Tuesday, Ingrid Solberg thanked the volunteers for their work and said the shelter would stay open all winter.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'the shelter would stay open all winter', 'Ingrid Solberg'],
    ]);
  });

  it('does not reach past punctuation for the subject', () => {
    const quotes = quotesOf('Ingrid Solberg thanked the volunteers, the donors and said nothing else.');
    expect(quotes).toEqual([]);
  });
});

describe('a sentence adverb between the verb and "that"', () => {
  it('skips "however," and takes the that-clause', () => {
    const quotes = quotesOf(
      'Tomas Brandt studies fraud. He notes however, that most scams now ask for gift cards.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'that most scams now ask for gift cards', 'Tomas Brandt'],
    ]);
  });
});

describe('a described subject before a verb with "that" and a hearer', () => {
  it('credits the description for "alleged to <hearer> that …"', () => {
    const quotes = quotesOf(
      'Police cleared the blockade on Monday. But residents evicted from the site alleged to Radio North that officers had used pepper spray.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'that officers had used pepper spray', 'residents evicted from the site'],
    ]);
  });

  it('does not take a one-word subject or a relative "that" after "added to"', () => {
    const quotes = quotesOf(
      'Doctors want less sugar. Some suggested that the tax should double.',
      'The rule covers sugars, those added to drinks and those that occur in honey.',
    );
    expect(quotes).toEqual([]);
  });
});

describe('a cue set off by commas inside its sentence', () => {
  it('reports what follows it when that is the longer part', () => {
    const quotes = quotesOf(
      'Judge Ada Mbeki led the inquiry. Police, Mbeki says, have no policies to deal with the situation.',
      'Jon Park, the mayor, spoke later. It is common, he explains, for a council to sit for hours without a vote.',
      'Lena Ortiz, the minister, according to the report, rebuffed the pressure from the premier’s office.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'have no policies to deal with the situation', 'Ada Mbeki'],
      [2, 'indirect', 'for a council to sit for hours without a vote', 'Jon Park'],
      [3, 'indirect', 'rebuffed the pressure from the premier’s office', 'the report'],
    ]);
  });

  it('reports what precedes it when that is the main clause', () => {
    const quotes = quotesOf(
      'Meeting the fees can be almost impossible for many refugees, lawyer Rona Cole says, especially the young.',
      'The dam failed just after 9 p.m. on Saturday, according to the agency, and the flood came later.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'Meeting the fees can be almost impossible for many refugees', 'Rona Cole'],
      [2, 'indirect', 'The dam failed just after 9 p.m. on Saturday', 'the agency'],
    ]);
  });
});

describe('speakers outside the verb’s own phrase', () => {
  it('credits "Name, who confessed that …" to the name the relative clause is set off from', () => {
    const quotes = quotesOf('Later came Ann Lee, who finally confessed that she had never voted before.');
    expect(brief(quotes)).toEqual([[1, 'indirect', 'that she had never voted before', 'Ann Lee']]);
  });

  it('credits "He paused and assured her …" to the person the opening pronoun stands for', () => {
    const quotes = quotesOf(
      'Tom Hill met Ann Lee at the station.',
      'He quickly recovered and assured her he did not think any less of her for it. She paused and said the plan had failed.',
      'It rained and said the plan failed.',
    );
    expect(brief(quotes)).toEqual([
      [2, 'indirect', 'he did not think any less of her for it', 'Tom Hill'],
      [2, 'indirect', 'the plan had failed', 'Ann Lee'],
    ]);
  });
});

describe('the clause before ", X said"', () => {
  it('is taken when it opens with "At least", a count rather than an opening phrase', () => {
    const quotes = quotesOf(
      'Tom Hill is the spokesman.',
      'At least 48 people died in the floods in the south, he said.',
    );
    expect(brief(quotes)).toEqual([
      [2, 'indirect', 'At least 48 people died in the floods in the south', 'Tom Hill'],
    ]);
  });

  it('is taken when the speaker is described with an owner’s name ("North Korea’s state-run agency")', () => {
    const quotes = quotesOf(
      'The leader left for the capital on Monday, Norland’s state-run NTA news agency said.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'The leader left for the capital on Monday', 'state-run NTA news agency'],
    ]);
  });
});

describe('"issued a statement saying …"', () => {
  it('credits the participle to whoever issued the message, not to the words just before it', () => {
    const quotes = quotesOf(
      'Tom Hill posted a message on Twitter saying the plan had failed.',
      'The foreign ministry’s consular office also published a notice Tuesday saying that travellers should take care.',
      'He released a video saying the vote had been rigged.',
      'On Jan. 9, Ann Lee, the president of the central bank, gave an interview noting her opposition to rate hikes because they could “endanger a strong economy,” according to CNBC.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'the plan had failed', 'Tom Hill'],
      [2, 'indirect', 'that travellers should take care', 'The foreign ministry’s consular office'],
      [3, 'indirect', 'the vote had been rigged', 'Tom Hill'],
      [
        4,
        'partial',
        'her opposition to rate hikes because they could “endanger a strong economy,”',
        'Ann Lee',
      ],
    ]);
  });
});

describe('"advise"', () => {
  it('reports a clause after "that", past its hearer, and nothing without one', () => {
    const quotes = quotesOf(
      'The columnist advises that the rookie may very well be the next star to break out.',
      'Tom Hill advised residents that the roads would close. Officials advised residents to stay indoors.',
    );
    expect(brief(quotes)).toEqual([
      [1, 'indirect', 'that the rookie may very well be the next star to break out', 'The columnist'],
      [2, 'indirect', 'that the roads would close', 'Tom Hill'],
    ]);
  });
});

describe('an opening phrase before the cue', () => {
  it('is not what was said, also after "But" or as "The following year"', () => {
    const quotes = quotesOf(
      'But on Monday’s episode, stylist Tracy Lee described herself as “short of breath” and nauseous.',
      'The following year, Suncor reported receiving $300-million in “risk mitigation” payments.',
      'But the river will crest on Thursday, hydrologist Ben Adeyemi said.',
    );
    expect(brief(quotes.filter((q) => q.kind === 'indirect'))).toEqual([
      [3, 'indirect', 'But the river will crest on Thursday', 'Ben Adeyemi'],
    ]);
  });
});

describe('a reporting verb’s -s form in a list', () => {
  it('is a plural noun ("advice, quips and commentary"), not a cue', () => {
    const quotes = quotesOf(
      'LAKE PLACID, N.Y. – Ann Lee stood off to the side on the second tee and offered advice, quips and commentary during the contest.',
    );
    expect(brief(quotes)).toEqual([]);
  });
});

describe('a reported clause opened by "there"', () => {
  it('is taken after a verb that otherwise needs "that" ("confirmed there are no plans")', () => {
    const quotes = quotesOf(
      'It may be possible to keep both rinks open, but city staff confirmed there are no plans to do this.',
    );
    expect(brief(quotes)).toEqual([[1, 'indirect', 'there are no plans to do this', 'city staff']]);
  });
});
