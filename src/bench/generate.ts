import { MONTH_NAMES } from '../extract/lexicon/months.ts';
import { pick, seededRandom } from './random.ts';

/**
 * A corpus made up on the spot, so `npm run bench` runs on a fresh clone: news-shaped articles with
 * attributed quotes, dated sentences and a vocabulary large enough for the word index to matter.
 */

const FIRST = [
  'Maria',
  'John',
  'Aisha',
  'Wei',
  'Carlos',
  'Fatima',
  'Ivan',
  'Grace',
  'Ahmed',
  'Laura',
  'Kenji',
  'Olga',
];
const LAST = [
  'Lopez',
  'Smith',
  'Khan',
  'Chen',
  'Garcia',
  'Haddad',
  'Petrov',
  'Mensah',
  'Rahman',
  'Novak',
  'Sato',
  'Berg',
];
const ROLES = [
  'the finance minister',
  'a city council member',
  'the union leader',
  'the company spokesperson',
  'a senior diplomat',
];
const PLACES = [
  'Lisbon',
  'Nairobi',
  'Osaka',
  'Denver',
  'Krakow',
  'Lagos',
  'Quito',
  'Hanoi',
  'Tunis',
  'Perth',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'ran',
  'sol',
  'ven',
  'dor',
  'pli',
  'qua',
  'zen',
  'bri',
  'mon',
  'tal',
  'rek',
  'sun',
  'vor',
  'gel',
];
const VERBS = [
  'approved',
  'rejected',
  'announced',
  'delayed',
  'signed',
  'criticised',
  'funded',
  'cancelled',
  'reviewed',
  'expanded',
];

/** `size` distinct made-up words of two to four syllables, the same for the same generator state. */
export function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(random, SYLLABLES);
    words.add(w);
  }
  return [...words];
}

export function generateCorpus(articles: number, seed = 42): string {
  const random = seededRandom(seed);
  const words = vocabulary(random, 6000);
  // Zipf-like: a few words are everywhere, most are rare, as in real text.
  const word = (): string => words[Math.floor(words.length * random() ** 3)] ?? 'word';
  const phrase = (n: number): string => Array.from({ length: n }, word).join(' ');
  const lines: string[] = [];
  for (let a = 0; a < articles; a++) {
    const year = 2015 + Math.floor(random() * 8);
    const month = Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const paragraphs: string[] = [];
    const count = 8 + Math.floor(random() * 20);
    for (let p = 0; p < count; p++) {
      const speaker = `${pick(random, FIRST)} ${pick(random, LAST)}`;
      const place = pick(random, PLACES);
      switch (Math.floor(random() * 3)) {
        case 0:
          paragraphs.push(
            `"The ${phrase(6)} will ${phrase(5)}," said ${speaker}, ${pick(random, ROLES)}. ${capital(phrase(12))} in ${place}.`,
          );
          break;
        case 1:
          paragraphs.push(
            `On ${pick(random, MONTH_NAMES)} ${1 + Math.floor(random() * 28)}, officials in ${place} ${pick(random, VERBS)} the ${phrase(4)} plan. ${capital(phrase(15))}.`,
          );
          break;
        default:
          paragraphs.push(
            `${capital(phrase(14))} ${pick(random, VERBS)} ${phrase(10)}. ${capital(phrase(9))}.`,
          );
      }
    }
    lines.push(
      JSON.stringify({
        id: `gen-${a + 1}`,
        title: capital(phrase(6)),
        date: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        outlet: 'Generated Gazette',
        url: `https://example.org/${a + 1}`,
        text: paragraphs.join('\n\n'),
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
