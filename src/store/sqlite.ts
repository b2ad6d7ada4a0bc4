import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import Fuse from 'fuse.js';
import { type LogSink, silentLog } from '../core/log-sink.ts';
import type { ExtractedArticle } from '../core/types.ts';
import { highlightTerms, TermMatcher } from '../search/highlight.ts';
import { CANDIDATES, FULL_SCAN_LIMIT, FUSE_OPTIONS } from '../search/options.ts';
import { type CleanQuery, cleanQuery } from '../search/query.ts';
import { indexTerms, oneEditAway, queryTerm } from '../search/terms.ts';
import {
  containsPhrase,
  fuseKeys,
  type Hit,
  MIN_PHRASE_WORDS,
  PHRASE_BAND,
  phrasePattern,
  rankWithFuse,
  type SearchField,
  type SearchOptions,
} from '../search/text-index.ts';
import {
  EVENT_FIELDS,
  type EventItem,
  type Items,
  itemsOf,
  PASSAGE_FIELDS,
  type PassageItem,
  QUOTE_FIELDS,
  type QuoteItem,
  type SpeakerEntry,
  speakerKey,
  topicPhrases,
} from './items.ts';
import type { Collection, Store } from './store.ts';

/**
 * The embedded store: one SQLite file per corpus (better-sqlite3), read from disk, written one
 * article per transaction in WAL mode (a crash loses at most the article being written). FTS5 holds
 * each item's index terms (the project's own tokenizing: normalised, stopwords out, light stem) and
 * picks candidates by BM25; Fuse.js re-ranks them as it always did. Every list is ordered by content
 * (score, then article id, then position), never by when a row was written, so the same corpus gives
 * the same answers however it was loaded.
 */

const KINDS = ['quotes', 'events', 'passages'] as const;
type Kind = (typeof KINDS)[number];

/** A query word the store has seen in fewer items than this is also tried one edit away. */
const RARE_DOC_COUNT = 3;
const MAX_CORRECTIONS = 4;
/** With a filter, this many BM25 matches are read so that enough survive it. */
const FILTERED_CANDIDATES = 2_000;
/** Items holding a pasted phrase that join the candidates. */
const PHRASE_CANDIDATES = 200;
/** Articles kept parsed in memory: the candidates of recent questions. */
const ARTICLE_CACHE = 2_000;
/** Articles read for a query made only of common words (a phrase scan). */
const PHRASE_SCAN_ARTICLES = 2_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, key TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quotes (
  rowid INTEGER PRIMARY KEY, article TEXT NOT NULL, n INTEGER NOT NULL,
  speaker TEXT, speaker_key TEXT, role TEXT, date TEXT, paragraph INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article, n);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker, date, article, n);
