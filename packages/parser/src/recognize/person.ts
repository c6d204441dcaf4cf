import { ADMIN_NAMES, PROVINCE_NAMES } from '../lexicon/admin-units.js';
import { ETHNIC_GROUP_KEYS } from '../lexicon/ethnic-groups.js';
import { CITY_ALIASES, NAMED_PLACES } from '../lexicon/places.js';
import { SENTENCE_WORDS } from '../lexicon/sentence-words.js';
import { COMMON_SURNAMES, GIVEN_NAME_PREFIXES } from '../lexicon/surnames.js';
import { VILLAGE_WORDS } from '../lexicon/village-words.js';
import { foldKey } from '../text/fold.js';
import { type DraftOf, evidence, overlaps, type RecognizeContext, type Span } from './context.js';
import { surnameAt } from './location/admin-place.js';
import { recognizeLocations } from './location.js';
import { MIDDLE_NAMES } from './organization/complement.js';
import { recognizeOrganizations } from './organization.js';
import { foreignNameAt } from './person/foreign-name.js';
import { honorificBefore, placeTypeBefore } from './person/introduced.js';
import { type NameMatch, nameAt } from './person/name.js';
import {
  dotAfterAbbreviation,
  ENVOYS,
  isDegree,
  openerAt,
  type TitleItem,
  titleChainAt,
} from './person/titles.js';
import { paragraphWords, type Word } from './tokens/tokenize.js';

type Draft = DraftOf<'person'>;

/** Places and bodies already found in the document: a person's name never lies inside one. */
export interface KnownNames {
  locations: readonly DraftOf<'location'>[];
  organizations: readonly DraftOf<'organization'>[];
}

/** Spans a person's name cannot lie in: streets, zones, communes, companies, schools ("đường Lê Lợi"). */
function blockedSpans(found: KnownNames): Span[] {
  const places = found.locations
    .filter(
      (f) =>
        f.type === 'road' || f.type === 'industrial_zone' || f.type === 'commune' || f.type === 'district',
    )
    .map((f) => f.evidence);
  const bodies = found.organizations
    .filter((f) => f.type === 'company' || f.type === 'other')
    .map((f) => f.evidence);
  // "Đoàn Kinh tế - Quốc phòng 379": a body's head word read as a surname ("Đoàn") opens no name.
  const heads = found.organizations.map((f) => ({ start: f.evidence.start, end: f.evidence.start + 1 }));
  return [...places, ...bodies, ...heads];
}

/** "Tổng Giám đốc Tanaka Hiroshi", "Đại tá Cil Múp": a rank or title head ends right before words[at]. */
function headBefore(words: readonly Word[], at: number): boolean {
  for (let from = at - 1; from >= Math.max(0, at - 4); from--) {
    if (openerAt(words, from)?.to === at) return true;
  }
  return envoyBefore(words, at);
}

const SEATED = new Set(['tại', 'ở'].map(foldKey));

/**
 * "Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam", "Tổng Lãnh sự Hoa Kỳ tại TP.HCM Susan Burns":
 * an envoy's title, the country it speaks for and where it sits, right before the name.
 */
function envoyBefore(words: readonly Word[], at: number): boolean {
  for (let from = at - 2; from >= Math.max(0, at - 10); from--) {
    const opener = openerAt(words, from);
    if (opener?.kind !== 'title' || !ENVOYS.has(keyOf(words, from, opener.to))) continue;
    const country = NAMED_PLACES.longestAt(words, opener.to, (_m, places) =>
      places.some((p) => p.type === 'country'),
    );
    if (!country) return false;
    let k = opener.to + country.length;
    if (SEATED.has(words[k]?.key ?? '') && words[k]?.gap === ' ') {
      const seat =
        NAMED_PLACES.longestAt(words, k + 1) ??
        CITY_ALIASES.longestAt(words, k + 1) ??
        PROVINCE_NAMES.longestAt(words, k + 1);
      if (!seat) return false;
      k += 1 + seat.length;
    }
    return k === at && words[at]?.gap === ' ';
  }
  return false;
}

const PEOPLE_WORDS = new Set(['đồng bào', 'dân tộc', 'đồng bào dân tộc'].map(foldKey));

