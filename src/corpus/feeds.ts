import { XMLParser } from 'fast-xml-parser';
import type { ArticleFields } from './article.ts';
import { htmlToParagraphs } from './html-text.ts';
import { type RecordPlace, UnreadableCorpusFile } from './unreadable.ts';

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds saved as files (.xml, .rss, .atom): one article per item or
 * entry — its title, link, date, author, and the feed's title as the outlet; the body is the item's
 * full content (content:encoded, Atom content) or else its description/summary, HTML turned into
 * paragraphs. Parsed by fast-xml-parser, which decodes entities and CDATA.
 */

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay text: a title "2024" must not become a number.
  parseTagValue: false,
  // Atom's content may be XHTML markup: kept as raw text here and read as HTML below.
  stopNodes: ['*.entry.content', '*.entry.summary'],
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator', 'category'].includes(name),
});
const textParser = new XMLParser({ parseTagValue: false });

const asNode = (value: unknown): Node | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null;

/** The text of an element: a plain value, or the #text of one with attributes. */
function textOf(value: unknown): string {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  return node ? textOf(node['#text']) : '';
}

/** The raw inside of an Atom content/summary element: XHTML is markup already, html/text is escaped XML. */
function atomHtml(value: unknown): string {
  const node = asNode(value);
  const raw = node ? textOf(node['#text']) : textOf(value);
  if (node?.['@_type'] === 'xhtml') return raw;
  // Decode the escaped text (entities, CDATA) with the same XML parser, then it is HTML.
  return textOf(asNode(textParser.parse(`<x>${raw}</x>`))?.x);
}

function atomLink(links: unknown): string {
  const list = (Array.isArray(links) ? links : [links]).map(asNode).filter((l) => l !== null);
  const chosen = list.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? list[0];
  return chosen ? textOf(chosen['@_href']) : '';
}

function names(value: unknown): string {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .map((a) => textOf(asNode(a)?.name ?? a))
    .filter((a) => a !== '')
    .join(', ');
}

interface FeedItem {
  title: string;
  link: string;
  date: string;
  author: string;
  html: string;
}

function rssItem(item: Node): FeedItem {
  const content = textOf(item['content:encoded']);
  return {
    title: textOf(item.title),
    // RSS 2.0 <link> is text; an atom:link inside an item carries an href.
    link: textOf(item.link) || atomLink(item['atom:link']),
    date: textOf(item.pubDate) || textOf(item['dc:date']),
    author: names(item['dc:creator']) || textOf(item.author),
    html: content || textOf(item.description),
  };
}

function atomEntry(entry: Node): FeedItem {
  const content = entry.content === undefined ? '' : atomHtml(entry.content);
  return {
    title: textOf(entry.title),
    link: atomLink(entry.link),
    date: textOf(entry.published) || textOf(entry.updated),
    author: names(entry.author),
    html: content.trim() ? content : entry.summary === undefined ? '' : atomHtml(entry.summary),
  };
}

export function fromFeed(text: string, place: RecordPlace): ArticleFields[] {
  let doc: Node;
  try {
    doc = parser.parse(text, true) as Node;
  } catch (error) {
    const message =
      typeof error === 'object' && error && 'err' in error
        ? String((error as { err: { msg: string } }).err.msg)
        : (error as Error).message;
    throw new UnreadableCorpusFile(`it is not well-formed XML (${message})`);
  }
  const rss = asNode(doc.rss);
  const rdf = asNode(doc['rdf:RDF']);
  const atom = asNode(doc.feed);
  let outlet = '';
  let items: FeedItem[];
  if (rss || rdf) {
    const channel = asNode((rss ?? rdf)?.channel);
    outlet = textOf(channel?.title);
    const raw = (rss ? channel?.item : rdf?.item) ?? [];
    items = (Array.isArray(raw) ? raw : [raw]).map((i) => rssItem(asNode(i) ?? {}));
  } else if (atom) {
    outlet = textOf(atom.title);
    const raw = atom.entry ?? [];
    items = (Array.isArray(raw) ? raw : [raw]).map((e) => atomEntry(asNode(e) ?? {}));
  } else {
    throw new UnreadableCorpusFile('it is XML but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed>)');
  }
  if (items.length === 0) throw new UnreadableCorpusFile('the feed has no items');
  const out: ArticleFields[] = [];
  items.forEach((item, i) => {
    const source = place.source(`item${i + 1}`);
    const body = htmlToParagraphs(item.html);
    if (body === '') {
      place.skip(source, 'the item has no description or content');
      return;
    }
    out.push({
      id: place.id(i),
      title: item.title ? htmlToParagraphs(item.title) : place.id(i),
      body,
      source,
      date: item.date,
      outlet,
      url: item.link,
      author: item.author,
    });
  });
  if (out.length === 0) throw new UnreadableCorpusFile('no item holds a readable article');
  return out;
}
