/** Seasons and their months (northern hemisphere, as US news writes them); winter runs into the next year. */
export const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  winter: [12, 14],
};

export const SEASON_ALTERNATION = Object.keys(SEASON_MONTHS).join('|');