function namesPeopleBefore(words: readonly Word[], at: number): boolean {
  if (words[at]?.gap !== ' ') return false;
  const two = `${words[at - 2]?.key} ${words[at - 1]?.key}`;
  if (PEOPLE_WORDS.has(two) && words[at - 1]?.gap === ' ') return true;
  // "người Châu Ro", "người Dao": a person of an ethnic group, the group named after "người".
  return words[at - 1]?.key === PERSON_WORD && groupEnd(words, at) > at;
}

const PERSON_WORD = foldKey('người');

/** The end of the longest ethnic group's name that starts at words[at], or `at`. */
function groupEnd(words: readonly Word[], at: number): number {
  for (let length = 3; length >= 1; length--) {
    if (ETHNIC_GROUP_KEYS.has(keyOf(words, at, at + length))) return at + length;
  }
  return at;
}

const AND = foldKey('và');
const keyOf = (words: readonly Word[], from: number, to: number): string =>
  words
    .slice(from, to)
    .map((w) => w.key)
    .join(' ');

/** Where the name of an ethnic group ends at `end` (one to three words), or -1. */
function groupEndingAt(words: readonly Word[], end: number): number {
  for (let length = 3; length >= 1; length--) {
    if (end - length >= 0 && ETHNIC_GROUP_KEYS.has(keyOf(words, end - length, end))) return end - length;
  }
  return -1;
}

/**
 * "đồng bào Mông, Dao, Hà Nhì": words[at, to) name an ethnic group, in a list of them that a
 * people word opens; "Hà Nhì" there is a people, not a person of the surname Hà.
 */
function inListOfPeoples(words: readonly Word[], at: number, to: number): boolean {
  if (!ETHNIC_GROUP_KEYS.has(keyOf(words, at, to))) return false;
  let item = at;
  for (let hops = 0; hops < 12; hops++) {
    if (namesPeopleBefore(words, item)) return true;
    const gap = words[item]?.gap;
    const joinedByAnd = gap === ' ' && words[item - 1]?.key === AND && words[item - 1]?.gap === ' ';
    if (gap !== ', ' && !joinedByAnd) return false;
    item = groupEndingAt(words, joinedByAnd ? item - 1 : item);
    if (item < 0) return false;
  }
  return false;
}

/** Where the run of capitals words[at] stands in opens, a few words back at most (a walk that costs linear time). */
function runStart(words: readonly Word[], at: number): number {
  let first = at;
  while (first > Math.max(0, at - 4) && words[first]?.gap === ' ' && words[first - 1]?.upper) first--;
  return first;
}

/**
 * "Bí thư Chi bộ thôn Đưng K'Si", "Trưởng thôn Kon Klor 2": capitals after a village's type word
 * name the village unless they open with a surname or a given name's prefix ("Trưởng thôn
 * Nguyễn Văn Bình", "Trưởng buôn Y Bhin").
 */
