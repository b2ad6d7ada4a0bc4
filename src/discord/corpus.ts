import { EventEmitter } from 'node:events';
import { type FSWatcher, watch } from 'node:fs';
import { Knowledge } from '../core/knowledge.ts';
import type { Logger } from '../log.ts';
import { BotLimits } from './limits.ts';

/**
 * The loaded corpus, and its reload when the folder changes. Questions always read `current`, which
 * is only swapped once a new load finished, so they are answered from the previous corpus meanwhile;
 * a load that fails keeps the previous one.
 */
export class CorpusHolder extends EventEmitter<{ reloaded: [Knowledge]; reloadFailed: [unknown] }> {
  #current: Knowledge;
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

  static async open(dir: string, log: Logger): Promise<CorpusHolder> {
    const started = performance.now();
    const k = await Knowledge.load([dir], log);
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
      const k = await Knowledge.load([this.#dir], this.#log);
      const previous = this.#current.articleCount;
      this.#current = k;
      this.#log.info(
        { dir: this.#dir, articles: k.articleCount, previous, ms: Math.round(performance.now() - started) },
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
