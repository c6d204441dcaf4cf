import { ADMIN_NAMES } from '../../lexicon/admin-units.js';
import { NAMED_PLACES, type NamedPlace } from '../../lexicon/places.js';
import { foldKey } from '../../text/fold.js';
import { phraseWords, type Word } from '../tokens/tokenize.js';
import { opensSentence, standsAlone } from './stands-alone.js';

export interface NamedPlaceMatch {
  from: number;
  to: number;
  place: NamedPlace;
}

// The capitalized words of a form must be capitalized in the text: "miền Trung", not "miền trung".
const FORM_WORDS = new Map<string, Word[]>();

function capitalizedAsForm(matched: readonly Word[], form: string): boolean {
  let formWords = FORM_WORDS.get(form);
  if (!formWords) {
    formWords = phraseWords(form);
    FORM_WORDS.set(form, formWords);
  }
  return matched.every((w, k) => !formWords[k]?.upper || w.upper);
}

/** A region, continent or country at words[at]: "Tây Nguyên", "Đông Nam bộ", "Campuchia". */
export function namedPlaceAt(words: readonly Word[], at: number): NamedPlaceMatch | null {
  const match = NAMED_PLACES.longestAt(words, at, (matched, places) =>
    places.some((p) => capitalizedAsForm(matched, p.form)),
  );
  const place = match?.values[0];
  if (!match || !place) return null;
  let from = at;
  const to = at + match.length;
  // "miền Đông Nam bộ": the name is "Đông Nam bộ", "miền" is its type word.
  if (words[at]?.key === 'miền' && NAMED_PLACES.longestAt(words, at + 1)?.length === match.length - 1) from++;
  if (!standsAlone(words, from, to) || closesUnitName(words, from, to)) return null;
  // "Mỹ, Trung Quốc, châu Âu là thị trường chính": a list of places opening a sentence.
  if (place.needsContext && opensSentence(words, from) && !placeListed(words, to) && !reachesValue(words, to))
    return null;
  // "23,9 tỉ đô la Mỹ", "bảng Anh", "yên Nhật": the country names a currency, not a place.
  if (place.type === 'country' && currencyBefore(words, from)) return null;
  // "thi Tiếng Anh", "phiên dịch tiếng Nhật": the country names a language, not a place.
  if (place.type === 'country' && words[from - 1]?.key === LANGUAGE && words[from]?.gap === ' ') return null;
  // "khu đền tháp Mỹ Sơn": a country's one word, then another capital, opens a longer name.
  if (
    place.needsContext &&
    to === from + 1 &&
    words[to]?.upper &&
    !words[to]!.caps &&
    words[to]!.gap === ' ' &&
    !opensSentence(words, to)
  )
    return null;
  // "dịch tả lợn châu Phi": the continent names a disease, not where it is.
  if (diseaseBefore(words, from)) return null;
  // "cửa ngõ phía Đông Bắc của Hà Nội": a point of the compass, no region.
  if (place.type === 'region' && DIRECTION_WORDS.has(words[from - 1]?.key ?? '') && words[from]?.gap === ' ')
    return null;
  // "Anh hùng Lao động", "Ý kiến", "Pháp luật": the country's word opens a common compound.
  if (
    place.needsContext &&
    COMPOUNDS.has(`${words[to - 1]?.key} ${words[to]?.key}`) &&
    words[to]?.gap === ' '
  )
    return null;
  return { from, to, place };
}

// The names of currencies a country's name completes ("đô la Mỹ", "đô-la Úc", "đôla Singapore").
const CURRENCY_WORDS = new Set(
  ['đô la', 'đô-la', 'đôla', 'bảng', 'yên', 'won', 'nhân dân tệ', 'rúp', 'euro'].map(foldKey),
);

function currencyBefore(words: readonly Word[], at: number): boolean {
  const one = words[at - 1];
  const two = words[at - 2];
  if (!one || one.upper || words[at]?.gap !== ' ') return false;
  if (CURRENCY_WORDS.has(one.key)) return true;
  return (
    two !== undefined &&
    /^[ -]?$/.test(one.gap) &&
    CURRENCY_WORDS.has(`${two.key}${one.gap === '' ? '' : one.gap}${one.key}`)
  );
}

const LANGUAGE = foldKey('tiếng');

const DIRECTION_WORDS = new Set(['phía', 'hướng'].map(foldKey));

// Diseases named for where they were first found: "(dịch) tả lợn châu Phi", "tả heo châu Phi".
const DISEASES = new Set(['tả lợn', 'tả heo'].map(foldKey));

function diseaseBefore(words: readonly Word[], at: number): boolean {
  const [two, one] = [words[at - 2], words[at - 1]];
  return (
    two !== undefined && one !== undefined && words[at]?.gap === ' ' && DISEASES.has(`${two.key} ${one.key}`)
  );
}

/** "Hoài Đức là huyện …", "xã Tân Mỹ": the country's name closes the name of a district or commune. */
function closesUnitName(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    const word = words[k + 1]!;
    if (!words[k]?.upper || word.gap !== ' ') return false;
    if (ADMIN_NAMES.longestAt(words, k, (m) => k + m.length === to)) return true;
  }
  return false;
}

// Common words that open with a country's one-word name: no country in them.
const COMPOUNDS = new Set(
  [
    'anh hùng',
    'ý kiến',
    'ý nghĩa',
    'ý thức',
    'ý chí',
    'ý tưởng',
    'pháp luật',
    'pháp lý',
    'pháp chế',
    'pháp nhân',
    'mỹ phẩm',
    'mỹ thuật',
    'mỹ nghệ',
    'mỹ quan',
    'đức tính',
  ].map(foldKey),
);

// "…; Nga đạt 118.500 lượt": a market, then what it reached.
const VALUE_VERBS = new Set(['đạt', 'tăng', 'giảm', 'chiếm', 'với'].map(foldKey));

/** A verb of reaching and a number right after words[to - 1]. */
function reachesValue(words: readonly Word[], to: number): boolean {
  const verb = words[to];
  const value = words[to + 1];
  return verb?.gap === ' ' && VALUE_VERBS.has(verb.key) && value?.gap === ' ' && /^\d/.test(value.text);
}

/** Another named place right after words[to - 1], past a comma: the first is an item of a list. */
function placeListed(words: readonly Word[], to: number): boolean {
  const next = words[to];
  return !!next && /^, ?$/.test(next.gap) && NAMED_PLACES.longestAt(words, to) !== null;
}
