/**
 * Quote extraction and speaker attribution, in the manner of the sieve systems (Stanford's quote
 * attribution sieve, BBC Citron, the Gender Gap Tracker): find what is quoted (quotation marks, then
 * reported clauses around reporting verbs: quotes/clauses.ts), find the cue that credits it (a
 * reporting verb and its subject, "according to X": quotes/cues/), resolve the subject to the person
 * or organisation the article is about (speakers/), and credit quotations that have no cue of their
 * own with the named sieves of quotes/attribution/ (src/extract/rules.ts lists them).
 *
 * Everything runs on the text with the quotations blanked out (so a verb inside a quotation never
 * credits it) and on cheap tokens: no part-of-speech tagging, which keeps it to a few milliseconds
 * an article.
 */
import type { Article, Paragraph, Quote } from '../../core/types.ts';
import { CAPTION_CREDIT, LEADING_CAPTION_CREDIT } from '../lexicon/captions.ts';
import { PRONOUNS } from '../lexicon/names.ts';
import { isCapitalised } from '../names/words.ts';
import { ruleOn } from '../rules.ts';
import { genderOf, mentionIssuers, registerNames } from '../speakers/introductions.ts';
import { type Entity, SpeakerTracker } from '../speakers/tracker.ts';
import { paragraphStart, positionAt } from '../text/position.ts';
import { type ScannedParagraph, scanParagraph } from '../text/quote-marks.ts';
import { splitMaskedSentences } from '../text/sentences.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import { resolveCredit } from './attribution/credit.ts';
import { narrator, nearestCue, nearestParagraphCue } from './attribution/sieves.ts';
import { isDirect, type Region, reportedClause, trimRegion, wordCount } from './clauses.ts';
import { type Credit, type Cue, findCues, isDocumentCue } from './cues/find-cues.ts';
import { documentAfter, roleAfter } from './phrases.ts';

