import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import type { AnyAnswer } from '../answer/ask.ts';
import { formatDate, publicationDate } from '../answer/format.ts';
import { AnswerLimits } from '../answer/limits.ts';
import type { Question } from '../answer/questions.ts';
import { type DiffMarks, markDiff } from '../answer/render-text.ts';
import { coverage, Strings } from '../answer/strings.ts';
import type { Verdict, VerifyAnswer, VerifyMatch } from '../answer/verify.ts';
import type { Citation, DateValue, EventResult, QuoteResult, SourceResult } from '../core/types.ts';
import { BotLimits, DiscordLimits } from './limits.ts';
import { pageCustomId } from './paging.ts';
import { escapeMarkdown, excerpt, shorten } from './text.ts';

/** Nothing the bot sends may ping anyone: not @everyone, roles, users, nor the person it replies to. */
export const noPings = Object.freeze({ parse: [], repliedUser: false }) as { parse: []; repliedUser: false };

const COLOUR = 0x3b6ea5;
const VERDICT_COLOURS: Readonly<Record<Verdict, number>> = {
  verified: 0x2e8540,
  misattributed: 0xc0392b,
  altered: 0xd68910,
  unattributed: 0x7f8c8d,
  'not-found': 0x7f8c8d,
};

/** Markdown cut to `max` characters without leaving a ~~ or __ open (the marks are dropped then). */
function clipMarkdown(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const balanced = (mark: string) => (cut.split(mark).length - 1) % 2 === 0;
  return `${balanced('~~') && balanced('__') ? cut : cut.replace(/~~|__/g, '')}…`;
}

export interface RenderedPage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof noPings;
  /** How many of the answer's results this page shows (fewer than asked when Discord's limits bite). */
  shown: number;
}

function dateText(d: DateValue | null): string {
  return d ? formatDate(d) : Strings.dateNotStated;
}

function publishedOn(date: string | null): string | null {
  const d = publicationDate(date);
  return d ? formatDate(d) : null;
}

function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return null;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** "[Title](url) — Outlet, 14 Nov 2022, ¶3", with the file path when there is no link. */
export function citationText(c: Citation, withTitle = true): string {
  const url = safeUrl(c.url);
  const title = shorten(c.title, 200);
  const parts = [c.outlet ? shorten(c.outlet, 100) : null, publishedOn(c.date), `¶${c.paragraph}`].filter(
    (p): p is string => p !== null,
  );
  const head = withTitle
    ? url
      ? `[${title}](${url})`
      : `**${title}**`
    : url
      ? `[Read the article](${url})`
      : '';
  const line = [head, parts.join(', ')].filter(Boolean).join(' — ');
  return url ? line : `${line}\n\`${c.source.replace(/`/g, "'")}\``;
}

export function describeQuestion(question: Question): string {
  const quoted = (s: string) => `“${shorten(s, 150)}”`;
  switch (question.command) {
    case 'who-said': {
      const { topic, speaker } = question;
      return [topic ? quoted(topic) : null, speaker ? `by ${quoted(speaker)}` : null]
        .filter(Boolean)
        .join(' ');
    }
    case 'what-happened': {
      const { topic, when } = question;
      return [quoted(topic), when ? `(${shorten(when, 100)})` : null].filter(Boolean).join(' ');
    }
    case 'source':
      return quoted(question.text);
    case 'verify':
      return [quoted(question.quote), question.speaker ? `by ${quoted(question.speaker)}` : null]
        .filter(Boolean)
        .join(' ');
  }
}

/** Word differences in Discord markdown: ~~left out~~ of the claim, __put in__ by it. */
const DISCORD_DIFF: DiffMarks = {
  same: escapeMarkdown,
  added: (t) => `__${escapeMarkdown(t)}__`,
  removed: (t) => `~~${escapeMarkdown(t)}~~`,
};

function verdictEmbed(a: VerifyAnswer): APIEmbed {
  const legend = a.results.some((m) => m.diff.length > 0) ? `\n-# ${Strings.diffLegend}` : '';
  return {
    color: VERDICT_COLOURS[a.verdict],
    title: Strings.verdictBadges[a.verdict],
    description: shorten(a.summary, BotLimits.resultText) + legend,
  };
}

function matchEmbed(m: VerifyMatch): APIEmbed {
  const url = safeUrl(m.citation.url);
  const title = m.source === 'passage' ? m.citation.title : (m.speaker ?? Strings.speakerNotStated);
  const fields: APIEmbedField[] = [];
  if (m.diff.length > 0) {
    fields.push({
      name: Strings.differencesField,
      value: clipMarkdown(markDiff(m.diff, DISCORD_DIFF), DiscordLimits.embedFieldValue),
    });
  }
  fields.push({ name: 'Source', value: citationText(m.citation, m.source !== 'passage') });
  fields.push(...carriedField(m.carriedBy));
  return {
    color: COLOUR,
    title: shorten(title, DiscordLimits.embedTitle),
    ...(url ? { url } : {}),
    description:
      (m.role ? `*${shorten(m.role, 300)}*\n` : '') +
      excerpt(m.text, m.highlights, BotLimits.resultText, { blockQuote: true }),
    fields,
  };
}