CREATE INDEX IF NOT EXISTS quotes_speaker_key ON quotes (speaker_key);
CREATE TABLE IF NOT EXISTS events (rowid INTEGER PRIMARY KEY, article TEXT NOT NULL, n INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS events_article ON events (article, n);
CREATE TABLE IF NOT EXISTS passages (rowid INTEGER PRIMARY KEY, article TEXT NOT NULL, n INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS passages_article ON passages (article, n);
CREATE TABLE IF NOT EXISTS speakers (key TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT, quotes INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS topics (phrase TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS topics_count ON topics (count DESC, phrase);
${KINDS.map(
  (kind) => `
CREATE VIRTUAL TABLE IF NOT EXISTS ${kind}_fts USING fts5 (
  terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE IF NOT EXISTS ${kind}_vocab USING fts5vocab (${kind}_fts, 'row');`,
).join('\n')}
`;

/** An index term as FTS5 stores it: one token, its inner apostrophes and hyphens dropped. */
const token = (term: string): string => term.replace(/['’-]/g, '');

const termsText = <T>(fields: readonly SearchField<T>[], item: T): string =>
  fields
    .flatMap((f) => {
      const value = f.get(item);
      return value ? indexTerms(value).map(token) : [];
    })
    .join(' ');

interface Cached {
  entry: ExtractedArticle;
  items: Items;
}

export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #articles = new Map<string, Cached>();
  readonly #log: LogSink;
  /** Bumped at every write: what the in-memory lists below were built for. */
  #generation = 0;
  #speakerList: { generation: number; list: { entry: SpeakerEntry; words: string[] }[] } | null = null;
  readonly quotes: SqlCollection<QuoteItem>;
  readonly events: SqlCollection<EventItem>;
  readonly passages: SqlCollection<PassageItem>;

  private constructor(db: Database.Database, log: LogSink) {
    this.#db = db;
    this.#log = log;
    this.quotes = new SqlCollection(this, 'quotes', QUOTE_FIELDS, 60);
    this.events = new SqlCollection(this, 'events', EVENT_FIELDS, CANDIDATES);
    this.passages = new SqlCollection(this, 'passages', PASSAGE_FIELDS, CANDIDATES);
  }

  /**
   * Opens (creating if needed) the store in `file`, or an in-memory one for null. A store written by
   * another version of the extraction or the index terms is started again: its answers would differ.
   */
  static open(file: string | null, version: string, log: LogSink = silentLog): SqliteStore {
    if (file === null) return new SqliteStore(SqliteStore.#prepare(new Database(':memory:'), version), log);
    mkdirSync(dirname(file), { recursive: true });
    const again = (): Database.Database => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      return SqliteStore.#prepare(new Database(file), version);
    };
    let db: Database.Database;
    try {
      db = new Database(file);
      const stored = SqliteStore.#version(db);
      if (stored !== null && stored !== version) {
        log.info({ file }, 'the store was written by another version: building it again');
        db.close();
        db = again();
      } else {
        SqliteStore.#prepare(db, version);
      }
    } catch (error) {
      log.warn({ err: error, file }, 'the store is damaged or not a database: building it again');
      db = again();
    }
    return new SqliteStore(db, log);
  }

  static #prepare(db: Database.Database, version: string): Database.Database {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA);
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('version', version);
    db.prepare('SELECT count(*) FROM articles').get();
    return db;
  }

  /** The version the store was written by; null for a new file; throws when it is no database. */
  static #version(db: Database.Database): string | null {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE name = 'meta'").get();
    if (!table) return null;
    const row = db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as
      | { value: string }
      | undefined;
    return row?.value ?? null;
  }

  readonly #statements = new Map<string, Database.Statement>();

  /** A prepared statement, prepared once per store. */
  sql(text: string): Database.Statement {
    let statement = this.#statements.get(text);
    if (!statement) {
      statement = this.#db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  get generation(): number {
    return this.#generation;
  }

  get articleCount(): number {
    return (this.sql('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  close(): void {
    this.#db.close();
  }

  keys(): Map<string, string> {
    const rows = this.sql('SELECT id, key FROM articles').raw().all() as [string, string][];
    return new Map(rows);
  }

  /** The article and its items, parsed once and kept while recently used. */
  cached(id: string): Cached | undefined {
    const known = this.#articles.get(id);
    if (known) {
      this.#articles.delete(id);
      this.#articles.set(id, known);
      return known;
    }
    const row = this.sql('SELECT body FROM articles WHERE id = ?').get(id) as { body: string } | undefined;
    if (!row) return undefined;
    const entry = JSON.parse(row.body) as ExtractedArticle;
    const cached = { entry, items: itemsOf(entry) };
    this.#articles.set(id, cached);
    if (this.#articles.size > ARTICLE_CACHE) {
      const oldest = this.#articles.keys().next().value;
      if (oldest !== undefined) this.#articles.delete(oldest);
    }
    return cached;
  }

  article(id: string): ExtractedArticle | undefined {
    return this.cached(id)?.entry;
  }

  *articles(): Iterable<ExtractedArticle> {
    const ids = this.sql('SELECT id FROM articles ORDER BY id').pluck().all() as string[];
    for (const id of ids) {
      const entry = this.article(id);
      if (entry) yield entry;
    }
  }

  put(entry: ExtractedArticle, key: string): void {
    this.#db.transaction(() => {
      this.#removeOne(entry.article.id);
      this.#insert(entry, key);
    })();
    this.#changed();
  }

  remove(ids: readonly string[]): void {
    if (ids.length === 0) return;
    for (const id of ids) this.#db.transaction(() => this.#removeOne(id))();
    this.#changed();
  }

  #changed(): void {
    this.#generation++;
  }

  #insert(entry: ExtractedArticle, key: string): void {
    const id = entry.article.id;
    this.sql('INSERT INTO articles (id, key, body) VALUES (?, ?, ?)').run(id, key, JSON.stringify(entry));
    const items = itemsOf(entry);
    this.#articles.set(id, { entry, items });
    const date = entry.article.date;
    const addQuote = this.sql(
      'INSERT INTO quotes (article, n, speaker, speaker_key, role, date, paragraph) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const speakers = new Set<string>();
    items.quotes.forEach((item, n) => {
      const { speaker, role, paragraph } = item.quote;
      const keyOfSpeaker = speaker ? speakerKey(speaker) : null;
      if (keyOfSpeaker) speakers.add(keyOfSpeaker);
      const rowid = addQuote.run(id, n, speaker, keyOfSpeaker, role, date, paragraph).lastInsertRowid;
      this.#index('quotes', rowid, termsText(QUOTE_FIELDS, item));
    });
    items.events.forEach((item, n) => {
      const rowid = this.sql('INSERT INTO events (article, n) VALUES (?, ?)').run(id, n).lastInsertRowid;
      this.#index('events', rowid, termsText(EVENT_FIELDS, item));
    });
    items.passages.forEach((item, n) => {
      const rowid = this.sql('INSERT INTO passages (article, n) VALUES (?, ?)').run(id, n).lastInsertRowid;
      this.#index('passages', rowid, termsText(PASSAGE_FIELDS, item));
    });
    this.#countTopics(entry, +1);
    for (const s of speakers) this.#recountSpeaker(s);
  }

  #index(kind: Kind, rowid: number | bigint, terms: string): void {
    this.sql(`INSERT INTO ${kind}_fts (rowid, terms) VALUES (?, ?)`).run(rowid, terms);
  }

  #removeOne(id: string): void {
    const known = this.cached(id);
    if (!known) return;
    for (const kind of KINDS) {
      this.sql(`DELETE FROM ${kind}_fts WHERE rowid IN (SELECT rowid FROM ${kind} WHERE article = ?)`).run(
        id,
      );
      this.sql(`DELETE FROM ${kind} WHERE article = ?`).run(id);
    }
    this.sql('DELETE FROM articles WHERE id = ?').run(id);
    this.#articles.delete(id);
    this.#countTopics(known.entry, -1);
    const speakers = new Set(known.entry.quotes.flatMap((q) => (q.speaker ? [speakerKey(q.speaker)] : [])));
    for (const s of speakers) this.#recountSpeaker(s);
  }

  /**
   * A speaker's row, from the quotes themselves: how many, and the name and role chosen by content
   * (the first in sort order), so neither depends on which article was loaded first or still lingers
   * after the article that gave it is gone.
   */
  #recountSpeaker(key: string): void {
    const row = this.sql(
      'SELECT min(speaker) AS name, min(role) AS role, count(*) AS quotes FROM quotes WHERE speaker_key = ?',
    ).get(key) as { name: string | null; role: string | null; quotes: number };
    if (row.quotes === 0 || row.name === null) this.sql('DELETE FROM speakers WHERE key = ?').run(key);
    else
      this.sql('INSERT OR REPLACE INTO speakers (key, name, role, quotes) VALUES (?, ?, ?, ?)').run(
        key,
        row.name,
        row.role,
        row.quotes,
      );
  }

  #countTopics(entry: ExtractedArticle, delta: 1 | -1): void {
    const counts = new Map<string, number>();
    for (const quote of entry.quotes)
      for (const phrase of topicPhrases(quote.text)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    if (counts.size === 0) return;
    if (delta > 0) {
      const add = this.sql(
        'INSERT INTO topics (phrase, count) VALUES (?, ?) ON CONFLICT (phrase) DO UPDATE SET count = count + excluded.count',
      );
      for (const [phrase, n] of counts) add.run(phrase, n);
    } else {
      const take = this.sql('UPDATE topics SET count = count - ? WHERE phrase = ?');
      const drop = this.sql('DELETE FROM topics WHERE phrase = ? AND count <= 0');
      for (const [phrase, n] of counts) {
        take.run(n, phrase);
        drop.run(phrase);
      }
    }
  }

  #speakers(): { entry: SpeakerEntry; words: string[] }[] {
    if (this.#speakerList?.generation === this.#generation) return this.#speakerList.list;
    const rows = this.sql('SELECT name, role, quotes FROM speakers').all() as SpeakerEntry[];
    const list = rows
      .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name))
      .map((entry) => ({ entry, words: cleanQuery(entry.name).words }));
    this.#speakerList = { generation: this.#generation, list };
    return list;
  }

  speakers(): SpeakerEntry[] {
    return this.#speakers().map((s) => s.entry);
  }

  findSpeakers(typed: string): SpeakerEntry[] {
    const typedWords = cleanQuery(typed).words;
    if (typedWords.length === 0) return this.speakers();
    return this.#speakers()
      .filter(({ words }) => typedWords.every((t) => words.some((w) => w.startsWith(t))))
      .map((s) => s.entry);
  }

  topics(typed: string, limit: number): string[] {
    const prefix = cleanQuery(typed).words.join(' ');
    const rows = (
      prefix === ''
        ? this.sql('SELECT phrase, count FROM topics ORDER BY count DESC, phrase LIMIT 100').all()
        : this.sql(
            'SELECT phrase, count FROM topics WHERE phrase >= ? AND phrase < ? ORDER BY phrase LIMIT 500',
          ).all(prefix, `${prefix}\uffff`)
    ) as { phrase: string; count: number }[];
    rows.sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase));
    return rows.slice(0, limit).map((r) => r.phrase);
  }

  quotesBy(names: ReadonlySet<string>, limit: number): QuoteItem[] {
    if (names.size === 0) return [];
    const list = [...names];
    const rows = this.sql(
      `SELECT article, n FROM quotes WHERE speaker IN (${list.map(() => '?').join(',')})
         ORDER BY coalesce(date, '') DESC, article, paragraph, n LIMIT ?`,
    )
      .raw()
      .all(...list, limit) as [string, number][];
    return rows.flatMap(([article, n]) => this.cached(article)?.items.quotes[n] ?? []);
  }

  /** How many items of a kind hold an index term. */
  documentFrequency(kind: Kind, term: string): number {
    const row = this.sql(`SELECT doc FROM ${kind}_vocab WHERE term = ?`).get(term) as
      | { doc: number }
      | undefined;
    return row?.doc ?? 0;
  }

  /** The FTS5 tokens for the query's words: a misspelt (unknown or very rare) word brings its near spellings. */
  resolve(kind: Kind, words: readonly string[]): string[] {
    const out = new Set<string>();
    for (const word of words) {
      const term = queryTerm(word);
      if (term === null) continue;
      const exact = token(term);
      if (exact === '') continue;
      const frequency = this.documentFrequency(kind, exact);
      if (frequency > 0) out.add(exact);
      if (frequency >= RARE_DOC_COUNT || word.length < 4) continue;
      const near: { token: string; frequency: number }[] = [];
      const seen = new Set<string>([exact]);
      for (const variant of oneEditAway(word)) {
        const variantTerm = queryTerm(variant);
        const variantToken = variantTerm === null ? '' : token(variantTerm);
        if (variantToken === '' || seen.has(variantToken)) continue;
        seen.add(variantToken);
        const f = this.documentFrequency(kind, variantToken);
        if (f > 0) near.push({ token: variantToken, frequency: f });
      }
      near.sort((a, b) => b.frequency - a.frequency || (a.token < b.token ? -1 : 1));
      for (const n of near.slice(0, MAX_CORRECTIONS)) out.add(n.token);
    }
    return [...out];
  }

  /** Rows (article, position) of a kind by BM25 for an FTS5 query, ties by article and position. */
  match(kind: Kind, expression: string, limit: number): [string, number][] {
    return this.sql(
      `SELECT t.article, t.n FROM ${kind}_fts f JOIN ${kind} t ON t.rowid = f.rowid
         WHERE ${kind}_fts MATCH ? ORDER BY bm25(${kind}_fts), t.article, t.n LIMIT ?`,
    )
      .raw()
      .all(expression, limit) as [string, number][];
  }

  /** Rows of a kind, all of them, by article and position. */
  rows(kind: Kind): [string, number][] {
    return this.sql(`SELECT article, n FROM ${kind} ORDER BY article, n`).raw().all() as [string, number][];
  }

  count(kind: Kind): number {
    return (this.sql(`SELECT count(*) AS n FROM ${kind}`).get() as { n: number }).n;
  }

  /** Ids of articles whose stored text holds these words in this order (a rough LIKE; checked after). */
  articlesWithWords(words: readonly string[]): string[] {
    const pattern = `%${words.map((w) => w.replace(/[%_\\]/g, '\\$&')).join('%')}%`;
    return this.sql("SELECT id FROM articles WHERE body LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?")
      .pluck()
      .all(pattern, PHRASE_SCAN_ARTICLES) as string[];
  }

  get log(): LogSink {
    return this.#log;
  }
}

/** One kind of item in the store: candidates from FTS5, ranked by Fuse.js. */
class SqlCollection<T> implements Collection<T> {
  readonly #store: SqliteStore;
  readonly #kind: Kind;
  readonly #fields: SearchField<T>[];
  readonly #candidates: number;
  #all: { generation: number; items: T[]; fuse: Fuse<T> | null } | null = null;
  #size: { generation: number; size: number } | null = null;

  constructor(store: SqliteStore, kind: Kind, fields: SearchField<T>[], candidates: number) {
    this.#store = store;
    this.#kind = kind;
    this.#fields = fields;
    this.#candidates = candidates;
  }

  get size(): number {
    if (this.#size?.generation !== this.#store.generation)
      this.#size = { generation: this.#store.generation, size: this.#store.count(this.#kind) };
    return this.#size.size;
  }

  #item(article: string, n: number): T | undefined {
    return (this.#store.cached(article)?.items[this.#kind] as T[] | undefined)?.[n];
  }

  #itemsOf(rows: readonly [string, number][]): T[] {
    return rows.flatMap(([article, n]) => this.#item(article, n) ?? []);
  }

  /** Every item, kept in memory only for a small collection (the full scan). */
  #everything(): { items: T[]; fuse: Fuse<T> | null } {
    if (this.#all?.generation !== this.#store.generation)
      this.#all = {
        generation: this.#store.generation,
        items: this.#itemsOf(this.#store.rows(this.#kind)),
        fuse: null,
      };
    return this.#all;
  }

  *items(): Iterable<T> {
    for (const [article, n] of this.#store.rows(this.#kind)) {
      const item = this.#item(article, n);
      if (item !== undefined) yield item;
    }
  }

  #text(item: T): string {
    return this.#fields[0]?.get(item) ?? '';
  }

  search(query: CleanQuery, options: SearchOptions<T>): Hit<T>[] {
    if (query.terms.length === 0 || this.size === 0) return [];
    if (query.onlyCommonWords) return this.#phraseScan(query, options);
    let candidates: T[];
    if (this.size <= FULL_SCAN_LIMIT) {
      const all = this.#everything();
      if (!options.filter) {
        all.fuse ??= new Fuse(all.items, { ...FUSE_OPTIONS, keys: fuseKeys(this.#fields) });
        return rankWithFuse(this.#fields, all.fuse, query, options.limit);
      }
      candidates = all.items.filter(options.filter);
    } else {
      candidates = this.candidates(query, options.filter);
    }
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, { ...FUSE_OPTIONS, keys: fuseKeys(this.#fields) });
    return rankWithFuse(this.#fields, fuse, query, options.limit);
  }

  /** The items Fuse.js should rank: the best by BM25, and those holding the pasted phrase. */
  candidates(query: CleanQuery, filter?: (item: T) => boolean): T[] {
    const tokens = this.#store.resolve(this.#kind, query.words);
    if (tokens.length === 0) return [];
    const expression = tokens.map((t) => `"${t}"`).join(' OR ');
    const rows = this.#store.match(this.#kind, expression, filter ? FILTERED_CANDIDATES : this.#candidates);
    let items = this.#itemsOf(rows);
    if (filter) items = items.filter(filter).slice(0, this.#candidates);
    if (query.words.length >= MIN_PHRASE_WORDS) {
      const phraseTokens = query.words.flatMap((w) => {
        const term = queryTerm(w);
        return term === null || token(term) === '' ? [] : [token(term)];
      });
      if (phraseTokens.length >= 2) {
        const chosen = new Set(items);
        const rough = phrasePattern(query.words);
        const phraseRows = this.#store.match(this.#kind, `"${phraseTokens.join(' ')}"`, PHRASE_CANDIDATES);
        for (const item of this.#itemsOf(phraseRows)) {
          if (chosen.has(item) || (filter && !filter(item))) continue;
          const text = this.#text(item);
          if (rough.test(text) && containsPhrase(text, query.words)) items.push(item);
        }
      }
    }
    return items;
  }

  /**
   * A query made only of common or two-letter words ("it is up to the"): the items whose main field
   * holds those words in that order, shortest first, then by article and position.
   */
  #phraseScan(query: CleanQuery, options: SearchOptions<T>): Hit<T>[] {
    if (query.words.length < MIN_PHRASE_WORDS) return [];
    const rough = phrasePattern(query.words);
    const found: { item: T; length: number }[] = [];
    for (const id of this.#store.articlesWithWords(query.words)) {
      for (const item of (this.#store.cached(id)?.items[this.#kind] ?? []) as T[]) {
        if (options.filter && !options.filter(item)) continue;
        const text = this.#text(item);
        if (rough.test(text) && containsPhrase(text, query.words)) found.push({ item, length: text.length });
      }
    }
    found.sort((a, b) => a.length - b.length);
    const matcher = new TermMatcher(query.terms);
    return found.slice(0, options.limit).map(({ item }, rank) => ({
      item,
      score: (PHRASE_BAND * rank) / found.length,
      highlights: highlightTerms(this.#text(item), query.terms, matcher),
    }));
  }

  searchFullScan(query: CleanQuery, limit: number): Hit<T>[] {
    if (query.terms.length === 0 || this.size === 0) return [];
    const all = this.#everything();
    all.fuse ??= new Fuse(all.items, { ...FUSE_OPTIONS, keys: fuseKeys(this.#fields) });
    return rankWithFuse(this.#fields, all.fuse, query, limit);
  }
}
