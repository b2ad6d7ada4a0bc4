import { EventEmitter } from 'node:events';
import { type FSWatcher, watch } from 'node:fs';
import { Knowledge } from '../core/knowledge.ts';
import type { Logger } from '../log.ts';
import { BotLimits } from './limits.ts';

/**
 * The loaded corpus, and its reload when the folder changes. The core's `update` extracts only new
 * and changed articles and swaps them in at the end, so questions asked meanwhile are answered from
 * the previous corpus; a file that cannot be read is skipped (and logged), and an update that fails
 * keeps the corpus as it was.
 */
export class CorpusHolder extends EventEmitter<{ reloaded: [Knowledge]; reloadFailed: [unknown] }> {
  readonly #current: Knowledge;
  #watcher: FSWatcher | null = null;
  #timer: NodeJS.Timeout | null = null;
  #loading: Promise<void> | null = null;
  #again = false;
  readonly #dir: string;
  readonly #log: Logger;

  private constructor(dir: string, knowledge: Knowledge, log: Logger) {
    super();
    this.#dir = dir;
    this.#current = knowledge;
    this.#log = log;
  }

  /** `cacheDir`: where the core keeps extractions and indexes between starts (CACHE_DIR). */
  static async open(dir: string, log: Logger, cacheDir: string | null = null): Promise<CorpusHolder> {
    const started = performance.now();
    const k = await Knowledge.load([dir], log, { cacheDir });
    log.info({ dir, articles: k.articleCount, ms: Math.round(performance.now() - started) }, 'corpus ready');
    return new CorpusHolder(dir, k, log);
  }

  get current(): Knowledge {
    return this.#current;
  }

  /** Starts watching the folder (recursively); changes are gathered, then reloaded once. */
  watch(): void {
    if (this.#watcher) return;
    try {
      this.#watcher = watch(this.#dir, { recursive: true }, () => this.#schedule());
      this.#watcher.on('error', (err) => this.#log.warn({ err, dir: this.#dir }, 'corpus watcher failed'));
    } catch (err) {
      this.#log.warn({ err, dir: this.#dir }, 'cannot watch the corpus folder; restart to pick up changes');
    }
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.reload();
    }, BotLimits.reloadDebounceMs);
  }

  /** Loads the folder again in the background; concurrent requests coalesce into one more load. */
  reload(): Promise<void> {
    if (this.#loading) {
      this.#again = true;
      return this.#loading;
    }
    this.#loading = this.#load().finally(() => {
      this.#loading = null;
      if (this.#again) {
        this.#again = false;
        void this.reload();
      }
    });
    return this.#loading;
  }

  async #load(): Promise<void> {
    const started = performance.now();
    try {
      const k = this.#current;
      const { added, changed, removed } = await k.update([this.#dir], this.#log);
      this.#log.info(
        {
          dir: this.#dir,
          articles: k.articleCount,
          added,
          changed,
          removed,
          ms: Math.round(performance.now() - started),
        },
        'corpus reloaded',
      );
      this.emit('reloaded', k);
    } catch (err) {
      this.#log.error(
        { err, dir: this.#dir },
        'corpus reload failed; still answering from the previous corpus',
      );
      this.emit('reloadFailed', err);
    }
  }

  close(): void {
    this.#watcher?.close();
    this.#watcher = null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