function inVillageName(words: readonly Word[], at: number): boolean {
  const first = runStart(words, at);
  const type = words[first - 1];
  if (craftVillageBefore(words, first)) return true;
  if (!type || type.upper || !VILLAGE_WORDS.has(type.key) || words[first]?.gap !== ' ') return false;
  const opener = words[first]!;
  // ("ở xóm Đồng Bả", "thôn Lê Xá": a village a surname opens, where no head of it is named before
  // and no middle name marks a person.)
  const before = words[first - 2]?.key ?? '';
  const headed = VILLAGE_HEADS.has(before) || NOT_A_VILLAGE.has(`${before} ${type.key}`);
  if (!headed && surnameAt(words, first) > 0 && !MIDDLE_NAMES.has(words[first + 1]?.key ?? '')) return true;
  // ("bon R'Cập": a name with an apostrophe names a village too, unless its head is named so,
  // "Trưởng bon K'Lang".)
  return (
    surnameAt(words, first) === 0 &&
    !GIVEN_NAME_PREFIXES.has(opener.key) &&
    !(headed && /['’ʼ]/.test(opener.text))
  );
}

// "Trưởng thôn Nguyễn Văn Bình", "Già làng A Hoi": the head of a village, named after it.
const VILLAGE_HEADS = new Set(['trưởng', 'già'].map(foldKey));
// ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn Hoàng Đình Nghĩa": words a village's type word ends.)
const NOT_A_VILLAGE = new Set(
  ['nông thôn', 'văn bản', 'cơ bản', 'kịch bản', 'phiên bản', 'xuất bản', 'chăm sóc'].map(foldKey),
);

const VILLAGE = foldKey('làng');
const SENTENCE_KEYS = new Set(SENTENCE_WORDS.map(foldKey));

// ("nghề gốm Chu Đậu", "nghề dệt lụa Vạn Phúc": a craft is named for its village as well.)
const CRAFT_HEADS = new Set([VILLAGE, foldKey('nghề')]);
const WARES = new Set(
  [
    'gốm',
    'lụa',
    'tranh',
    'chiếu',
    'nón',
    'sứ',
    'bánh phồng',
    'bánh tráng',
    'bánh đa',
    'bánh gai',
    'bánh cáy',
    'nước mắm',
    'kẹo dừa',
    'mắm tôm',
  ].map(foldKey),
);

/**
 * "làng thêu Lạc Thành", "làng gốm Bát Tràng": a village named for its craft, one or two
 * lower-case words between "làng" and the capitals at words[first]; the name is the village's
 * though a surname opens it, as a craft village's name is no person's.
 */
function craftVillageBefore(words: readonly Word[], first: number): boolean {
  // ("làng nghề dệt Trần Văn Minh": a middle name after the surname still makes a person.)
  if (words[first]?.gap !== ' ' || MIDDLE_NAMES.has(words[first + 1]?.key ?? '')) return false;
  // ("gốm Chu Đậu", "lụa Vạn Phúc", "tranh Đông Hồ": a village's ware named for it, no person.)
  if (WARES.has(words[first - 1]?.key ?? '')) return true;
  // ("bánh phồng Sơn Đốc", "nước mắm Nam Ô": or a food of two words.)
  if (words[first - 1]?.gap === ' ' && WARES.has(`${words[first - 2]?.key} ${words[first - 1]?.key}`))
    return true;
  for (let n = 1; n <= 2; n++) {
    const craft = words.slice(first - n, first);
    // (A verb after "làng" is the sentence's: "Làng có Lê Minh Hà làm trưởng".)
    if (craft.some((w) => w.upper || w.gap !== ' ' || SENTENCE_KEYS.has(w.key))) return false;
    if (CRAFT_HEADS.has(words[first - n - 1]?.key ?? '')) return true;
  }
  return false;
}

const SECTION = foldKey('đoạn');
const DASH_GAP = /^ ?[-–] ?$/;

/**
 * "đoạn Hoàng Cầu - Voi Phục", "đoạn Ô Đống Mác - Nguyễn Khoái": the two ends of a road's
 * section are places or streets, though a surname opens one ("Nguyễn Khoái" is a street).
 */
function sectionEndAt(words: readonly Word[], at: number): boolean {
  const first = runStart(words, at);
  // (A name's run is short: a run of capitals longer than a name, bounded, is no section's end.)
  let to = at;
  while (to < at + 5 && words[to + 1]?.gap === ' ' && words[to + 1]!.upper) to++;
  // The first end: "đoạn" before it, a dash and a capital after it.
  if (words[first - 1]?.key === SECTION && DASH_GAP.test(words[to + 1]?.gap ?? '') && words[to + 1]!.upper)
    return true;
  // The second end: a dash before it, and before that an end that "đoạn" opens.
  if (!DASH_GAP.test(words[first]?.gap ?? '') || !words[first - 1]?.upper) return false;
  const other = runStart(words, first - 1);
  return words[other - 1]?.key === SECTION && words[other]?.gap === ' ';
}

const VARIETY = foldKey('giống');
const LIST_JOINERS = new Set(['và', 'hoặc'].map(foldKey));

/**
 * "giống chè Kim Tuyên", "giống LDP1 và Kim Tuyên", "giống lúa Bắc Thơm": a crop variety, named
 * after "giống" and one or two lower-case words, or later in a list of varieties; its name is no
 * person's though a surname opens it ("giống … Trần Văn Minh" with a middle name still is one).
 */
function cultivarBefore(words: readonly Word[], at: number): boolean {
  const first = runStart(words, at);
  if (MIDDLE_NAMES.has(words[first + 1]?.key ?? '')) return false;
  let lower = 0;
  for (let k = first - 1; k >= Math.max(0, first - 8); k--) {
    const w = words[k]!;
    if (!/^,? $/.test(words[k + 1]!.gap)) return false;
    if (w.key === VARIETY) return lower <= 2;
    if (w.upper || /\d/.test(w.text)) continue;
    if (LIST_JOINERS.has(w.key)) continue;
    if (SENTENCE_KEYS.has(w.key) || ++lower > 2) return false;
  }
  return false;
}

/**
 * "cửa khẩu quốc tế Mộc Bài (huyện Bến Cầu) và Xa Mát", "KCN Tân Trường và Lai Cách": capitals "và"
 * joins to a place its type word named, past a bracket saying where it lies, are the next place.
 */
function placeListedBefore(words: readonly Word[], at: number): boolean {
  const joiner = words[at - 1];
  if (!joiner || !LIST_JOINERS.has(joiner.key) || words[at]?.gap !== ' ') return false;
  let k = at - 2;
  if (joiner.gap.includes(')')) {
    while (k > 0 && !words[k]!.gap.includes('(')) k--;
    k--;
  } else if (joiner.gap !== ' ') return false;
  if (k < 0 || !words[k]!.upper) return false;
  return placeTypeBefore(words, runStart(words, k));
}

/** words[at] is followed by one capitalized word and no more. */
const syllableAfterOnly = (words: readonly Word[], at: number): boolean =>
  words[at + 1]?.gap === ' ' && words[at + 1]!.upper && !(words[at + 2]?.gap === ' ' && words[at + 2]!.upper);
const BIRTH_ORDER = new Set(
  ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'út'].map(foldKey),
);

/** A Vietnamese full name at words[at], or a longer foreign one where a courtesy word, rank or title introduces it. */
function personNameAt(words: readonly Word[], at: number): (NameMatch & { placeLike: boolean }) | null {
  // Every name opens with a capital ("Nguyễn", "H'Hen", "Tanaka"): most words are passed over here.
  if (!words[at]?.upper) return null;
  // "KKTM Vân Phong", "cầu Trần Thị Lý": capitals after a place type are a place.
  if (placeTypeBefore(words, at)) return null;
  // "cửa khẩu Đen Sa Vẳn": two syllables closing a run that a place type opens are the place's too.
  const run = runStart(words, at);
  if (run < at && placeTypeBefore(words, run) && syllableAfterOnly(words, at)) return null;
  if (placeListedBefore(words, at)) return null;
  // "đồng bào Hà Nhì", "dân tộc La Hủ": capitals after these name a people, not a person.
  if (namesPeopleBefore(words, at)) return null;
  const name = nameAt(words, at);
  if (name && inListOfPeoples(words, at, name.to)) return null;
  // "song ngữ Việt - Hà Nhì": a name that is a people's, with no title or courtesy word before it.
  if (
    name &&
    ETHNIC_GROUP_KEYS.has(keyOf(words, at, name.to)) &&
    !honorificBefore(words, at) &&
    !headBefore(words, at)
  )
    return null;
  if (inVillageName(words, at) || cultivarBefore(words, at) || sectionEndAt(words, at)) return null;
  // "bà Sáu Hoà", "ông Lê Văn Thuận (Hai Thuận)": a southern nickname, a birth-order word and the
  // given name, is how neighbours call a person, not the person's name.
  if (BIRTH_ORDER.has(words[at]!.key) && syllableAfterOnly(words, at)) return null;
  if (!honorificBefore(words, at) && !headBefore(words, at)) return name;
  // "ông Kim Min-jun": a foreign name may open with a Vietnamese surname and run longer.
  const foreign = foreignNameAt(words, at);
  return foreign && (!name || foreign.to > name.to) ? { ...foreign, placeLike: false } : name;
}

function namesIn(words: readonly Word[], blocked: readonly Span[]): (NameMatch & { placeLike: boolean })[] {
  const names: (NameMatch & { placeLike: boolean })[] = [];
  let at = 0;
  while (at < words.length) {
    const name = personNameAt(words, at);
    const span = name && { start: words[name.from]!.start, end: words[name.to - 1]!.end };
    if (name && span && !blocked.some((b) => overlaps(b, span))) {
      names.push(name);
      at = name.to;
    } else at++;
  }
  return names;
}

/** The titles written before words[nameFrom]: the longest chain that ends right at the name. */
function titlesBefore(
  words: readonly Word[],
  nameFrom: number,
  isNameStart: (i: number) => boolean,
): TitleItem[] {
  let best: TitleItem[] = [];
  for (let start = nameFrom - 1; start >= Math.max(0, nameFrom - 30); start--) {
    if (
      /[.!?;:\n()]/.test(words[start + 1]?.gap ?? '') &&
      start + 1 < nameFrom &&
      !dotAfterAbbreviation(words, start + 1)
    )
      break;
    const chain = titleChainAt(words, start, (i) => i === nameFrom || (i !== start && isNameStart(i)));
    const last = chain.at(-1);
    if (last && last.to === nameFrom && words[nameFrom]?.gap === ' ') best = chain;
  }
  return best;
}

/** The titles written after the name in apposition: "X - Ủy viên BTV Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh". */
function titlesAfter(
  words: readonly Word[],
  nameTo: number,
  isNameStart: (i: number) => boolean,
  titledBefore = false,
): TitleItem[] {
  const next = words[nameTo];
  if (!next || !/^ ?[-–] ?$|^, $/.test(next.gap)) return [];
  const chain = titleChainAt(words, nameTo, isNameStart).filter((item) => item.kind === 'title');
  // "..., Giám đốc Sở Y tế Trần Văn B": a title right before a name is that name's.
  let popped = false;
  while (chain.length > 0 && isNameStart(chain.at(-1)!.to) && words[chain.at(-1)!.to]?.gap === ' ') {
    chain.pop();
    popped = true;
  }
  // "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh A, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh
  // B": in a list that writes each one's titles before the name, the titles after A that run into
  // B's are B's.
  if (popped && titledBefore && next.gap === ', ') return [];
  // Only a chain that runs on without a break of its own.
  return chain.every((item, k) => k === 0 || chain[k - 1]!.to === item.from) ? chain : [];
}

/**
 * One fact per mention of a full name, with the rank and titles written at
 * that mention: "Bí thư Tỉnh ủy Bình Phước Nguyễn Văn A" (the place stays in
 * the title), "Đại tá Trần B - Ủy viên BTV Tỉnh ủy, Chỉ huy trưởng Bộ CHQS
 * tỉnh" (titles after the name), "đồng chí Lê C" (no title). The span covers
 * rank, titles and name when they stand together. Pass the location and
 * organization facts of the document as `found` to spare recognizing them again.
 */
/**
 * A degree written right before words[at] ("PGS.TS. Nguyễn Văn A", "TS Trần B"), with the rank
 * written before it ("Đại tá, TS. Phan Văn Lực"): its text as written, its dot kept.
 */
function degreeBefore(
  ctx: RecognizeContext,
  words: readonly Word[],
  at: number,
): { from: number; text: string; rank: TitleItem | null } | null {
  if (!/^\.? $/.test(words[at]?.gap ?? '')) return null;
  let from = at - 1;
  if (!isDegree(words[from])) return null;
  // "ThS.BS": a mixed-case degree is its own word, glued to the next by a dot.
  while (words[from]?.gap === '.' && isDegree(words[from - 1])) from--;
  const text = ctx.text.slice(words[from]!.start, words[at]!.start).trimEnd();
  let rank: TitleItem | null = null;
  if (words[from]!.gap === ', ') {
    for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
      const opener = openerAt(words, k);
      if (opener?.kind === 'rank' && opener.to === from) rank = { kind: 'rank', from: k, to: from };
    }
  }
  return { from, text, rank };
}

