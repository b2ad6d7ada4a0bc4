import { diffArrays } from 'diff';
import type { Knowledge, PassageItem, QuoteItem } from '../core/knowledge.ts';
import type { Answer, Citation, DateValue, Highlight, PageRequest } from '../core/types.ts';
import { cleanQuery } from '../search/query.ts';
import { type FoldedWord, findWords, foldedWords } from './fold.ts';
import { publicationDate } from './format.ts';
import { earliestFirst, groupResults } from './group.ts';
import { citationFor, pageBounds } from './index.ts';
import type { FieldsOf } from './questions.ts';
import { namesSpeaker } from './speakers.ts';
import { echo, Strings } from './strings.ts';

/**
 * /verify: is this quote in the corpus, in these words, from this speaker? One verdict, then the
 * evidence. Words are compared folded (src/answer/fold.ts); word differences come from the `diff`
 * package's diffArrays.
 */

export type Verdict = 'verified' | 'misattributed' | 'altered' | 'unattributed' | 'not-found';

/** A stretch of the corpus wording compared with the claim, word by word. */
export type WordDiff =
  | { op: 'same'; corpus: string }
  /** Words the claim adds. */
  | { op: 'added'; claim: string }
  /** Corpus words the claim leaves out. */
  | { op: 'removed'; corpus: string }
  /** Corpus words the claim puts other words in place of. */
  | { op: 'changed'; corpus: string; claim: string };

export interface VerifyMatch {
  articleId: string;
  /** The corpus wording: the quote, or the paragraph when no quote holds the words. */
  text: string;
  /** 'quote': a quote the corpus extracted; 'passage': a paragraph's text. */
  source: 'quote' | 'passage';
  speaker: string | null;
  role: string | null;
  date: DateValue | null;
  citation: Citation;
  /** Every article carrying this wording from this speaker, earliest first. */
  carriedBy: Citation[];
  /** The claim's words, in these words, in this text. */
  exact: boolean;
  /** Exact, and the corpus quote goes on beyond the claim. */
  trimmed: boolean;
  /** 0–1: how much of the claim this text holds, in order (1 for exact). */
  similarity: number;
  /** The stretch of `text` that the claim corresponds to. */
  highlights: Highlight[];
  /** Word differences between that stretch and the claim (empty when exact). */
  diff: WordDiff[];
}

export interface VerifyAnswer extends Answer<VerifyMatch> {
  verdict: Verdict;
  trimmed: boolean;
  /** Whom the corpus credits (the first-reported credit when articles disagree), null when none. */
  speaker: string | null;
  /** Every speaker the matching articles credit, when they disagree (else just `speaker`). */
  speakers: string[];
  /** What the verdict means for this claim, in one sentence. */
  summary: string;
}

export type VerifyQuestion = FieldsOf<'verify'> & PageRequest;

/** A close match needs this share of the claim's words, in order (Dice over the aligned stretch). */
const ALTERED_MIN = 0.6;
/** Candidates read from the quote and paragraph indexes. */
const QUOTE_CANDIDATES = 40;
const PASSAGE_CANDIDATES = 10;
/** Nearest passages shown when nothing is close. */
const NEAREST = 3;

interface Aligned {
  exact: boolean;
  trimmed: boolean;
  similarity: number;
  highlights: Highlight[];
  diff: WordDiff[];
}

const join = (words: readonly FoldedWord[], text: string): string =>
  words.length === 0 ? '' : text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? 0);

/** The stretch of `text` (at least as long as the claim, plus slack) holding most of the claim's words. */
function densestWindow(text: readonly FoldedWord[], claim: ReadonlySet<string>, size: number): number {
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (claim.has(text[i]?.word ?? '')) count++;
    if (i >= size && claim.has(text[i - size]?.word ?? '')) count--;
    if (i >= size - 1 && count > bestCount) {
      bestCount = count;
      best = Math.max(0, i - size + 1);
    }
  }
  return best;
}