function quoteEmbed(r: QuoteResult): APIEmbed {
  const role = r.role ? `*${shorten(r.role, 300)}*\n` : '';
  const url = safeUrl(r.citation.url);
  return {
    color: COLOUR,
    title: shorten(r.speaker ?? Strings.speakerNotStated, DiscordLimits.embedTitle),
    ...(url ? { url } : {}),
    description: role + excerpt(r.text, r.highlights, BotLimits.resultText, { blockQuote: true }),
    fields: [
      { name: 'Said', value: dateText(r.date), inline: true },
      { name: 'Source', value: citationText(r.citation), inline: false },
      ...carriedField(r.carriedBy),
    ],
  };
}

/** "First reported … Carried by N articles: …" under a result many articles carry. */
function carriedField(carriedBy: readonly Citation[]): APIEmbedField[] {
  const line = coverage(carriedBy);
  return line ? [{ name: Strings.carriedField, value: shorten(line, DiscordLimits.embedFieldValue) }] : [];
}

function eventField(r: EventResult): APIEmbedField {
  const citation = citationText(r.citation);
  const room = DiscordLimits.embedFieldValue - citation.length - 1;
  return {
    name: shorten(
      `${dateText(r.date)}${r.upcoming ? `, ${Strings.upcoming}` : ''}`,
      DiscordLimits.embedFieldName,
    ),
    value: `${excerpt(r.text, r.highlights, Math.min(room, BotLimits.resultText))}\n${citation}`,
  };
}

function sourceEmbed(r: SourceResult): APIEmbed {
  const url = safeUrl(r.citation.url);
  return {
    color: COLOUR,
    title: shorten(r.citation.title, DiscordLimits.embedTitle),
    ...(url ? { url } : {}),
    description: excerpt(r.text, r.highlights, BotLimits.resultText, { blockQuote: true }),
    fields: [{ name: 'Citation', value: citationText(r.citation, false) }, ...carriedField(r.carriedBy)],
  };
}

function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Room kept for the footer added to the last embed. */
const FOOTER_ROOM = 40;

/**
 * Takes parts one at a time, always the first, until the next would pass Discord's total character
 * limit for a message's embeds (less room for the footer) or the count limit.
 */
function fitting<P>(parts: readonly P[], length: (part: P) => number, maxCount: number, used = 0): P[] {
  const taken: P[] = [];
  let total = FOOTER_ROOM + used;
  for (const part of parts) {
    const len = length(part);
    if (taken.length > 0 && (total + len > DiscordLimits.embedsTotal || taken.length >= maxCount)) break;
    taken.push(part);
    total += len;
  }
  return taken;
}

/** Builds embeds one result at a time until the next one would break a Discord limit. */
function fitResults<R>(results: readonly R[], toEmbed: (r: R) => APIEmbed): APIEmbed[] {
  return fitting(results.map(toEmbed), embedLength, DiscordLimits.embedsPerMessage);
}

function timeline(results: readonly EventResult[]): { embeds: APIEmbed[]; shown: number } {
  const fields = fitting(
    results.map(eventField),
    (f) => f.name.length + f.value.length,
    DiscordLimits.embedFields,
  );
  return { embeds: [{ color: COLOUR, fields }], shown: fields.length };
}

function buttons(key: string | null, offset: number, next: number, total: number) {
  if (!key) return [];
  const row: APIButtonComponent[] = [];
  if (offset > 0) {
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: Strings.previousButton,
      custom_id: pageCustomId(key, Math.max(0, offset - AnswerLimits.resultsPerPage)),
    });
  }
  if (next < total) {
    row.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: Strings.moreButton,
      custom_id: pageCustomId(key, next),
    });
  }
  return row.length > 0 ? [{ type: ComponentType.ActionRow as const, components: row }] : [];
}

/** One page of an answer that has results. `pageKey` is null when the question cannot be paged. */
export function renderPage(question: Question, a: AnyAnswer, pageKey: string | null): RenderedPage {
  let embeds: APIEmbed[];
  let shown: number;
  switch (a.command) {
    case 'who-said':
      embeds = fitResults(a.results, quoteEmbed);
      shown = embeds.length;
      break;
    case 'what-happened':
      ({ embeds, shown } = timeline(a.results));
      break;
    case 'source':
      embeds = fitResults(a.results, sourceEmbed);
      shown = embeds.length;
      break;
    case 'verify': {
      const verdict = verdictEmbed(a);
      const matches = fitting(
        a.results.map(matchEmbed),
        embedLength,
        DiscordLimits.embedsPerMessage - 1,
        embedLength(verdict),
      );
      embeds = [verdict, ...matches];
      shown = matches.length;
      break;
    }
  }
  const { offset, total } = a;
  const next = offset + shown;
  const last = embeds.at(-1);
  if (last && total > 0)
    last.footer = { text: Strings.pageFooter(offset + 1, next, total, a.capped === true) };
  return {
    content: `**${Strings.headers[question.command]}** ${describeQuestion(question)}`,
    embeds,
    components: buttons(pageKey, offset, next, total),
    allowedMentions: noPings,
    shown,
  };
}

/** The friendly answer to a question with no results (sent ephemeral where Discord allows). */
export function renderNoResults(question: Question, a: AnyAnswer): string {
  // The suggestion is plain text that repeats what was asked: escaped, so a masked link typed into a
  // question is shown as typed, never rendered as a link under the bot's name.
  return Strings.noResults(describeQuestion(question), a.suggestion ? escapeMarkdown(a.suggestion) : null);
}
