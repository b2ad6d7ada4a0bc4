import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LogSink, silentLog } from '../core/log-sink.ts';

/**
 * Extractions on disk, one append-only file of records:
 *   magic "NDXPACK1", then per record: u32 payload bytes | 20-byte key | 20-byte SHA-1 of the payload | payload.
 * Every record is checked on reading. The first one that is cut short or does not match its checksum
 * ends the readable part: the file is truncated there and the articles after it are extracted again,
 * so a half-written or damaged cache is rebuilt, never served.
 */

const MAGIC = Buffer.from('NDXPACK1');
const HEADER = 4 + 20 + 20;
export const PACK_FILE = 'extractions.pack';

const sha1 = (data: Buffer | string): Buffer => createHash('sha1').update(data).digest();

export interface CacheStats {
  records: number;
  bytes: number;
  /** Bytes dropped because they were damaged or cut short. */
  discardedBytes: number;
}

/** One record as written: length, key and the payload's SHA-1 in the header, then the payload. */
function encodeRecord(key: string, payload: string): [header: Buffer, body: Buffer] {
  const body = Buffer.from(payload, 'utf8');
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(body.length, 0);
  header.write(key, 4, 20, 'hex');
  sha1(body).copy(header, 24);
  return [header, body];
}

export class ExtractionCache {
  readonly #file: string;
  /** Payloads by key; null once handed over (`release`): the keys are all a running bot needs. */
  readonly #entries = new Map<string, string | null>();
  readonly #log: LogSink;
  stats: CacheStats = { records: 0, bytes: 0, discardedBytes: 0 };

  private constructor(file: string, log: LogSink) {
    this.#file = file;
    this.#log = log;
  }

  /** Opens (creating if needed) the cache in `dir`, reading and checking everything in it. */
  static open(dir: string, log: LogSink = silentLog): ExtractionCache {
    mkdirSync(dir, { recursive: true });
    const cache = new ExtractionCache(join(dir, PACK_FILE), log);
    cache.#read();
    return cache;
  }

  get file(): string {
    return this.#file;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): string | undefined {
    return this.#entries.get(key) ?? undefined;
  }

  /**
   * Lets go of the payloads read so far (tens of MB for an archive): once decoded they are not
   * needed again, except by `compact`, which is therefore run before.
   */
  release(): void {
    for (const key of this.#entries.keys()) this.#entries.set(key, null);
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  #read(): void {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.#file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      writeFileSync(this.#file, MAGIC);
      return;
    }
    if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
      this.#log.warn(
        { file: this.#file },
        'the extraction cache is not one this version wrote: starting it again',
      );
      this.stats.discardedBytes = bytes.length;
      writeFileSync(this.#file, MAGIC);
      return;
    }
    let at = MAGIC.length;
    while (at < bytes.length) {
      const length = at + HEADER <= bytes.length ? bytes.readUInt32LE(at) : -1;
      const end = at + HEADER + length;
      if (length < 0 || end > bytes.length) break;
      const key = bytes.toString('hex', at + 4, at + 24);
      const payload = bytes.subarray(at + HEADER, end);
      if (!sha1(payload).equals(bytes.subarray(at + 24, at + HEADER))) break;
      this.#entries.set(key, payload.toString('utf8'));
      this.stats.records++;
      at = end;
    }
    this.stats.bytes = at;
    if (at < bytes.length) {
      this.stats.discardedBytes = bytes.length - at;
      this.#log.warn(
        { file: this.#file, offset: at, discardedBytes: bytes.length - at },
        'the extraction cache is damaged or cut short here: the rest is dropped and extracted again',
      );
      truncateSync(this.#file, at);
    }
  }

  /** Adds extractions, written in one append so a crash leaves at most one cut-short tail. */
  put(entries: Iterable<[key: string, payload: string]>): void {
    const chunks: Buffer[] = [];
    for (const [key, payload] of entries) {
      if (this.#entries.has(key)) continue;
      this.#entries.set(key, null);
      chunks.push(...encodeRecord(key, payload));
    }
    if (chunks.length === 0) return;
    const data = Buffer.concat(chunks);
    try {
      appendFileSync(this.#file, data);
      this.stats.bytes += data.length;
      this.stats.records += chunks.length / 2;
    } catch (error) {
      this.#log.warn(
        { err: error, file: this.#file },
        'cannot write the extraction cache; it will be redone next start',
      );
    }
  }

  /**
   * Rewrites the file with only the records still in use, when the unused ones (articles edited or
   * gone, an older extractor) take more than half of it. Written aside, then renamed over: atomic.
   */
  compact(inUse: ReadonlySet<string>): void {
    let used = 0;
    for (const key of inUse) if (this.#entries.has(key)) used++;
    if (this.#entries.size < 64 || used * 2 > this.#entries.size) return;
    if ([...inUse].some((key) => this.#entries.get(key) === null)) return;
    for (const key of [...this.#entries.keys()]) if (!inUse.has(key)) this.#entries.delete(key);
    const chunks: Buffer[] = [MAGIC];
    for (const [key, payload] of this.#entries) {
      if (payload === null) continue;
      chunks.push(...encodeRecord(key, payload));
    }
    const data = Buffer.concat(chunks);
    const aside = `${this.#file}.${process.pid}.tmp`;
    try {
      writeFileSync(aside, data);
      renameSync(aside, this.#file);
      this.stats = { records: this.#entries.size, bytes: data.length, discardedBytes: 0 };
    } catch (error) {
      this.#log.warn({ err: error, file: this.#file }, 'cannot compact the extraction cache');
    }
  }
}