/** Lines the claim up with a corpus text: exact containment first, else the closest stretch, diffed. */
export function align(claimText: string, corpusText: string): Aligned {
  const claim = foldedWords(claimText);
  const text = foldedWords(corpusText);
  const claimWords = claim.map((w) => w.word);
  const textWords = text.map((w) => w.word);
  const at = findWords(textWords, claimWords);
  if (at >= 0) {
    const start = text[at]?.start ?? 0;
    const end = text[at + claim.length - 1]?.end ?? start;
    return {
      exact: true,
      trimmed: text.length > claim.length,
      similarity: 1,
      highlights: [{ start, end }],
      diff: [],
    };
  }
  const size = Math.min(text.length, claim.length + 4);
  const from = densestWindow(text, new Set(claimWords), size);
  const window = text.slice(from, from + size);
  const parts = diffArrays(
    window.map((w) => w.word),
    claimWords,
  );
  // Only the stretch from the first to the last shared word is the claim's counterpart.
  let first = -1;
  let last = -1;
  let pos = 0;
  let shared = 0;
  for (const part of parts) {
    if (part.added) continue;
    if (!part.removed) {
      if (first < 0) first = pos;
      last = pos + part.count - 1;
      shared += part.count;
    }
    pos += part.count;
  }
  if (shared === 0) return { exact: false, trimmed: false, similarity: 0, highlights: [], diff: [] };
  const stretch = window.slice(first, last + 1);
  const similarity = (2 * shared) / (claim.length + stretch.length);
  const diff: WordDiff[] = [];
  let taken = 0;
  let claimAt = 0;
  const inner = diffArrays(
    stretch.map((w) => w.word),
    claimWords,
  );
  for (let i = 0; i < inner.length; i++) {
    const part = inner[i];
    if (!part) continue;
    if (part.added) {
      const words = claim.slice(claimAt, claimAt + part.count);
      claimAt += part.count;
      diff.push({ op: 'added', claim: join(words, claimText) });
      continue;
    }
    const words = stretch.slice(taken, taken + part.count);
    taken += part.count;
    const corpus = join(words, corpusText);
    if (!part.removed) {
      claimAt += part.count;
      diff.push({ op: 'same', corpus });
      continue;
    }
    const next = inner[i + 1];
    if (next?.added) {
      const replaced = claim.slice(claimAt, claimAt + next.count);
      claimAt += next.count;
      i++;
      diff.push({ op: 'changed', corpus, claim: join(replaced, claimText) });
    } else {
      diff.push({ op: 'removed', corpus });
    }
  }
  const start = stretch[0]?.start ?? 0;
  const end = stretch.at(-1)?.end ?? start;
  return { exact: false, trimmed: false, similarity, highlights: [{ start, end }], diff };
}

function fromQuote(item: QuoteItem, a: Aligned): VerifyMatch {
  return {
    articleId: item.article.id,
    text: item.quote.text,
    source: 'quote',
    speaker: item.quote.speaker,
    role: item.quote.role,
    date: publicationDate(item.article.date),
    citation: citationFor(item.article, item.quote.paragraph),
    ...a,
    carriedBy: [],
  };
}

function fromPassage(item: PassageItem, a: Aligned): VerifyMatch {
  return {
    articleId: item.article.id,
    text: item.paragraph.text,
    source: 'passage',
    speaker: null,
    role: null,
    date: publicationDate(item.article.date),
    citation: citationFor(item.article, item.paragraph.number),
    ...a,
    carriedBy: [],
  };
}

const firstReported = (a: VerifyMatch, b: VerifyMatch): number => earliestFirst(a.citation, b.citation);

/** Distinct speakers in order of first appearance. */
const distinctSpeakers = (matches: readonly VerifyMatch[]): string[] => [
  ...new Set(matches.map((m) => m.speaker).filter((s): s is string => s !== null)),
];

interface Judgement {
  verdict: Verdict;
  matches: VerifyMatch[];
  speakers: string[];
}

/**
 * The verdict. Exact matches decide first: the earliest article that credits the words is the
 * reference ("first reported … by …"); a claimed speaker it names is verified, one it does not is
 * misattributed (later articles that credit someone else are shown as a disagreement either way).
 */
