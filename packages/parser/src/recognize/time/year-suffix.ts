import type { HeaderMonth } from './header.js';
import { anyOf, YEAR, YEAR_DEICTICS } from './lexicon.js';

/**
 * The year written after a month or quarter: "tháng 10/2024", "quý I-2024",
 * "tháng 1.2018", "quý I năm 2025", or named from the article year: "quý IV
 * năm trước". Groups: y (digits) or rel (deictic word).
 */
export const YEAR_SUFFIX = `(?:(?: *[/\\-] *|\\.)(?<y>${YEAR})| +năm +(?<y2>${YEAR})| +năm +(?<rel>${anyOf([...YEAR_DEICTICS.keys()])}))?`;

export interface SuffixYear {
  year: number | null;
  relative: boolean;
}

/** The year the suffix names; a deictic year without a header month is unknown (undefined: drop the match). */
export function suffixYear(
  groups: Record<string, string | undefined>,
  header: HeaderMonth | null,
): SuffixYear | undefined {
  const written = groups.y ?? groups.y2;
  if (written !== undefined) return { year: Number(written), relative: false };
  if (groups.rel === undefined) return { year: null, relative: false };
  const offset = YEAR_DEICTICS.get(groups.rel);
  if (offset === undefined || !header) return undefined;
  return { year: header.year + offset, relative: true };
}