/** Subheads and headlines: short, and no sentence-ending punctuation (inside closing quotation marks either). */
export const isHeadline = (text: string): boolean =>
  !/[.!?:)]\s*$/.test(text.replace(/["“”'‘’\s]+$/, '')) && wordCount(text) <= 14;

export interface ParagraphState {
  paragraph: Paragraph;
  scan: ScannedParagraph;
  sentences: Array<{ start: number; end: number; tokens: Token[] }>;
  caption: boolean;
  headline: boolean;
}

export interface ExtractOptions {
  /**
   * Also list the quoted fragments inside a reported clause as partial quotes of their own ("durable
   * security" inside "…part of efforts to ensure "durable security" …, the IRGC clarified"). Off by default:
   * the clause already quotes them verbatim, and news annotation counts a mixed quote once.
   */
  fragments?: boolean;
}

/** Fewer words than this in quotation marks, with no reporting verb in the sentence: a term, not speech. */
export const MIN_WORDS_UNCREDITED_FRAGMENT = 5;

export function extractQuotes(article: Article, options: ExtractOptions = {}): Quote[] {
  const states: ParagraphState[] = [];
  let carry = false;
  for (const paragraph of article.paragraphs) {
    if (paragraph.isRelatedLink) {
      carry = false;
      continue;
    }
    const scan = scanParagraph(paragraph.text, carry);
    carry = scan.openAtEnd;
    const sentences = splitMaskedSentences(paragraph.text, scan.masked).map((range) => ({
      ...range,
      tokens: tokenize(scan.masked, range.start, range.end),
    }));
    states.push({
      paragraph,
      scan,
      sentences,
      caption: CAPTION_CREDIT.test(paragraph.text) || LEADING_CAPTION_CREDIT.test(paragraph.text),
      // A paragraph that leaves a quotation open runs on into the next: not a subhead.
      headline: isHeadline(paragraph.text) && !scan.openAtEnd,
    });
  }
  const tracker = new SpeakerTracker();
  // First reading: who the article introduces, their roles, and which pronouns point at them.
  readArticle(states, tracker, null);
  tracker.restart();
  const quotes: Quote[] = [];
  readArticle(states, tracker, quotes, options);
  return quotes;
}

export interface SentenceWork {
  tokens: Token[];
  cues: Cue[];
  /** The person the sentence opens with as its subject ("Demi apologized … and sniffed that …"). */
  opener: Entity | null;
  start: number;
  end: number;
}

/**
 * One reading of the article in order. With `quotes` null it only registers entities and votes on
 * genders (a pronoun in a sentence that names one person, or in the next sentence that names none,
 * is taken to be that person); with `quotes` it finds the cues and quotations and resolves speakers.
 */
export function readArticle(
  states: ParagraphState[],
  tracker: SpeakerTracker,
  quotes: Quote[] | null,
  options: ExtractOptions = {},
): void {
  let following: Credit | null = null;
  let voter: Entity | null = null;
  const awaitingCredit: Quote[] = [];
  states.forEach((state, paragraphIndex) => {
    const { paragraph, scan } = state;
    const text = paragraph.text;
    const masked = scan.masked;
    const base = paragraphStart(paragraphIndex);
    if (state.caption) return;
    const work: SentenceWork[] = [];
    for (const sentence of state.sentences) {
      const { tokens } = sentence;
      tracker.startSentence(positionAt(base, tokens[0]?.start ?? 0));
      // Headlines and subheads are title-cased: their capitalised words are not names.
      const subjects = new Set<Entity>();
      const persons = state.headline ? [] : registerNames(tokens, text, base, tracker, subjects);
      if (!quotes) {
        // Only the sentence's subject votes ("But when Patterson left, she fled" says nothing of Patterson).
        // "When Denise struggled, he took the tape": a name in an opening subordinate clause is not
        // the subject the main clause's pronoun refers to.
        const subordinate =
          /^(?:when|while|after|before|as|if|because|although|though|since|until|once|whenever|unless)$/.test(
            tokens[0]?.lower ?? '',
          );
        const only =
          persons.length === 1 && subjects.has(persons[0] as Entity) && !subordinate ? persons[0] : null;
        const speaker = only ?? (persons.length === 0 ? voter : null);
        if (speaker) {
          // Only a subject pronoun votes: "Lonechild said she …", or "She …" opening the next sentence.
          const pronoun = tokens.findIndex(
            (t, i) => (only ? i > 0 : i === 0) && /^(?:he|she)$/.test(t.lower),
          );
          const gender = pronoun >= 0 ? genderOf(tokens[pronoun]?.lower ?? '') : null;
          if (gender) tracker.voteGender(speaker, gender);
        }
        voter = only ?? null;
        continue;
      }
      mentionIssuers(tokens, text, base, tracker);
      const cues: Cue[] = [];
      for (const raw of findCues(tokens, masked)) {
        let credit: Credit;
        if (raw.kind === 'participle') {
          // "Hua Chunying shot back, saying …": the participle's subject is the sentence's subject.
          // …or the person a pronoun opening the sentence refers to ("He voiced …, writing …").
          const opener = PRONOUNS.get(tokens[0]?.lower ?? '');
          const subject =
            [...subjects][0] ??
            (opener ? tracker.resolvePronoun(opener, positionAt(base, tokens[0]?.start ?? 0)) : null);
          credit = cues.at(-1)?.credit ??
            (subject ? { speaker: subject.name, role: subject.role, entity: subject } : null) ??
            following ?? { speaker: null, role: null, entity: null };
        } else {
          credit = resolveCredit(tokens, raw, text, tracker, base);
          if (raw.kind === 'inverted') {
            const role = roleAfter(tokens, raw.subjectTo, text);
            if (role && !credit.role) credit = { ...credit, role };
            if (role && credit.entity && !credit.entity.role) credit.entity.role = role;
          }
        }
        if (!credit.speaker) continue;
        if (raw.document && credit.entity) {
          tracker.issued(raw.document, credit.entity, positionAt(base, tokens[raw.subjectFrom]?.start ?? 0));
        }
        // "Philip Cross wrote in a recent report …": a later "the report said" is his.
        const writtenIn =
          credit.entity && raw.kind !== 'according' ? documentAfter(tokens, raw.verbTo) : null;
        if (writtenIn && credit.entity) {
          tracker.issued(writtenIn, credit.entity, positionAt(base, tokens[raw.verbFrom]?.start ?? 0));
        }
        cues.push({ ...raw, credit });
        // A document ("the report said") does not become the speaker that later quotations follow.
        if (!isDocumentCue(tokens, raw)) following = credit;
      }
      // "According to the Crown, a report filed by Cpl. Green noted …", "At 2,300 feet, according to
      // Gibson, Major said …": what the rest of the sentence reports comes from the according source.
      const lead = cues[0];
      if (
        ruleOn('according-lead') &&
        lead?.kind === 'according' &&
        (lead.verbFrom === 0 || tokens[lead.verbFrom - 1]?.text === ',') &&
        tokens[lead.subjectTo]?.text === ','
      ) {
        for (let c = 1; c < cues.length; c++) {
          const cue = cues[c];
          if (cue && cue.verbFrom > lead.subjectTo)
            cues[c] = { ...cue, credit: { ...lead.credit, by: 'according-lead' } };
        }
      }
      const first = persons[0];
      const opener = first && subjects.has(first) ? first : null;
      work.push({ tokens, cues, opener, start: sentence.start, end: sentence.end });
    }
    if (!quotes) return;

    const paragraphCues = work.flatMap((w) =>
      w.cues.map((c) => ({ ...c, at: w.tokens[c.verbFrom]?.start ?? w.start })),
    );
    // The paragraph that carries on a quotation left open credits it, when it names the speaker.
    const firstCue = paragraphCues[0];
    if (
      ruleOn('continued-quotation') &&
      awaitingCredit.length > 0 &&
      scan.spans[0] &&
      !scan.spans[0].opened &&
      firstCue
    ) {
      for (const quote of awaitingCredit) {
        quote.speaker = firstCue.credit.speaker;
        quote.role = firstCue.credit.role;
        quote.creditedBy = firstCue.credit.speaker ? 'continued-quotation' : null;
      }
    }
    if (!scan.spans[0] || scan.spans[0].opened) awaitingCredit.length = 0;
    for (const sentence of work) {
      const { tokens, cues } = sentence;
      const spans = scan.spans.filter((s) => s.start >= sentence.start && s.start < sentence.end);
      const clauses: Region[] = [];
      // Reported clauses: after the cue ("said that …") or before it ("…, she said").
      cues.forEach((cue, index) => {
        const clause = reportedClause(tokens, cue, cues[index + 1], index > 0, spans, sentence, masked, text);
        if (!clause) return;
        const region = trimRegion(text, clause);
        if (!region) return;
        const clauseText = text.slice(region.start, region.end);
        if (wordCount(clauseText) < 3) return;
        clauses.push(region);
        // A reported clause that quotes some of the words ("…to ensure "durable security" along…") is
        // what newsrooms call a partial quote: paraphrase around the speaker's own words.
        const quotesWords = spans.some((span) => span.start >= region.start && span.end <= region.end);
        quotes.push({
          text: clauseText,
          kind: quotesWords ? 'partial' : 'indirect',
          paragraph: paragraph.number,
          speaker: cue.credit.speaker,
          role: cue.credit.role,
          rule: clause.rule,
          creditedBy: cue.credit.speaker ? (cue.credit.by ?? 'cue-in-sentence') : null,
        });
      });
      if (state.headline) continue;
      for (const span of spans) {
        const spanText = text.slice(span.start, span.end);
        const inner = spanText.replace(/^["“”„«»'‘’]|["“”„«»'‘’]$/g, '');
        if (wordCount(inner) === 0) continue;
        const direct = isDirect(tokens, span, cues, sentence, masked);
        const insideClause = clauses.some((c) => span.start >= c.start - 1 && span.end <= c.end + 1);
        if (!direct) {
          // Titles and scare quotes are not speech: short, or every word capitalised.
          const words = inner.split(/\s+/).filter(Boolean);
          if (words.length < 2) continue;
          if (
            words.every((w) => isCapitalised(w) || /^(?:of|the|and|a|in|on|for|to)$/.test(w)) &&
            words.length <= 6
          )
            continue;
          if (span.single) continue;
          // A fragment inside a reported clause is part of that (mixed) quote, as news annotation counts it.
          if (insideClause && !options.fragments) continue;
          // Without a cue, a short fragment is a term or a scare quote ("no collusion"), not speech.
          if (!insideClause && cues.length === 0 && words.length < MIN_WORDS_UNCREDITED_FRAGMENT) continue;
        }
        // A phrase quoted in a sentence with no cue of its own is the sentence subject's ("Demi
        // apologized and then sniffed that "…""), not the speaker of another sentence.
        // "Durning did not need much coaxing. "I'm thankful …"": a quotation with no cue of its own, after
        // a sentence about someone (and no cue since), is theirs.
        // "Reyes puts it plainly: "…"": a quotation a colon introduces, in a sentence with no cue, is
        // the sentence subject's, not the previous speaker's.
        const introduced =
          ruleOn('colon-introduction') &&
          direct &&
          cues.length === 0 &&
          /:\s*$/.test(masked.slice(sentence.start, span.start)) &&
          // A sentence, not a label or a title-cased headline ("ANALYST'S VIEW:", "Mayor Slams Plan:").
          /(?:^|\s)\p{Ll}{2,}/u.test(masked.slice(sentence.start, span.start))
            ? sentence.opener
            : null;
        const narrated =
          ruleOn('narrator') && direct && cues.length === 0 && !introduced
            ? narrator(work, work.indexOf(sentence))
            : null;
        const opener =
          !direct && cues.length === 0
            ? ruleOn('sentence-opener')
              ? sentence.opener
              : null
            : (introduced ?? narrated);
        const sentenceCue =
          opener || !ruleOn('cue-in-sentence') ? null : nearestCue(span, cues, tokens, text);
        const paragraphCue =
          opener || sentenceCue || !ruleOn('cue-in-paragraph')
            ? null
            : nearestParagraphCue(span, paragraphCues);
        const own = sentenceCue ?? paragraphCue;
        const carried = ruleOn('following') ? following : null;
        const credit =
          own?.credit ??
          (opener ? { speaker: opener.name, role: opener.role, entity: opener } : null) ??
          carried;
        const creditedBy = !credit?.speaker
          ? null
          : sentenceCue
            ? (sentenceCue.credit.by ?? 'cue-in-sentence')
            : paragraphCue
              ? 'cue-in-paragraph'
              : opener
                ? opener === introduced
                  ? 'colon-introduction'
                  : opener === narrated
                    ? 'narrator'
                    : 'sentence-opener'
                : 'following';
        if (!own && direct && credit?.entity)
          tracker.mention(credit.entity, positionAt(base, span.start), true);
        const quote: Quote = {
          text: spanText,
          kind: direct ? 'direct' : 'partial',
          paragraph: paragraph.number,
          speaker: credit?.speaker ?? null,
          role: credit?.role ?? null,
          rule: 'quotation-marks',
          creditedBy,
        };
        quotes.push(quote);
        // A quotation that runs into the next paragraph may be credited there ("…," said Nicholson).
        if (!own && !span.closed) awaitingCredit.push(quote);
        if (credit?.speaker && direct && !insideClause) following = credit;
      }
    }
  });
}
