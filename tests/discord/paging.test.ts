import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Question } from '../../src/answer/questions.ts';
import { BotLimits } from '../../src/discord/limits.ts';
import { PageStore, pageCustomId, parsePageCustomId } from '../../src/discord/paging.ts';
import { createLogger } from '../../src/log.ts';
import { tempDir } from '../temp.ts';
import { LogCapture } from './harness.ts';

const question: Question = { command: 'source', text: 'settle problems through dialogue' };
const other: Question = { command: 'who-said', speaker: 'IRGC' };

function logger() {
  const logs = new LogCapture();
  return { logs, log: createLogger({ level: 'debug', destination: logs }) };
}

describe('page button ids', () => {
  test('carry the key and the offset, and nothing else is read as one', () => {
    expect(parsePageCustomId(pageCustomId('abc_DEF-12', 5))).toEqual({ key: 'abc_DEF-12', offset: 5 });
    expect(parsePageCustomId('page:abc:')).toBeNull();
    expect(parsePageCustomId('page:a b:1')).toBeNull();
    expect(parsePageCustomId('other:abc:1')).toBeNull();
    expect(parsePageCustomId('page:abc:1234567')).toBeNull();
  });

  test('an id longer than Discord allows is refused', () => {
    expect(() => pageCustomId('k'.repeat(100), 1)).toThrow('custom id too long: 107');
  });
});

describe('PageStore', () => {
  test('the same question gets the same key; another question another key', () => {
    const store = new PageStore(null, logger().log);
    const key = store.save(question);
    expect(store.save(question)).toBe(key);
    expect(store.save(other)).not.toBe(key);
    expect(store.get(key)).toEqual(question);
    expect(store.get('never-saved')).toBeNull();
  });

  test('a question is kept across a restart, and forgotten once it expires', () => {
    const dir = tempDir('pages');
    let now = 1_000_000;
    const key = new PageStore(dir, logger().log, () => now).save(question);
    const again = new PageStore(dir, logger().log, () => now);
    expect(again.get(key)).toEqual(question);
    now += BotLimits.pageTtlMs + 1;
    expect(again.get(key)).toBeNull();
  });

  test('only the newest entries are kept', () => {
    const store = new PageStore(null, logger().log);
    const first = store.save({ command: 'source', text: 'question 0' });
    for (let i = 1; i <= BotLimits.pageEntries; i++) store.save({ command: 'source', text: `question ${i}` });
    expect(store.get(first)).toBeNull();
    expect(store.get(store.save({ command: 'source', text: `question ${BotLimits.pageEntries}` }))).toEqual({
      command: 'source',
      text: `question ${BotLimits.pageEntries}`,
    });
  });

  test('an unreadable state file is logged, and paging starts afresh', () => {
    const dir = tempDir('pages');
    writeFileSync(join(dir, 'pages.json'), '{ not json');
    const { logs, log } = logger();
    const store = new PageStore(dir, log);
    expect(logs.find('paging state unreadable; older "More" buttons will say they expired')).toHaveLength(1);
    expect(store.get(store.save(question))).toEqual(question);
  });
});
