import { chronoFilter } from '../rule.ts';
/** `half-count`: "two and a half years ago" — chrono reads only "half years ago". */
export const halfCount = chronoFilter('half-count', ({ lower }) => /^half\b/.test(lower));
