/**
 * Words that tell the tense of the clause around a date expression (src/extract/dates/tense.ts).
 * Each list is a pattern over whole words.
 */

/** Words that make what follows upcoming ("will vote Tuesday", "is scheduled for", "a deadline"). */
// ("plans to" is left out: in news it is mostly the noun, "unveiled plans to impose tariffs Tuesday".)
export const FUTURE_MARKER =
  /(?:\b(?:will|won['’]t|wo n['’]t|shall|going to|gonna|set to|scheduled|slated|expected to|expects? to|planning to|planned for|upcoming|(?:is|are) due|poised to|would|intends? to|ahead of|deadline|next|later this|takes? effect|due(?!\s+to\b)|fac(?:es|ing))\b|['’]ll\b)/gi;
/** Past-tense verbs that are nothing else: auxiliaries and common irregular verbs. */
export const PAST_MARKER =
  /\b(?:was|were|had|did|since|made|met|took|gave|went|came|won|lost|began|left|held|got|saw|sent|wrote|spoke|brought|found|became|ran|led|fell|rose|paid|sought|thought|knew|kept|chose|struck|stood|broke|killed)\b/gi;
/** Present tense: what it governs is current, neither reported past nor upcoming ("is going ahead
 * with actions by June 30"). */
export const PRESENT_MARKER = /\b(?:is|are|am|has|have)\b/gi;
/**
 * Regular "-ed" forms are past tense but also adjectives ("classified document"), and verbs of saying
 * often govern only the attribution ("said it is going ahead … by June 30"): they count only when the
 * clause has no stronger marker.
 */
export const WEAK_PAST_MARKER = /\b(?:said|told|\w{3,}ed)\b/gi;
/** A participle after these is passive or perfect, not past: "will be held", "to be named". */
export const PARTICIPLE_AFTER_FUTURE = /\b(?:will|would|shall|to|['’]ll)\s+(?:be|have(?:\s+been)?)\s+$/i;
export const PARTICIPLE_AFTER_BE = /\b(?:be|been|being)\s+$/i;
/** The markers that still count after the date words (a following "-ed" is mostly adjectival). */
export const AUXILIARY = /^(?:will|won['’]t|wo n['’]t|shall|['’]ll|would|said|says|told|was|were|had|did)$/i;
/** "-ed" words that look past but point forward. */
export const FORWARD_PARTICIPLE = /^(?:scheduled|slated|expected|planned|anticipated|proposed|intended)$/i;
