import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { ArticleFields } from '../corpus/article.ts';
import { rulesOff } from '../extract/rules.ts';
import { COMPILED, PROJECT_ROOT } from '../paths.ts';

/** Bumped by hand when the cache's own layout changes (the codec or the snapshot format). */
const CACHE_FORMAT = 'newsdesk-cache-3';

const SRC = new URL('../', import.meta.url);
/** The code that runs is what is hashed: the TypeScript under tsx, the compiled JavaScript in dist/. */
const EXT = COMPILED ? '.js' : '.ts';

/**
 * Source files whose change changes what is extracted or how it is searched (named as in src/): the
 * named files of a folder, or (without `only`) every file under it, in its subfolders too.
 */
function sourceText(folder: string, only?: readonly string[]): string {
  const dir = new URL(`${folder}/`, SRC);
  const names = (
    only
      ? readdirSync(dir).filter((n) => only.includes(`${n.slice(0, -EXT.length)}.ts`))
      : readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((n) => n.split(sep).join('/'))
  )
    .filter((n) => n.endsWith(EXT))
    .sort();
  return names.map((n) => `${n}\n${readFileSync(new URL(n, dir), 'utf8')}`).join('\n');
}

function packageVersion(name: string): string {
  try {
    const file = join(PROJECT_ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

let extractor: string | null = null;
let search: string | null = null;

/**
 * The version of extraction: a hash of the extraction and article-building code and the NLP
 * libraries' versions. Editing any of them invalidates every cached extraction, by construction,
 * so nobody has to remember to bump a number.
 */
export function extractorVersion(): string {
  extractor ??= createHash('sha1')
    .update(CACHE_FORMAT)
    .update(sourceText('extract'))
    // An ablation run (NEWSDESK_RULES_OFF) extracts differently: it never shares the real cache.
    .update(`rules off: ${[...rulesOff()].sort().join(',')}`)
    .update(
      sourceText('corpus', [
        'article.ts',
        'normalise.ts',
        'paragraphs.ts',
        'publication-date.ts',
        'sentences.ts',
      ]),
    )
    .update(sourceText('ingest', ['codec.ts', 'extract-one.ts']))
    .update(`compromise ${packageVersion('compromise')} chrono ${packageVersion('chrono-node')}`)
    .digest('hex');
  return extractor;
}

/** The version of the saved word indexes: tokenizing, and which fields of which items are indexed. */
export function searchVersion(): string {
  search ??= createHash('sha1')
    .update(extractorVersion())
    .update(sourceText('search', ['terms.ts', 'query.ts', 'word-index.ts']))
    .update(sourceText('store'))
    .digest('hex');
  return search;
}

/**
 * What a cached extraction is filed under: the article's content and the extractor version. The id
 * and the file position (`source`) are left out: moving an article, or inserting one above it in a
 * JSON Lines file, does not make it new.
 */
export function articleKey(fields: ArticleFields, version = extractorVersion()): string {
  return createHash('sha1')
    .update(version)
    .update(
      JSON.stringify([fields.title, fields.body, fields.date, fields.outlet, fields.url, fields.author]),
    )
    .digest('hex');
}
