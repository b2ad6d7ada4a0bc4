import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionCache, PACK_FILE } from '../../src/ingest/extraction-cache.ts';
import { readSnapshot, writeSnapshot } from '../../src/ingest/snapshot-file.ts';
import { tempDir } from './fixtures.ts';

const key = (n: number): string => n.toString(16).padStart(40, '0');

function filled(dir: string): ExtractionCache {
  const cache = ExtractionCache.open(dir);
  cache.put([
    [key(1), '{"a":1}'],
    [key(2), '{"b":"two"}'],
    [key(3), '{"c":[3,3,3]}'],
  ]);
  return cache;
}

describe('ExtractionCache', () => {
  it('gives back what was put, after reopening', () => {
    const dir = tempDir();
    filled(dir);
    const again = ExtractionCache.open(dir);
    expect(again.size).toBe(3);
    expect(again.get(key(2))).toBe('{"b":"two"}');
    expect(again.stats.discardedBytes).toBe(0);
  });

  it('drops a record whose bytes were damaged, and everything after it, and truncates the file there', () => {
    const dir = tempDir();
    filled(dir);
    const file = join(dir, PACK_FILE);
    const bytes = readFileSync(file);
    const at = bytes.indexOf('two');
    bytes[at] = 'T'.charCodeAt(0);
    writeFileSync(file, bytes);
    const warnings: string[] = [];
    const again = ExtractionCache.open(dir, { info() {}, warn: (_f, m) => warnings.push(m) });
    expect(again.get(key(1))).toBe('{"a":1}');
    expect(again.has(key(2))).toBe(false);
    expect(again.has(key(3))).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(statSync(file).size).toBe(again.stats.bytes);
    // What is put after the damage is readable next time.
    again.put([[key(2), '{"b":"again"}']]);
    expect(ExtractionCache.open(dir).get(key(2))).toBe('{"b":"again"}');
  });

  it('keeps the whole records before a cut-short end', () => {
    const dir = tempDir();
    filled(dir);
    const file = join(dir, PACK_FILE);
    truncateSync(file, statSync(file).size - 3);
    const again = ExtractionCache.open(dir);
    expect([again.has(key(1)), again.has(key(2)), again.has(key(3))]).toEqual([true, true, false]);
  });

  it('starts again over a file it did not write', () => {
    const dir = tempDir();
    writeFileSync(join(dir, PACK_FILE), 'not a cache at all');
    const cache = ExtractionCache.open(dir);
    expect(cache.size).toBe(0);
    cache.put([[key(9), '{}']]);
    expect(ExtractionCache.open(dir).get(key(9))).toBe('{}');
  });

  it('compacts away records no longer in use once they are most of the file', () => {
    const dir = tempDir();
    const cache = ExtractionCache.open(dir);
    cache.put(Array.from({ length: 100 }, (_, i): [string, string] => [key(i), `{"n":${i}}`]));
    ExtractionCache.open(dir).compact(new Set([key(5), key(6)]));
    const again = ExtractionCache.open(dir);
    expect(again.size).toBe(2);
    expect(again.get(key(6))).toBe('{"n":6}');
  });
});

describe('snapshot files', () => {
  it('read back the header and typed arrays written', () => {
    const file = join(tempDir(), 'x.snap');
    writeSnapshot(file, { hello: 'world' }, [
      new Uint32Array([1, 2, 3]),
      new Uint8Array([7]),
      new Uint16Array([9, 8]),
    ]);
    const snapshot = readSnapshot(file);
    expect(snapshot?.header).toEqual({ hello: 'world' });
    expect(snapshot?.blobs.map((b) => [...b])).toEqual([[1, 2, 3], [7], [9, 8]]);
  });

  it('read as nothing when a byte changed or the end is missing', () => {
    const file = join(tempDir(), 'x.snap');
    writeSnapshot(file, { n: 1 }, [new Uint32Array([1, 2, 3])]);
    const bytes = readFileSync(file);
    bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    expect(readSnapshot(file)).toBeNull();
    writeSnapshot(file, { n: 1 }, [new Uint32Array([1, 2, 3])]);
    truncateSync(file, statSync(file).size - 1);
    expect(readSnapshot(file)).toBeNull();
  });
});
