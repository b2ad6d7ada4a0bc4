/**
 * A place in an article, in reading order: a paragraph and a character offset inside it. Positions
 * compare with < and > as they read; `paragraphOf` and `paragraphsApart` give the paragraph back, so
 * no code does arithmetic on how a position is encoded.
 */
export type Position = number & { readonly __position: true };

/** Longer than any paragraph: offsets never spill into the next paragraph's range. */
const PARAGRAPH_SPAN = 1e6;

/** The start of the paragraph at `index` (0-based, in reading order). */
export const paragraphStart = (index: number): Position => (index * PARAGRAPH_SPAN) as Position;

/** `offset` characters into the paragraph that starts at `start`. */
export const positionAt = (start: Position, offset: number): Position => (start + offset) as Position;

export const paragraphOf = (position: Position): number => Math.floor(position / PARAGRAPH_SPAN);

/** How many paragraphs `later` is after `earlier` (0: the same paragraph). */
export const paragraphsApart = (earlier: Position, later: Position): number =>
  paragraphOf(later) - paragraphOf(earlier);

/** `later` is less than `paragraphs` paragraph lengths after `earlier`, offsets counted. */
export const within = (earlier: Position, later: Position, paragraphs: number): boolean =>
  later - earlier < paragraphs * PARAGRAPH_SPAN;
