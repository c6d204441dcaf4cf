import type { Era, Unit } from './gazetteer.js';
import type { Random } from './random.js';

/** What an article is about: its month, its province, its places. */
export interface ArticleContext {
  readonly rng: Random;
  readonly year: number;
  /** 1–12, the header month. */
  readonly month: number;
  readonly era: Era;
  /** The province the article is about. */
  readonly province: Unit;
  /** A second province (visits, comparisons). */
  readonly partner: Unit;
  /** Districts (pre-2025) or communes (post-2025) of the province, for local places. */
  readonly localUnits: readonly Unit[];
  /** Communes with the district they lie in (pre-2025), for "xã X, huyện Y". */
  readonly communesByDistrict: ReadonlyMap<string, readonly Unit[]>;
  /**
   * The year a figure whose sentence names no time belongs to: the article's, or, when a January
   * lead reviews the year before ("đánh giá tình hình kinh tế - xã hội năm 2017" in 2018-01), that
   * year (seeds/README.md). The lead sets it; what stands at a moment keeps the article's year.
   */
  readonly review: { year: number };
}

/** "tỉnh" or "thành phố", the word before the province's name. */
export const provinceWord = (unit: Unit): string => (unit.type === 'city' ? 'thành phố' : 'tỉnh');

/** "Tỉnh ủy" or "Thành ủy", the Party committee of the province. */
export const partyCommittee = (unit: Unit): string => (unit.type === 'city' ? 'Thành ủy' : 'Tỉnh ủy');

const pad = (n: number): string => String(n).padStart(2, '0');

export const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${pad(month)}-${pad(day)}`;

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export const yearStart = (year: number): string => isoDate(year, 1, 1);
export const yearEnd = (year: number): string => isoDate(year, 12, 31);
export const monthEnd = (year: number, month: number): string =>
  isoDate(year, month, daysInMonth(year, month));
