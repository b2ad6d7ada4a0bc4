import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir as madeDir } from '../temp.ts';

const TOPICS = ['bridge', 'harbour', 'school', 'railway', 'hospital', 'stadium', 'library', 'airport'];
const NAMES = ['Ana Ferreira', 'Tomas Berg', 'Leila Haddad', 'Kenji Sato'];

/** The body of article `i`: a few paragraphs with a quote and a date, different words per article. */
function articleText(i: number, extra = ''): string {
  const topic = TOPICS[i % TOPICS.length] ?? 'bridge';
  const name = NAMES[i % NAMES.length] ?? 'Ana Ferreira';
  return [
    `The council of town${i} approved the new ${topic} on Monday, March ${1 + (i % 27)}, 2021.`,
    `"We will finish the ${topic} of town${i} before winter," said ${name}, the mayor.`,
    `Work on the ${topic} began in 2019 and was delayed twice by floods.${extra}`,
  ].join('\n\n');
}

/** A folder of `count` Markdown articles with front matter; returns its path. */
export function corpusDir(count: number): string {
  const dir = madeDir('corpus');
  for (let i = 0; i < count; i++) writeArticle(dir, i);
  return dir;
}

export function writeArticle(dir: string, i: number, extra = ''): string {
  const file = join(dir, `article-${String(i).padStart(3, '0')}.md`);
  writeFileSync(
    file,
    `---\nid: a${i}\ndate: 2021-03-${String(1 + (i % 27)).padStart(2, '0')}\noutlet: Town Herald\n---\n# The ${i}th decision\n\n${articleText(i, extra)}\n`,
  );
  return file;
}

export const tempDir = (): string => madeDir('cache');
