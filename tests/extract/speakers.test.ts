import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { extractQuotes } from '../../src/extract/quotes/extract.ts';

const quotesOf = (...paragraphs: string[]): Quote[] =>
  extractQuotes(buildArticle({ id: 't', title: 'Test', body: paragraphs.join('\n\n'), source: 'test' }));

const speakers = (quotes: Quote[]) => quotes.map((q) => [q.paragraph, q.speaker, q.role]);

describe('speaker resolution', () => {
  it('resolves "she said" to the full name of the woman the article is quoting', () => {
    const quotes = quotesOf(
      'Darlene Whitehorse has led the youth council since March. Her brother, Marcus, runs the food bank.',
      '"We want to be heard," she said.',
    );
    expect(speakers(quotes)).toEqual([[2, 'Darlene Whitehorse', null]]);
  });

  it('tells "he" from "she" by the pronouns the article uses for each person', () => {
    const quotes = quotesOf(
      'Sgt. Jordan Ellery said he would retire in June. Councillor Avery Kowalczyk said she would not.',
      '"I have done my time," he said.',
      '"I have not," she said.',
    );
    expect(speakers(quotes).filter(([p]) => p !== 1)).toEqual([
      [2, 'Jordan Ellery', 'Sgt.'],
      [3, 'Avery Kowalczyk', 'Councillor'],
    ]);
  });

  it('resolves a nominal ("the rookie defenceman") to the person whose role it names', () => {
    const quotes = quotesOf(
      'Rookie defenceman Ilkka Virtanen scored twice on Saturday. Coach Dana Brooks praised the team.',
      '"I just shot the puck," the rookie defenceman said.',
    );
    expect(speakers(quotes)).toEqual([[2, 'Ilkka Virtanen', 'Rookie defenceman']]);
  });

  it('resolves "the ambassador" and a surname with a particle to the fullest name, with the role', () => {
    const quotes = quotesOf(
      'The claims were dismissed by Chile’s ambassador to Peru, Juan Carlos de la Cruz, on Monday.',
      'The ambassador said: "There is no such plan."',
      '"We talk every week," de la Cruz stated.',
    );
    expect(speakers(quotes)).toEqual([
      [2, 'Juan Carlos de la Cruz', 'Chile’s ambassador to Peru'],
      [3, 'Juan Carlos de la Cruz', 'Chile’s ambassador to Peru'],
    ]);
  });

  it('resolves "the ministry" to the ministry the article named', () => {
    const quotes = quotesOf(
      "Norway's Foreign Ministry summoned the envoy on Tuesday.",
      '"This is unacceptable," the ministry stressed.',
    );
    expect(speakers(quotes)).toEqual([[2, "Norway's Foreign Ministry", null]]);
  });

  it('credits a floating quotation paragraph to the speaker the article is following', () => {
    const quotes = quotesOf(
      '"The water came up so fast," said Oluwaseun Bankole, who lives by the river.',
      '"We lost everything on the ground floor."',
    );
    expect(speakers(quotes)).toEqual([
      [1, 'Oluwaseun Bankole', null],
      [2, 'Oluwaseun Bankole', null],
    ]);
  });

  it('keeps names with hyphens, particles and initials whole ("al-Sudani", "U.S.", "Amb.")', () => {
    const quotes = quotesOf(
      'Iraqi Prime Minister Mohammed Shia al-Sudani met U.S. Amb. Alina L. Romanowski on Sunday.',
      '"Iraq will not be a launchpad for attacks," al-Sudani said.',
      'Romanowski said the two countries would keep talking.',
    );
    expect(speakers(quotes)).toEqual([
      [2, 'Mohammed Shia al-Sudani', 'Iraqi Prime Minister'],
      [3, 'Alina L. Romanowski', 'U.S. Amb.'],
    ]);
  });

  it('gives a bare surname shared by two people to the one not called by first name', () => {
    const quotes = quotesOf(
      'Chef Dorothea Lindgren opened the shop with her husband, Henrik Lindgren, in 1990.',
      '"I burned the first batch," says Lindgren. "Henrik ate it anyway."',
      '"It was terrible," says Henrik.',
      '"He is too kind," Lindgren says.',
    );
    expect(speakers(quotes).map(([p, s]) => [p, s])).toEqual([
      [2, 'Dorothea Lindgren'],
      [2, 'Dorothea Lindgren'],
      [3, 'Henrik Lindgren'],
      [4, 'Dorothea Lindgren'],
    ]);
  });

  it('resolves an acronym to the organisation it abbreviates', () => {
    const quotes = quotesOf(
      'Export Development Canada insured the project in 2006.',
      '"We are obligated to respect the confidentiality of our clients," EDC said.',
    );
    expect(speakers(quotes)).toEqual([[2, 'Export Development Canada', null]]);
  });

  it('takes the name set off after a description as the speaker', () => {
    const quotes = quotesOf(
      "The golfer's agent, Danny Okonkwo, told reporters the golfer was feeling better.",
    );
    expect(speakers(quotes)).toEqual([[1, 'Danny Okonkwo', "golfer's agent"]]);
  });

  it('keeps a speaker the phrase rules cannot parse as the article describes them', () => {
    const quotes = quotesOf(
      'People arrested at the camp last week said that officers had used too much force.',
    );
    expect(quotes).toEqual([
      {
        text: 'that officers had used too much force',
        kind: 'indirect',
        paragraph: 1,
        speaker: 'People arrested at the camp last week',
        role: null,
        rule: 'clause-after-cue',
        creditedBy: 'cue-in-sentence',
      },
    ]);
  });

  it('leaves the speaker null when the article does not say who spoke', () => {
    const quotes = quotesOf(
      'The storm knocked out power to 20,000 homes.',
      '"Stay indoors and away from windows."',
    );
    expect(quotes).toEqual([
      {
        text: '"Stay indoors and away from windows."',
        kind: 'direct',
        paragraph: 2,
        speaker: null,
        role: null,
        rule: 'quotation-marks',
        creditedBy: null,
      },
    ]);
  });

  it('credits a statement "from" an organisation to the organisation, and the quotation after it too', () => {
    const quotes = quotesOf(
      'Several allies have spoken out about the arrests.',
      'A statement from the Nordic Council said, "the arrests raise serious concerns about due process."',
      '"We call for their immediate release."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Nordic Council', 'Nordic Council']);
  });

  it('credits a document whose description names its issuer ("the licensing board decision") to the issuer', () => {
    const quotes = quotesOf(
      'The Licensing Board of Ontario granted the permit in March over the objections of Mayor Tom Reyes.',
      'The licensing board decision granting the permit said the applicant had met every condition.',
      'It also said the site would be inspected twice a year.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Licensing Board of Ontario',
      'Licensing Board of Ontario',
    ]);
  });

  it('credits "the report" to the organisation a report was said to be "by"', () => {
    const quotes = quotesOf(
      'Northern Marine Railway runs the line. The Harbour Safety Authority said the train was not inspected.',
      'A report by the railway company describes how hard it is to run trains in the cold.',
      'Trains must slow down in deep cold, the report said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Harbour Safety Authority', 'Northern Marine Railway']);
  });

  it('keeps a description with a proper word the named people lack ("the Yukon judge") as written', () => {
    const quotes = quotesOf(
      'Alma Reyes, the prosecutor, said the sentence was too short.',
      'In his ruling, the Yukon judge said he saw no "realistic prospect of managing the risk" at home.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Alma Reyes', 'the Yukon judge']);
  });

  it('skips a photo caption that opens with the agency credit ("The Canadian Press A train …")', () => {
    const quotes = quotesOf(
      'The Harbour Safety Authority opened an inquiry on Monday.',
      'The Canadian Press A derailed train is shown near Field, B.C. on Monday.',
      'It said the brakes had not been applied.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Harbour Safety Authority']);
  });

  it('credits "according to a study … by X" to X, and a later "the study" to the same issuer', () => {
    const quotes = quotesOf(
      'Teens should look for work in shops, according to a study being released Monday by Northern Jobs Alliance.',
      'According to the latest figures from the Labour Bureau, youth unemployment is twice the average.',
      'The study also said that employers prize communication skills above all.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Northern Jobs Alliance',
      'Labour Bureau',
      'Northern Jobs Alliance',
    ]);
  });

  it('does not take a place ("Canada") for an organisation whose name ends with it', () => {
    const quotes = quotesOf(
      'Tourism Canada reported a rise in visitors last year.',
      'The Harbour Safety Authority opened an inquiry into the ferry crash. Canada has sent two investigators.',
      'It said the ferry had not been inspected since May.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Harbour Safety Authority']);
  });

  it('credits "…," said a statement released by an office, and "his office" of the title holder, to the office', () => {
    const quotes = quotesOf(
      'Premier Paul Kowalski spoke with the mayors on Monday.',
      'The leaders discussed "the need for new housing in every region," said a statement released by the Premier\'s Office.',
      'Kowalski and the union leaders "agreed to meet again in the spring," his office said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Premier's Office", "Premier's Office"]);
  });

  it('gives a first name alone its usual gender, so "she said" skips the man quoted last', () => {
    const quotes = quotesOf(
      '"It was fun," Tracy said.',
      '"I was nervous," Colton said.',
      '"I want the rose," she said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tracy', 'Colton', 'Tracy']);
  });

  it('credits a phrase quoted in a sentence without a cue to the person the sentence opens with', () => {
    const quotes = quotesOf(
      'Onyeka Okafor shook things up by talking about how she saved Colton "from drowning in some bitches" on Night 1. Catherine Walsh, the target of the line, retorted, "I am a good swimmer."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Onyeka Okafor', 'Catherine Walsh']);
  });

  it('does not shorten an organisation to the place that starts its name ("Halifax" for Halifax Regional Council)', () => {
    const quotes = quotesOf(
      'Halifax Regional Council meets on Monday. The Port Authority said the pier was unsafe.',
      'Ferries will not stop in Halifax until spring. It said repairs would cost $4 million.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Port Authority', 'Port Authority']);
  });

  it('does not credit a document to whoever obtained it ("the memo obtained by The Herald")', () => {
    const quotes = quotesOf(
      'The Harbour Safety Authority reviewed the plan in May.',
      'The fund believed in "the long-term value of these publications," according to the memo obtained by The Herald.',
    );
    expect(quotes.map((q) => q.speaker)).not.toContain('Herald');
  });

  it('keeps a place modifier out of a company name and knows "Energy" makes a company', () => {
    const quotes = quotesOf(
      'Ottawa paid Calgary-based Northwind Energy $600 million. Northwind said it would keep drilling.',
      'The company said it might have to repay some of that sum.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Northwind Energy', 'Northwind Energy']);
  });

  it('takes "the company" for the company named earlier in the paragraph, and "&" for a company name', () => {
    const quotes = quotesOf(
      'Harlow Systems said its quarter was strong.',
      'Soap and razor maker Dunmore & Pike rallied 6 per cent. The company said its annual profit could be stronger than expected.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Harlow Systems', 'Dunmore & Pike']);
  });

  it('keeps an unnamed source with its description, and a later bare "sources" as that source', () => {
    const quotes = quotesOf(
      'The mill has been for sale since May, and sources familiar with the negotiations have said it could close by March.',
      'The union was not told of the bid, according to officials unauthorized to speak publicly.',
      'A buyer may be named next week, sources said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'sources familiar with the negotiations',
      'officials unauthorized to speak publicly',
      'sources familiar with the negotiations',
    ]);
  });

  it('takes "he said" for the man the paragraph has just quoted, not a man named since', () => {
    const quotes = quotesOf(
      'Senators saw no reason to spend more.',
      '"It is the old story," said Sen. Ray Okafor. Governor Tom Ellis, he said, "knows the hearts of his colleagues."',
    );
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual([
      'Ray Okafor',
      'Ray Okafor',
    ]);
  });

  it('credits what a sentence opened by "According to X," reports to X, whoever speaks inside it', () => {
    const quotes = quotesOf(
      'Malcolm Reid, an engineer, testified on Tuesday.',
      'At 700 metres, according to Reid, the driver said he could see the stop sign.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Malcolm Reid']);
  });

  it('credits a quotation with no cue to the person the sentence before it is about', () => {
    const quotes = quotesOf(
      '"It deserved to be longer," says choreographer Peter Lang. Jeanine Morrow did not need much coaxing. "I am thankful for the invitation."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Peter Lang', 'Jeanine Morrow']);
  });

  it('credits "according to a Vermont college\'s latest list" to the college as described', () => {
    const quotes = quotesOf(
      'DETROIT -- Fewer buzzwords!',
      'That is according to a Vermont college\'s latest "List of Words Banished for Over-use and General Uselessness."',
      'The mayor\'s claims about the debt were wrong, "previously approved" records show.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['a Vermont college']);
  });

  it('knows a one-word name introduced with a description ("Yuni, a resident of …") for "she said"', () => {
    const quotes = quotesOf(
      'President Arif Santoso visited the coast on Monday.',
      'Wati, a resident of Lampung, was watching television when she heard the water coming.',
      '"I heard a rumbling sound," she said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Wati']);
  });

  it('takes no gender from the first word of a family-name-first name ("Kim Jong-un")', () => {
    const quotes = quotesOf(
      'Analyst Harry Dobbs said talks would resume. North Korean leader Kim Jong-un visited Beijing.',
      'Kim said in his speech he was ready to meet. But he warned that he may seek another path.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Harry Dobbs', 'Kim Jong-un', 'Kim Jong-un']);
  });

  it('does not let "When Denise struggled, he took …" make Denise a "he"', () => {
    const quotes = quotesOf(
      "Jake Morrow broke down the door and demanded Denise Hall tape the girl's mouth. When Denise struggled, he took the tape from her.",
      'The attack took four minutes, he said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jake Morrow']);
  });

  it('takes "They say" after unnamed plural sources as those sources, and knows plural titles', () => {
    const quotes = quotesOf(
      'Harlow Motors plans to cut jobs.',
      'Several auto-industry executives have warned that a hard exit would hurt. They say plants could close.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Several auto-industry executives',
      'Several auto-industry executives',
    ]);
  });

  it('makes a name set off by commas after its role ("Director of research at Norvex, Kevin Hale, agreed") the subject', () => {
    const quotes = quotesOf(
      'Jason Sutter, a researcher at Talos, stated that the threats came from the same addresses.',
      'Director of research at security firm Norvex, Kevin Hale, agreed with this finding.',
      '"We believe it is the same group," he said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jason Sutter', 'Kevin Hale']);
  });

  it('keeps "X and Y Commission" as one organisation, but not two people joined by "and"', () => {
    const quotes = quotesOf(
      'The Securities and Exchange Commission filed a complaint on Monday. The commission said the firm lied to investors.',
      'Mary Jones and Peter Smith were not charged. Smith said he was relieved.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Securities and Exchange Commission', 'Peter Smith']);
  });

  it('takes "the person" for the unnamed source described before, and "Reports" opening a sentence for no name', () => {
    const quotes = quotesOf(
      'A person familiar with the negotiations says Okafor has been traded. Reports say the team will waive him.',
      'The deal was done to get under the tax line, according to the person, who spoke on condition of anonymity.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'A person familiar with the negotiations',
      'Reports',
      'A person familiar with the negotiations',
    ]);
  });

  it('takes the full name set off after a one-word description ("One Democrat, Montana Sen. Jon Tester, said")', () => {
    const quotes = quotesOf(
      'Nancy Pelosi, the California Democrat, is confident.',
      'One red-state Democrat, Montana Sen. Jon Tester, said Sunday that the wall was a bad idea.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jon Tester']);
  });

  it('credits a quotation after a sentence that opens with a quotation and then is about someone', () => {
    const quotes = quotesOf(
      '"It deserved to be longer," says choreographer Peter Lang. "It is fascinating to go deeper." Jeanine Morrow did not need much coaxing. "I am thankful for the invitation."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Peter Lang', 'Peter Lang', 'Jeanine Morrow']);
  });

  it('takes "he says" after a sentence that introduces a new man for the new man, and otherwise for the man quoted', () => {
    const quotes = quotesOf(
      'Tom Hale, a retired nurse, says the course changed his life. "I always meant to exercise," he says. Exercise also paid off for teacher Omar Reyes, 50. "I had a gym pass, but this helped me build a habit," he says.',
      'The mayor, Tom Hale noted, was absent. "We will press on," he says.',
    );
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual([
      'Tom Hale',
      'Omar Reyes',
      'Tom Hale',
    ]);
  });

  it('reads a title with its portfolio ("Secretary of State", "Minister of Finance") before the holder’s name', () => {
    const quotes = quotesOf(
      'Secretary of State Mike Pompeo said the talks had stalled.',
      'In an interview on Monday, Minister of Finance Ann Lee praised the budget and said the deficit would shrink.',
      'The Minister of Finance said the plan would hold. The Bank of Canada said rates would rise.',
    );
    expect(quotes.map((q) => [q.paragraph, q.speaker, q.role])).toEqual([
      [1, 'Mike Pompeo', 'Secretary of State'],
      [2, 'Ann Lee', 'Minister of Finance'],
      [3, 'Ann Lee', 'Minister of Finance'],
      [3, 'Bank of Canada', null],
    ]);
  });

  it('knows a surname the article never gives in full, as a sentence’s subject, for a later "he said"', () => {
    const quotes = quotesOf(
      'Tom Hill hit the ball first.',
      'Ann Lee watched from the stands.',
      'The wind rose over the course.',
      'The crowd waited for the next shot.',
      'Asked which was harder, Brannock laughed.',
      '"This is, for sure," he said.',
    );
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([[6, 'Brannock']]);
  });

  it('credits "the report said" to whoever wrote or spoke "in a report" earlier', () => {
    const quotes = quotesOf(
      'A study by the Prairie Institute found gaps in the data.',
      '"Growth has stalled," economist Lena Ortiz wrote in a recent report for the Hill Foundation.',
      'Since 2016, infrastructure spending has increased only 8.7 per cent, the report said.',
    );
    expect(quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
      [2, 'Lena Ortiz'],
      [3, 'Lena Ortiz'],
    ]);
  });

  it('keeps a cue inside an "Although …," clause to that clause, and out of who "he said" means', () => {
    const quotes = quotesOf(
      'President Tom Hale’s campaign is under investigation.',
      'University spokesman Jon Park said the school received about 3,000 votes. Although Hale has repeatedly tweeted that there was no collusion at all, its inclusion should not be read as a statement. Rather, voters were just irritated by hearing the word so often, he said.',
    );
    expect(quotes.map((q) => [q.paragraph, q.text, q.speaker])).toEqual([
      [2, 'the school received about 3,000 votes', 'Jon Park'],
      [2, 'that there was no collusion at all', 'Tom Hale'],
      [2, 'Rather, voters were just irritated by hearing the word so often', 'Jon Park'],
    ]);
  });
});
