import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

/**
 * A file of typed arrays with a JSON header, checked as a whole:
 *   magic "NDXSNAP1" | u32 header bytes | header JSON | blobs, each at a multiple of 8 | 20-byte SHA-1 of all before.
 * The blobs come back as views on the file's bytes (no copy), so a 100 MB index loads in the time it
 * takes to read it. Anything that does not check out reads as null: the caller rebuilds.
 */

const MAGIC = Buffer.from('NDXSNAP1');

export type Blob = Uint8Array | Uint16Array | Uint32Array | Float32Array;

interface BlobInfo {
  type: 'u8' | 'u16' | 'u32' | 'f32';
  offset: number;
  length: number;
}

const typeOf = (blob: Blob): BlobInfo['type'] =>
  blob instanceof Uint8Array
    ? 'u8'
    : blob instanceof Uint16Array
      ? 'u16'
      : blob instanceof Uint32Array
        ? 'u32'
        : 'f32';

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

export function writeSnapshot(file: string, header: object, blobs: readonly Blob[]): void {
  let at = 0;
  const infos: BlobInfo[] = blobs.map((blob) => {
    const info = { type: typeOf(blob), offset: at, length: blob.length };
    at = align8(at + blob.byteLength);
    return info;
  });
  const headerBytes = Buffer.from(JSON.stringify({ header, blobs: infos }), 'utf8');
  const start = align8(MAGIC.length + 4 + headerBytes.length);
  const head = Buffer.alloc(start);
  MAGIC.copy(head, 0);
  head.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(head, MAGIC.length + 4);
  // Written piece by piece, hashing as it goes: no second copy of a 100 MB index in memory.
  const aside = `${file}.${process.pid}.tmp`;
  const fd = openSync(aside, 'w');
  try {
    const hash = createHash('sha1');
    const write = (bytes: Uint8Array): void => {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    };
    const put = (bytes: Uint8Array): void => {
      hash.update(bytes);
      write(bytes);
    };
    put(head);
    for (const blob of blobs) {
      put(new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength));
      const padding = align8(blob.byteLength) - blob.byteLength;
      if (padding > 0) put(new Uint8Array(padding));
    }
    write(hash.digest());
  } finally {
    closeSync(fd);
  }
  renameSync(aside, file);
}

export interface Snapshot {
  header: unknown;
  blobs: Blob[];
}

export function readSnapshot(file: string): Snapshot | null {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return null;
  }
  if (data.length < MAGIC.length + 4 + 20 || !data.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const digest = createHash('sha1')
    .update(data.subarray(0, data.length - 20))
    .digest();
  if (!digest.equals(data.subarray(data.length - 20))) return null;
  try {
    const headerLength = data.readUInt32LE(MAGIC.length);
    const parsed = JSON.parse(data.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as {
      header: unknown;
      blobs: BlobInfo[];
    };
    const start = align8(MAGIC.length + 4 + headerLength);
    // The views need the file's bytes at an 8-aligned address: copy once into a fresh buffer if not.
    const bytes = data.byteOffset % 8 === 0 ? data : Buffer.from(data);
    const base = bytes.byteOffset + start;
    const blobs = parsed.blobs.map((info): Blob => {
      const offset = base + info.offset;
      switch (info.type) {
        case 'u8':
          return new Uint8Array(bytes.buffer, offset, info.length);
        case 'u16':
          return new Uint16Array(bytes.buffer, offset, info.length);
        case 'u32':
          return new Uint32Array(bytes.buffer, offset, info.length);
        default:
          return new Float32Array(bytes.buffer, offset, info.length);
      }
    });
    return { header: parsed.header, blobs };
  } catch {
    return null;
  }
}