function judge(
  exact: VerifyMatch[],
  close: VerifyMatch[],
  nearest: VerifyMatch[],
  speaker: string,
): Judgement {
  const judged = judgeMatches(exact, close, nearest, speaker);
  // One wording carried by many articles, from one speaker, is one piece of evidence.
  return { ...judged, matches: groupResults(judged.matches, (a, b) => a.speaker === b.speaker) };
}

function judgeMatches(
  exact: VerifyMatch[],
  close: VerifyMatch[],
  nearest: VerifyMatch[],
  speaker: string,
): Judgement {
  if (exact.length > 0) {
    const credited = exact.filter((m) => m.speaker !== null).sort(firstReported);
    const uncredited = exact.filter((m) => m.speaker === null).sort(firstReported);
    const first = credited[0];
    if (!first) return { verdict: 'unattributed', matches: uncredited, speakers: [] };
    const speakers = distinctSpeakers(credited);
    const named = !speaker || namesSpeaker(speaker, first.speaker ?? '', first.role);
    return { verdict: named ? 'verified' : 'misattributed', matches: credited, speakers };
  }
  if (close.length > 0) return { verdict: 'altered', matches: close, speakers: distinctSpeakers(close) };
  return { verdict: 'not-found', matches: nearest, speakers: [] };
}

/** verify: one verdict on a quote (and its speaker, if given), with the articles as evidence. */
export function verifyQuote(k: Knowledge, question: VerifyQuestion): VerifyAnswer {
  const quote = question.quote?.trim() ?? '';
  const speaker = question.speaker?.trim() ?? '';
  const query: Record<string, string> = { quote: echo(quote, 300) };
  if (speaker) query.speaker = echo(speaker, 100);
  const empty = (verdict: Verdict, summary: string): VerifyAnswer => ({
    command: 'verify',
    query,
    verdict,
    trimmed: false,
    speaker: null,
    speakers: [],
    summary,
    results: [],
    total: 0,
    offset: 0,
    suggestion: summary,
  });
  if (k.articleCount === 0) return empty('not-found', Strings.emptyCorpus);
  const claimQuery = cleanQuery(quote);
  if (foldedWords(quote).length === 0 || claimQuery.terms.length === 0) {
    return empty('not-found', Strings.askForQuote);
  }

  const quoteMatches = k.quotes
    .search(claimQuery, { limit: QUOTE_CANDIDATES })
    .map((hit) => fromQuote(hit.item, align(quote, hit.item.quote.text)));
  const passageMatches = k.passages
    .search(claimQuery, { limit: PASSAGE_CANDIDATES })
    .map((hit) => fromPassage(hit.item, align(quote, hit.item.paragraph.text)));

  const exact = quoteMatches.filter((m) => m.exact);
  // Words found in a paragraph but in no quote the corpus extracted: in the corpus, nobody credited.
  if (exact.length === 0) exact.push(...passageMatches.filter((m) => m.exact));
  const bySimilarity = (a: VerifyMatch, b: VerifyMatch) => b.similarity - a.similarity || firstReported(a, b);
  const close = [...quoteMatches, ...passageMatches]
    .filter((m) => !m.exact && m.similarity >= ALTERED_MIN)
    .sort(bySimilarity);
  // A paragraph that holds a close quote is the same evidence twice: keep the quote.
  const closeShown = close.filter(
    (m) =>
      m.source === 'quote' ||
      !close.some(
        (q) =>
          q.source === 'quote' &&
          q.articleId === m.articleId &&
          q.citation.paragraph === m.citation.paragraph,
      ),
  );
  const nearest = passageMatches
    .filter((m) => m.similarity > 0)
    .sort(bySimilarity)
    .slice(0, NEAREST);
  const { verdict, matches, speakers } = judge(exact, closeShown, nearest, speaker);

  const credit = matches.find((m) => m.speaker !== null)?.speaker ?? null;
  const trimmed = verdict === 'verified' && (matches[0]?.trimmed ?? false);
  const first = matches[0];
  const summary = summarise(verdict, {
    claimed: speaker,
    credit,
    speakers,
    trimmed,
    first,
    count: matches.length,
  });
  const { offset, limit } = pageBounds(question);
  return {
    command: 'verify',
    query,
    verdict,
    trimmed,
    speaker: verdict === 'not-found' ? null : credit,
    speakers,
    summary,
    results: matches.slice(offset, offset + limit),
    total: matches.length,
    offset,
    suggestion: verdict === 'not-found' ? Strings.verifyNotFoundHint : null,
  };
}

