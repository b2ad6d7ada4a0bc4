import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Question, QuestionError, readQuestion } from '../answer/questions.ts';
import type { Logger } from '../log.ts';
import { BotLimits, DiscordLimits } from './limits.ts';

/**
 * What a "More" button needs to fetch the next page: the question, kept on disk under a short key so
 * buttons keep working after a restart. The button's custom id carries only the key and the offset.
 */
interface Entry {
  question: Question;
  savedAt: number;
}

const PREFIX = 'page';

export interface PageButton {
  key: string;
  offset: number;
}

export function pageCustomId(key: string, offset: number): string {
  const id = `${PREFIX}:${key}:${offset}`;
  if (id.length > DiscordLimits.customId) throw new Error(`custom id too long: ${id.length}`);
  return id;
}

export function parsePageCustomId(customId: string): PageButton | null {
  const m = /^page:([\w-]{1,40}):(\d{1,6})$/.exec(customId);
  return m?.[1] && m[2] ? { key: m[1], offset: Number(m[2]) } : null;
}

export class PageStore {
  readonly #file: string | null;
  readonly #entries = new Map<string, Entry>();
  readonly #log: Logger;
  readonly #now: () => number;

  /** `dir` null keeps pages in memory only. */
  constructor(dir: string | null, log: Logger, now: () => number = Date.now) {
    this.#file = dir ? path.join(dir, 'pages.json') : null;
    this.#log = log;
    this.#now = now;
    this.#read();
  }

  #read(): void {
    if (!this.#file) return;
    try {
      const data = JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, Entry>;
      for (const [key, entry] of Object.entries(data)) {
        if (entry && typeof entry.savedAt === 'number' && entry.question) this.#entries.set(key, entry);
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.#log.warn(
          { err, file: this.#file },
          'paging state unreadable; older "More" buttons will say they expired',
        );
      }
    }
  }

  #write(): void {
    if (!this.#file) return;
    try {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      const tmp = `${this.#file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.#entries)));
      renameSync(tmp, this.#file);
    } catch (err) {
      this.#log.warn(
        { err, file: this.#file },
        'could not save paging state; "More" will not survive a restart',
      );
    }
  }

  #prune(): void {
    const oldest = this.#now() - BotLimits.pageTtlMs;
    for (const [key, entry] of this.#entries) if (entry.savedAt < oldest) this.#entries.delete(key);
    // Map iteration is insertion order: the first keys are the oldest.
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= BotLimits.pageEntries) break;
      this.#entries.delete(key);
    }
  }

  /** Remembers the question and returns its key (the same question always gets the same key). */
  save(question: Question): string {
    const key = createHash('sha256').update(JSON.stringify(question)).digest('base64url').slice(0, 16);
    this.#entries.delete(key);
    this.#entries.set(key, { question, savedAt: this.#now() });
    this.#prune();
    this.#write();
    return key;
  }

  /** The question behind a key, or null when it expired or was never saved here. */
  get(key: string): Question | null {
    const entry = this.#entries.get(key);
    if (!entry || entry.savedAt < this.#now() - BotLimits.pageTtlMs) return null;
    // Saved by an older version, or edited by hand: read again as any question is, else expired.
    try {
      return readQuestion(entry.question);
    } catch (err) {
      if (err instanceof QuestionError) return null;
      throw err;
    }
  }
}
