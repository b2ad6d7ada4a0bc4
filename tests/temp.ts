import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A fresh folder under the system's temporary folder, named `newsdesk-<prefix>-…`. Every folder made
 * here is removed when its test file ends (tests/setup.ts), whether its tests passed or not.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `newsdesk-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made (run by tests/setup.ts after each test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