interface SummaryFacts {
  claimed: string;
  credit: string | null;
  speakers: readonly string[];
  trimmed: boolean;
  first: VerifyMatch | undefined;
  count: number;
}

function summarise(verdict: Verdict, f: SummaryFacts): string {
  const where = f.first ? Strings.firstReported(f.first.citation.date, f.first.citation.outlet) : '';
  const disagree = f.speakers.length > 1 ? ` ${Strings.articlesDisagree(f.speakers)}` : '';
  switch (verdict) {
    case 'verified':
      return `${Strings.verdictVerified(f.credit ?? '', f.trimmed)} ${where}${disagree}`.trim();
    case 'misattributed':
      return `${Strings.verdictMisattributed(echo(f.claimed), f.credit ?? '')} ${where}${disagree}`.trim();
    case 'altered':
      return `${Strings.verdictAltered(f.credit)} ${where}`.trim();
    case 'unattributed':
      return `${Strings.verdictUnattributed} ${where}`.trim();
    case 'not-found':
      return Strings.verdictNotFound(f.count > 0);
  }
}

export interface Claim {
  quote: string;
  speaker?: string;
}

const VERB = String.raw`(?:said|says|stated|wrote|writes|told\s+\S+|declared|claimed|tweeted|posted)`;
const NAME = '([^"“”«»—–―:]{2,80}?)';
const QUOTED = '(["“«].+["”»])';

/** The ways a pasted claim names its speaker, tried in order (the first that matches wins). */
const CLAIM_FORMS: readonly { name: string; pattern: RegExp; quote: 1 | 2 }[] = [
  // “…” — Name   /   “…” - Name
  { name: 'dash', pattern: new RegExp(String.raw`^(.+?)\s*(?:[—–―]|\s-)\s*${NAME}[.!]?$`, 's'), quote: 1 },
  // Name said: “…”
  {
    name: 'name-said',
    pattern: new RegExp(String.raw`^${NAME}\s+${VERB}\s*[:,]?\s*${QUOTED}$`, 'is'),
    quote: 2,
  },
  // “…,” Name said.
  {
    name: 'quote-name-said',
    pattern: new RegExp(String.raw`^${QUOTED}\s*,?\s*${NAME}\s+${VERB}\.?$`, 'is'),
    quote: 1,
  },
  // “…,” said Name.
  {
    name: 'quote-said-name',
    pattern: new RegExp(String.raw`^${QUOTED}\s*,?\s*${VERB}\s+${NAME}\.?$`, 'is'),
    quote: 1,
  },
];

const unquote = (text: string): string =>
  text
    .trim()
    .replace(/^["“”«»‘’']+|["“”«»‘’',]+$/g, '')
    .trim();

/** A name or a role as a claim gives it: a few words, starting with a capital or "the". */
const looksLikeName = (text: string): boolean =>
  text.split(' ').length <= 6 && /^(?:\p{Lu}|[Tt]he\s|[Aa]n?\s)/u.test(text);

/** A message pasted as a claim: its quote, and the speaker when it says "X said" or "— X". */
export function readClaim(message: string): Claim {
  const text = message.replace(/\s+/g, ' ').trim();
  for (const form of CLAIM_FORMS) {
    const m = form.pattern.exec(text);
    if (!m) continue;
    const quote = unquote(m[form.quote] ?? '');
    const speaker = (m[form.quote === 1 ? 2 : 1] ?? '').trim().replace(/[.,;:!?]+$/, '');
    if (quote && looksLikeName(speaker)) return { quote, speaker };
  }
  return { quote: unquote(text) };
}