/** Whether `name` is the last words, not the whole, of a name found before. */
function givenNamesOfEarlier(name: string, earlier: readonly Draft[]): boolean {
  return earlier.some((d) => d.kind === 'person' && d.name !== name && d.name.endsWith(` ${name}`));
}

/** Whether the text also writes `name` with its first word in lower case, as a word of its own. */
function writtenLowerElsewhere(text: string, name: string): boolean {
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  if (lower === name) return false;
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    const end = i + lower.length;
    if (!LETTER.test(text.charAt(i - 1)) && !LETTER.test(text.charAt(end))) return true;
  }
  return false;
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Whether words[from, to) are a one-word surname, none of the most common ("phạm" in "vi phạm" is
 * no noun), written in lower case elsewhere, then a place's whole name.
 */
function productOfPlace(text: string, words: readonly Word[], from: number, to: number): boolean {
  if (surnameAt(words, from) !== 1 || to - from < 3 || COMMON_SURNAMES.has(words[from]!.key)) return false;
  if (!ADMIN_NAMES.longestAt(words, from + 1, (m) => m.length === to - from - 1)) return false;
  return writtenLowerElsewhere(text, words[from]!.text);
}

const TET = foldKey('Tết');

export function recognizePeople(ctx: RecognizeContext, found?: KnownNames): Draft[] {
  const locations = found?.locations ?? recognizeLocations(ctx);
  const organizations = found?.organizations ?? recognizeOrganizations(ctx, locations);
  const blocked = blockedSpans({ locations, organizations });
  const drafts: Draft[] = [];
  for (const words of paragraphWords(ctx)) {
    const names = namesIn(words, blocked);
    const starts = new Set(names.map((n) => n.from));
    const isNameStart = (i: number) => starts.has(i);
    // Where the titles after the last name written end: "bà A, Tỉnh ủy viên, Phó Chủ tịch UBND
    // tỉnh, Đại tá B": the titles between are A's, and B's own begin past them.
    let claimedTo = 0;
    for (const name of names) {
      const degree = degreeBefore(ctx, words, name.from);
      const before = degree
        ? degree.rank
          ? [degree.rank]
          : []
        : titlesBefore(words, name.from, isNameStart).filter((item) => item.from >= claimedTo);
      const after = titlesAfter(words, name.to, isNameStart, before.length > 0);
      claimedTo = Math.max(claimedTo, after.at(-1)?.to ?? name.to);
      const items = [...before, ...after];
      // "phường Trần Phú" was caught above; a bare commune-like name needs a title to count.
      if (name.placeLike && items.length === 0 && !degree && !honorificBefore(words, name.from)) continue;
      const rank = items.find((item) => item.kind === 'rank');
      const text = (item: TitleItem) => ctx.text.slice(words[item.from]!.start, words[item.to - 1]!.end);
      const from = before[0]?.from ?? degree?.from ?? name.from;
      const to = after.at(-1)?.to ?? name.to;
      const written = ctx.text.slice(words[name.from]!.start, words[name.to - 1]!.end);
      // ("Giáp Tết cá về dồn dập": close to Tết, a holiday no one is named after.)
      if (
        items.length === 0 &&
        !degree &&
        words[name.to - 1]?.key === TET &&
        !honorificBefore(words, name.from)
      )
        continue;
      // "Hồ Hòa Bình đón gần 1,35 triệu lượt khách" in a headline, "ven hồ Hòa Bình" in the body: a
      // surname is never written in lower case, so the same words with a lower-case first word are
      // a common noun ("hồ", a lake) and a place, in capitals only where a sentence opens.
      if (
        items.length === 0 &&
        !degree &&
        !honorificBefore(words, name.from) &&
        writtenLowerElsewhere(ctx.text, written)
      )
        continue;
      // "“Tiêu Phú Quốc hạt chắc, cay nồng”" after "hái tiêu": a surname the article writes in lower
      // case elsewhere, a common noun ("tiêu", pepper), before a place's whole name is the place's
      // product, not a person.
      if (
        items.length === 0 &&
        !degree &&
        !honorificBefore(words, name.from) &&
        productOfPlace(ctx.text, words, name.from, name.to)
      )
        continue;
      // "Ông Danh Chanh Đa … Ông Chanh Đa": the given names of someone named in full before are
      // that person spoken of again, no full name.
      if (items.length === 0 && !degree && givenNamesOfEarlier(written, drafts)) continue;
      drafts.push({
        kind: 'person',
        evidence: evidence(ctx.text, words[from]!.start, words[to - 1]!.end),
        name: written,
        titles: [
          ...(degree ? [degree.text] : []),
          ...items.filter((item) => item.kind === 'title').map(text),
        ],
        rank: rank ? text(rank) : null,
      });
    }
  }
  return drafts;
}
