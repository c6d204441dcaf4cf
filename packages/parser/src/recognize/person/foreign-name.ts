import { ADMIN_NAMES } from '../../lexicon/admin-units.js';
import { NAMED_PLACES } from '../../lexicon/places.js';
import { foldKey } from '../../text/fold.js';
import { organizationAt } from '../organization/match.js';
import type { Word } from '../tokens/tokenize.js';
import type { NameMatch } from './name.js';
import { openerAt } from './titles.js';

// "ông Tanaka Hiroshi", "Đại sứ Park Jung-ho", "bà Tan Mei Ling", "Đại tá Cil Múp": a name
// that opens with no Vietnamese surname is a person only where the text introduces one.

// Nouns that open the name of a unit of a body, never a name: "Đội trưởng Đội Kiểm soát Hải quan".
const UNIT_NOUNS: ReadonlySet<string> = new Set(
  ['đội', 'phòng', 'trạm', 'hạt', 'đồn', 'cục', 'sở', 'tổ', 'viện', 'khoa'].map(foldKey),
);

// English words of firms' names, which no one's name holds: "Tổng Giám đốc Daeyang Electronics",
// "Giám đốc Hanwha Vina".
const FIRM_WORDS: ReadonlySet<string> = new Set(
  [
    'vina',
    'vietnam',
    'group',
    'corporation',
    'corp',
    'company',
    'holdings',
    'electronics',
    'electric',
    'electrical',
    'technology',
    'technologies',
    'tech',
    'industries',
    'industrial',
    'industry',
    'logistics',
    'solutions',
    'systems',
    'motor',
    'motors',
    'steel',
    'energy',
    'power',
    'solar',
    'textile',
    'textiles',
    'garment',
    'apparel',
    'fashion',
    'foods',
    'food',
    'pharma',
    'chemical',
    'chemicals',
    'components',
    'precision',
    'display',
    'semiconductor',
    'materials',
    'plastics',
    'manufacturing',
    'engineering',
    'construction',
    'trading',
    'shipping',
    'international',
    'global',
    'resort',
    'resorts',
    'hotel',
    'bank',
  ].map(foldKey),
);

/** A capitalized word that is no abbreviation and holds no digit, one space after the word before. */
const isCapital = (word: Word | undefined): word is Word =>
  !!word && word.upper && !word.caps && !/\d/.test(word.text) && word.gap === ' ';

/** Where the syllable at words[at] ends, taking hyphenated parts with it ("Jung-ho", "Jean-Pierre"). */
function syllableEnd(words: readonly Word[], at: number): number {
  let end = at + 1;
  while (words[end]?.gap === '-' && /^\p{L}+$/u.test(words[end]!.text)) end++;
  return end;
}

/**
 * Two or three capitalized syllables at words[at], hyphenated parts included, that are no
 * place, body or title, ending where the capitals end. The caller checks what introduces
 * them (a courtesy word, a rank, a title) and prefers a Vietnamese name of the same length.
 */
export function foreignNameAt(words: readonly Word[], at: number): NameMatch | null {
  if (!isCapital(words[at])) return null;
  if (openerAt(words, at) || organizationAt(words, at) || UNIT_NOUNS.has(words[at]!.key)) return null;
  let to = at;
  let syllables = 0;
  while (syllables < 3 && isCapital(words[to])) {
    to = syllableEnd(words, to);
    syllables++;
  }
  if (syllables < 2 || isCapital(words[to])) return null;
  // "Tổng Giám đốc NovaChip Việt Nam": a brand written in camel case, or a run closed by a
  // country, names a firm.
  if (words.slice(at, to).some((w) => /\p{Ll}\p{Lu}/u.test(w.text) || FIRM_WORDS.has(w.key))) return null;
  for (let k = at + 1; k < to; k++)
    if (NAMED_PLACES.longestAt(words, k, (m) => k + m.length === to && m.length > 0)) return null;
  // "Hàn Quốc", "Tây Nguyên": the whole run is a place ("Lim" alone is a town, "Lim Wei Ling" a woman).
  const whole = (m: readonly Word[]) => m.length === to - at;
  if (ADMIN_NAMES.longestAt(words, at, whole) || NAMED_PLACES.longestAt(words, at, whole)) return null;
  return { from: at, to };
}
