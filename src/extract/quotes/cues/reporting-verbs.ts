import { CLAUSE_VERBS, IRREGULAR, NEEDS_THAT, QUOTE_ONLY_VERBS } from '../../lexicon/reporting-verbs.ts';

export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const forms = [lemma, third, `${stem}ed`, `${stem}ing`];
  // "admit" → "admitted": a final consonant after a single vowel doubles (the extra spelling is harmless
  // for verbs that do not double).
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(lemma)) {
    const last = lemma.at(-1) ?? '';
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

export interface VerbInfo {
  lemma: string;
  /** Takes a reported clause without a quotation ("said the plan failed"). */
  takesClause: boolean;
  /** A participle ("adding that …"): its subject is the speaker of the clause before it. */
  participle: boolean;
  /** Past participle or base form that is also a passive ("was told"): checked against its context. */
  form: string;
}

export const VERB_FORMS = new Map<string, VerbInfo>();

for (const [list, takesClause] of [
  [QUOTE_ONLY_VERBS, false],
  [CLAUSE_VERBS, true],
] as const) {
  for (const entry of list) {
    const [verb, particle] = entry.split(' ') as [string, string | undefined];
    const forms = particle ? (IRREGULAR[verb] ?? inflect(verb)) : inflect(verb);
    for (const form of forms) {
      const key = particle ? `${form} ${particle}` : form;
      VERB_FORMS.set(key, {
        lemma: entry,
        takesClause: takesClause && !NEEDS_THAT.has(entry),
        participle: form.endsWith('ing'),
        form,
      });
    }
  }
}

/** The reporting verb spelled by `word` (and, for phrasal verbs, the word after it), if any. */
export function reportingVerb(word: string, next?: string): { info: VerbInfo; words: number } | null {
  const lower = word.toLowerCase();
  if (next) {
    const phrasal = VERB_FORMS.get(`${lower} ${next.toLowerCase()}`);
    if (phrasal) return { info: phrasal, words: 2 };
  }
  const info = VERB_FORMS.get(lower);
  return info ? { info, words: 1 } : null;
}
