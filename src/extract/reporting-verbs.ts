/**
 * Reporting verbs: the words news uses to credit speech ("said", "told", "warned", "wrote").
 * General English, not taken from any article. Each lemma is expanded into its inflected forms.
 */

/** Verbs that introduce a reported clause even without "that" ("Smith said the plan failed"). */
const CLAUSE_VERBS = [
  'say',
  'tell',
  'claim',
  'argue',
  'insist',
  'explain',
  'note',
  'stress',
  'warn',
  'admit',
  'acknowledge',
  'suggest',
  'allege',
  'testify',
  'contend',
  'maintain',
  'assert',
  'concede',
  'emphasize',
  'emphasise',
  'affirm',
  'clarify',
  'state',
  'add',
  'report',
  'write',
  'confirm',
  'recall',
  'reiterate',
  'assure',
  'advise',
  'predict',
  'complain',
  'confess',
  'observe',
  'caution',
  'declare',
  'announce',
  'indicate',
  'reveal',
  'deny',
  'agree',
  'tweet',
  'estimate',
  'conclude',
  'point out',
  'remind',
  'promise',
  'vow',
  'hint',
  'boast',
  'lament',
  'acknowledge',
  'joke',
  'quip',
  'urge',
] as const;

/**
 * Clause verbs that need "that" (or a quotation next to them) to report speech: "RCMP will maintain a
 * presence" and "promised a review" are not quotes.
 */
export const NEEDS_THAT = new Set([
  'advise',
  'maintain',
  'promise',
  'vow',
  'urge',
  'predict',
  'estimate',
  'agree',
  'deny',
  'reveal',
  'announce',
  'indicate',
  'conclude',
  'recall',
  'observe',
  'hint',
  'boast',
  'lament',
  'complain',
  'caution',
  'declare',
  'reiterate',
  'assure',
  'remind',
  'confess',
  'report',
  'confirm',
  'state',
]);

/** Verbs that credit a quotation next to them but do not by themselves introduce a clause. */
const QUOTE_ONLY_VERBS = [
  'ask',
  'continue',
  'respond',
  'reply',
  'retort',
  'counter',
  'shout',
  'yell',
  'scream',
  'chant',
  'cry',
  'exclaim',
  'sniff',
  'crow',
  'scold',
  'stutter',
  'snap',
  'muse',
  'recount',
  'remark',
  'comment',
  'post',
  'read',
  'whisper',
  'plead',
  'demand',
  'wonder',
  'interject',
  'begin',
  'laugh',
  'sigh',
  'describe',
  'call',
  'blast',
  'slam',
  'charge',
  'mention',
  'add',
] as const;

/** Verbs whose first complement is who was told ("told reporters that …"), never the speaker. */
export const OBJECT_VERBS = new Set([
  'tell',
  'assure',
  'advise',
  'remind',
  'warn',
  'urge',
  'ask',
  'promise',
  'inform',
]);

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  read: ['read', 'reads', 'reading'],
  begin: ['began', 'begins'],
  cry: ['cried', 'cries'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  snap: ['snapped', 'snaps'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  stutter: ['stutter', 'stutters', 'stuttered', 'stuttering'],
  point: ['points', 'pointed', 'pointing'],
};

function inflect(lemma: string): string[] {
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

const VERB_FORMS = new Map<string, VerbInfo>();
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
