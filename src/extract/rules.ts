/**
 * The names of the extractor's rules that can be switched off one at a time, to measure what each
 * is worth (`npm run eval -- --data DIR --without NAME`). The switch is an environment variable, so
 * it reaches the CLI the scorers run and the extraction worker threads alike; the cache key covers
 * it (src/ingest/fingerprint.ts), so an ablated extraction is never served as the real one.
 */
export const RULES = {
  // Attribution sieves, in the order they run for a quotation (the first that credits it wins).
  'cue-in-sentence': 'a cue of the quotation’s own sentence (“…,” she said) credits it',
  narrator: 'a quotation with no cue after a sentence about someone is theirs',
  'sentence-opener': 'a phrase quoted in a sentence with no cue is its subject’s',
  'cue-in-paragraph': 'a cue elsewhere in the paragraph credits its other quotations',
  following: 'a quotation with no cue of its own goes to the last speaker quoted',
  'continued-quotation': 'a quotation left open is credited by the cue of the paragraph that carries it on',
  'according-lead': 'an opening “According to X,” credits what the rest of the sentence reports',
  // Cue rules.
  'name-not-adverb':
    'a capitalised word before a reporting verb is its subject (“Kelly said”, “May said”), not an adverb or a modal',
  'surname-not-word':
    'a lone word the name rules leave out (“May said”) is the person the article named in full with it',
  // Attribution sieves that are not about cues.
  'colon-introduction': 'a quotation after a colon, in a sentence with no cue, is the sentence subject’s',
} as const;

export type RuleName = keyof typeof RULES;

/** The environment variable holding the comma-separated names of the rules switched off. */
export const RULES_OFF_VARIABLE = 'NEWSDESK_RULES_OFF';

let read: { value: string; off: ReadonlySet<string> } | null = null;

/** The rules switched off for this process (parsed again only when the variable changes). */
export function rulesOff(): ReadonlySet<string> {
  const value = process.env[RULES_OFF_VARIABLE] ?? '';
  if (read?.value !== value) {
    const names = value
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    read = { value, off: new Set(names) };
  }
  return read.off;
}

/** Whether a rule runs (every rule does unless it is named in NEWSDESK_RULES_OFF). */
export const ruleOn = (name: RuleName): boolean => !rulesOff().has(name);

/** The names in `names` that are not rules, for a usage error. */
export const unknownRules = (names: readonly string[]): string[] => names.filter((n) => !(n in RULES));
