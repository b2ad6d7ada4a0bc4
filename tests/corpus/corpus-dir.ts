import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogSink } from '../../src/core/log-sink.ts';
import { tempDir } from '../temp.ts';

/** A folder of the given files under the system's temp folder, removed when the test file ends. */
export function corpusFolder(files: Record<string, string | Buffer>): string {
  const dir = tempDir('corpus');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A log sink that keeps the warnings, fields and message, as a person reading the log sees them. */
export function warningRecorder(): LogSink & { warnings: Array<Record<string, unknown> & { msg: string }> } {
  const warnings: Array<Record<string, unknown> & { msg: string }> = [];
  return { warnings, info() {}, warn: (fields, msg) => warnings.push({ ...fields, msg }) };
}
