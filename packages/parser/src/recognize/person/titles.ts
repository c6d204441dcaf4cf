import { ADMIN_NAMES } from '../../lexicon/admin-units.js';
import { PhraseIndex } from '../../lexicon/phrase-index.js';
import { SENTENCE_WORDS } from '../../lexicon/sentence-words.js';
import { RANKS, TITLE_HEADS } from '../../lexicon/titles.js';
import { foldKey } from '../../text/fold.js';
import { organizationAt } from '../organization/match.js';
import type { Word } from '../tokens/tokenize.js';

/** One item of a title chain: a rank ("Đại tá") or a title ("Bí thư Tỉnh ủy Bình Phước"). */
export interface TitleItem {
  kind: 'rank' | 'title';
  from: number;
  to: number;
}

// Lower-case words that stand inside a title's body: "Chủ tịch UBND tỉnh",
// "Chủ tịch nước", "Bộ Chỉ huy quân sự tỉnh", "Ủy ban nhân dân thành phố".
const FORMER = 'nguyên';

// Two lower-case words that go on with a body's name after its capital: "Cảng hàng không quốc tế".
// ("Chủ nhiệm Câu lạc bộ Dù lượn Hà Nội": the last two syllables of "Câu lạc bộ".)
const BODY_KIND_WORDS = new Set(['hàng không', 'quốc tế', 'lạc bộ'].map(foldKey));

const TITLE_LOWER = new Set([
  'phụ',
  'trách',
  'kiêm',
  'điều',
  'hành',
  'tỉnh',
  'thành',
  'phố',
  'huyện',
  'quận',
  'thị',
  'xã',
  'phường',
  'trấn',
  'nhân',
  'dân',
  'và',
  'quân',
  'sự',
  'nước',
  'ban',
  'các',
  'khu',
  'vực',
  'công',
  'nghiệp',
  'kinh',
  'tế',
  'đại',
  'biểu',
  'hội',
  'đồng',
  'ủy',
  'khóa',
  'chức',
  'vận',
  'giáo',
  'tra',
  'chính',
  'trị',
  'vụ',
  'hành',
  'đạo',
  'lý',
  'phòng',
  'tư',
  'đầu',
  'triển',
  'thôn',
  'trường',
  'tạo',
  'tế',
  'tác',
  'thường',
  'trực',
  'hữu',
  'hạn',
  'phần',
  'cổ',
  'thành',
  'viên',
  'một',
  'chuyên',
  'diện',
]);

// Words of the sentence that a title never holds: "Bí thư Tỉnh ủy cho biết", "... Ủy ban tại".
const ENDS_TITLE = new Set([
  ...SENTENCE_WORDS,
  'phát',
  'biểu',
  'nói',
  'biết',
  'dự',
  'dẫn',
  'chủ',
  'trì',
  'tặng',
  'trao',
  'thăm',
  'làm',
  'việc',
  'nhấn',
  'mạnh',
  'khẳng',
  'định',
  // "Chủ tịch Hiệp hội Điều Vinacas khuyến cáo", "… Việt Nam đề nghị", "kiến nghị", "yêu cầu",
  // "chia sẻ", "cảnh báo": what the speaker does next.
  'đề',
  'khuyến',
  'kiến',
  'yêu',
  'chia',
  'cảnh',
]);

/** Titles of envoys, whose seat follows their country: "Đại sứ Hàn Quốc tại Việt Nam". */
export const ENVOYS: ReadonlySet<string> = new Set(
  ['đại sứ', 'tổng lãnh sự', 'lãnh sự', 'trưởng đại diện'].map(foldKey),
);
const SEATED = new Set(['tại', 'ở'].map(foldKey));
const AND = foldKey('và');
const EACH = foldKey('các');

/**
 * Bodies named by their kind alone, in lower case, right after a head: "Giám đốc công ty",
 * "Hiệu trưởng nhà trường", "Giám đốc hợp tác xã" (the body named before, spoken of again).
 */
const GENERIC_BODIES = new PhraseIndex<true>();
for (const body of [
  'công ty',
  'tổng công ty',
  'tập đoàn',
  'hợp tác xã',
  'HTX',
  'bệnh viện',
  'nhà trường',
  'trường',
  'nhà máy',
  'xí nghiệp',
  'doanh nghiệp',
  'ngân hàng',
  'chi nhánh',
  'trung tâm',
  'văn phòng đại diện',
  'đơn vị',
  'quỹ',
  'viện',
  'hội',
  'trạm y tế',
  'khu du lịch',
  'câu lạc bộ',
  'chùa',
  'nhà thờ',
  'giáo xứ',
  'nhà hát',
  'bảo tàng',
  'thư viện',
  'liên doanh',
  'khách sạn',
  // "Giám đốc cảng", "Giám đốc mỏ": a port, a mine, a state farm or forest.
  'cảng',
  'mỏ',
  'nông trường',
  'lâm trường',
]) {
  GENERIC_BODIES.add(body, true);
}

// The last syllable of "Giám đốc", and the fields a manager may head, written after it.
const MANAGER = foldKey('đốc');
const RUNS = foldKey('điều hành');
const MANAGER_FIELDS = new PhraseIndex<true>();
for (const field of [
  'tài chính',
  'đối ngoại',
  'thu mua',
  'kinh doanh',
  'điều hành',
  'sản xuất',
  'kỹ thuật',
  'nhân sự',
  'bán hàng',
  'tiếp thị',
  'truyền thông',
  'quốc gia',
  'khu vực',
  'dự án',
  'chất lượng',
  'vận hành',
]) {
  MANAGER_FIELDS.add(field, true);
}

/**
 * Lower-case syllables of a title's body that only stand in these words: "thường trực",
 * "hội đồng", "đại biểu". Elsewhere they are the sentence's: "Chỉ huy trưởng Ban CHQS huyện
 * trực tiếp chỉ đạo", "Phó Chủ tịch UBND tỉnh đồng chủ trì".
 */
const BOUND_SYLLABLES = new Map(
  Object.entries({
    trực: ['thường trực'],
    đồng: ['hội đồng'],
    đại: ['đại biểu', 'đại diện', 'đại hội', 'đại học'],
    diện: ['đại diện'],
    chuyên: ['chuyên trách'],
    công: [
      'công an',
      'công ty',
      'công nghiệp',
      'công nghệ',
      'công thương',
      'công tác',
      'công trình',
      'công đoàn',
      'công chức',
      'công cộng',
      'công ích',
      'công vụ',
    ],
  }).map(([syllable, words]) => [foldKey(syllable), new Set(words.map(foldKey))]),
);

function boundSyllableOutside(words: readonly Word[], at: number): boolean {
  const word = words[at]!;
  const within = BOUND_SYLLABLES.get(word.key);
  if (!within || word.upper) return false;
  const before = `${words[at - 1]?.key} ${word.key}`;
  const after = `${word.key} ${words[at + 1]?.key}`;
  return !within.has(before) && !within.has(after);
}

// Degrees and honorary titles written short before a name: "PGS.TS", "TS.", "ThS", "BSCKII",
// "NSND" (Nghệ sĩ Nhân dân). Glued by dots they make one: "TS.BS", "ThS.BS".
const DEGREE_PARTS = new Set(
  [
    'gs',
    'pgs',
    'ts',
    'ths',
    'bs',
    'bsck',
    'bscki',
    'bsckii',
    'ks',
    'kts',
    'ncs',
    'ds',
    'ls',
    'nsnd',
    'nsưt',
    'ngnd',
    'ngưt',
    'ttnd',
    'ttưt',
  ].map(foldKey),
);

/** A degree or a short honorary title: "PGS.TS", "ThS", "NSƯT". */
export const isDegree = (word: Word | undefined): boolean =>
  word?.upper === true && word.key.split('.').every((part) => DEGREE_PARTS.has(part));

const DOTTED_ABBREVIATIONS = new Set(['tp', 'tx']);

/** "Sở Tư pháp TP. Hồ Chí Minh": the dot of an abbreviation ends no title before words[at]. */
export const dotAfterAbbreviation = (words: readonly Word[], at: number): boolean =>
  /^\. ?$/.test(words[at]?.gap ?? '') &&
  DOTTED_ABBREVIATIONS.has(words[at - 1]?.key ?? '') &&
  words[at]!.upper;

const REPRESENTATIVE = foldKey('đại diện');

/** "Trưởng Văn phòng đại diện Jeju Air": the title so far names a representative office. */
function representsAbroad(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++)
    if (`${words[k]!.key} ${words[k + 1]!.key}` === REPRESENTATIVE) return true;
  return false;
}

/** A rank or a title head at words[at], and where it ends. */
export function openerAt(words: readonly Word[], at: number): { kind: 'rank' | 'title'; to: number } | null {
  // "nguyên Chủ tịch": "nguyên" (former) is written in lower case before a capitalized title.
  if (!words[at]?.upper && !(words[at]?.key === FORMER && words[at + 1]?.upper)) return null;
  const rank = RANKS.longestAt(words, at);
  if (rank) return { kind: 'rank', to: at + rank.length };
  const head = TITLE_HEADS.longestAt(words, at);
  return head ? { kind: 'title', to: at + head.length } : null;
}

function hasStop(from: number, to: number, stop: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (stop(i)) return true;
  return false;
}

const SEPARATOR = /^ ?[-–] ?$|^, $/;

/**
 * Titles and ranks from words[at] on, joined by " - " or ", ": "Trưởng ban Dân
 * vận Tỉnh ủy - Chủ tịch Ủy ban MTTQ tỉnh", "Ủy viên BTV Tỉnh ủy, Chỉ huy
 * trưởng Bộ CHQS tỉnh". A title's body runs over capitalized words,
 * abbreviations and the lower-case words of official names; it stops at
 * punctuation, at another word, or at `stop` (where a name starts).
 */
export function titleChainAt(words: readonly Word[], at: number, stop: (i: number) => boolean): TitleItem[] {
  const items: TitleItem[] = [];
  let i = at;
  for (;;) {
    const opener = openerAt(words, i);
    if (!opener) break;
    let to = opener.to;
    if (opener.kind === 'title') {
      // Where a body's name ended: its words are its own, and the next one is no syllable of it.
      let bodyEnd = -1;
      const envoy = ENVOYS.has(
        words
          .slice(i, opener.to)
          .map((w) => w.key)
          .join(' '),
      );
      // "Trưởng Ban Tổ chức Trung ương", "Trưởng Phòng Cảnh sát giao thông": the head's last
      // words open the body's name, which is read whole from there.
      for (let k = i + 1; k < opener.to; k++) {
        const body = organizationAt(words, k);
        if (body && body.to > to && !hasStop(opener.to, body.to, stop)) {
          to = body.to;
          bodyEnd = to;
          break;
        }
      }
      while (to < words.length && to < opener.to + 16 && !stop(to)) {
        const word = words[to]!;
        // "Đại sứ Hàn Quốc tại Việt Nam": an envoy's title says where the envoy sits.
        if (
          (envoy || representsAbroad(words, i, to)) &&
          SEATED.has(word.key) &&
          word.gap === ' ' &&
          words[to + 1]?.upper &&
          !stop(to + 1)
        ) {
          to++;
          continue;
        }
        // "Trưởng ban Kinh tế - Ngân sách": a hyphen inside the body, not before a new title.
        const inner =
          word.gap === ' ' ||
          dotAfterAbbreviation(words, to) ||
          (/^ ?[-–] ?$/.test(word.gap) && word.upper && !openerAt(words, to));
        if (!inner) break;
        // "Giám đốc Sở Kế hoạch và Đầu tư": a body's name carries its own lower-case words.
        // "Hiệu trưởng Trường Đại học Vinh và Nghệ nhân Ưu tú Lê Thị Mai": "và" before another
        // title joins two people, not two words of one title.
        // "Chủ tịch UBND tỉnh và Thượng tá X", "... và đồng chí Y", "... và đại biểu": after "và"
        // a body's name goes on in capitals ("Sở Tài nguyên và Môi trường") or with "các" ("Ban
        // Quản lý Khu công nghệ cao và các khu công nghiệp").
        if (word.key === AND) {
          const next = words[to + 1];
          if (!next || openerAt(words, to + 1) || isDegree(next) || (!next.upper && next.key !== EACH)) break;
        }
        if (boundSyllableOutside(words, to)) break;
        // "Chủ tịch HĐND tỉnh điều hành kỳ họp": after the body, "điều hành" is the sentence's verb;
        // a title holds it right after its head ("Tổng Giám đốc điều hành").
        if (to === bodyEnd && `${word.key} ${words[to + 1]?.key}` === RUNS) break;
        if (to === opener.to) {
          const generic = GENERIC_BODIES.longestAt(words, to);
          if (generic && !words[to]!.upper && !hasStop(to, to + generic.length, stop)) {
            to += generic.length;
            bodyEnd = to;
            continue;
          }
          // "Giám đốc tài chính Công ty …", "Giám đốc đối ngoại SEVT": a manager's field, in
          // lower case, before the body the manager works for.
          const field = words[to - 1]?.key === MANAGER ? MANAGER_FIELDS.longestAt(words, to) : null;
          const after = field ? words[to + field.length] : undefined;
          if (field && !words[to]!.upper && after?.upper && after.gap === ' ' && !stop(to + field.length)) {
            to += field.length;
            continue;
          }
        }
        const body = organizationAt(words, to);
        if (body && !hasStop(body.from, body.to, stop)) {
          to = body.to;
          bodyEnd = to;
          continue;
        }
        // "Ngân sách", "Kế hoạch": the second syllable of a capitalized word; not the verb after
        // a body's name ("Tổng Giám đốc Tập đoàn Trường Thành Việt Nam cam kết").
        // ("Trưởng đoàn ĐBQH tỉnh Nghệ An dâng hương": a place's name is whole; the verb is the sentence's.)
        const secondSyllable =
          to !== bodyEnd &&
          words[to - 1]?.upper &&
          !words[to - 1]?.caps &&
          !ENDS_TITLE.has(word.key) &&
          !placeEndsAt(words, to);
        // ("Giám đốc Cảng hàng không quốc tế Cam Ranh": lower-case words of a body's kind.)
        const kindWords =
          BODY_KIND_WORDS.has(`${word.key} ${words[to + 1]?.key}`) && words[to + 1]?.gap === ' ';
        if (kindWords) {
          to += 2;
          continue;
        }
        // ("Chủ tịch Công đoàn công ty", "Trưởng phòng Nhân sự công ty": a body's kind whose first
        // syllable only stands in it, read with its second.)
        const pair = `${word.key} ${words[to + 1]?.key}`;
        if (!word.upper && words[to + 1]?.gap === ' ' && BOUND_SYLLABLES.get(word.key)?.has(pair)) {
          to += 2;
          continue;
        }
        if (!(word.upper || TITLE_LOWER.has(word.key) || secondSyllable)) break;
        to++;
      }
      // A joining word cannot end a title: "Giám đốc Sở Y tế và" ends before "và".
      while (to > opener.to && /^(và|các|ban)$/.test(words[to - 1]!.key)) to--;
    }
    items.push({ kind: opener.kind, from: i, to });
    const next = words[to];
    if (!next || !SEPARATOR.test(next.gap) || stop(to) || !openerAt(words, to)) break;
    i = to;
  }
  return items;
}

/** A province's or district's name of two words or more ends right before words[to]: "Nghệ An". */
function placeEndsAt(words: readonly Word[], to: number): boolean {
  for (let from = Math.max(0, to - 4); from <= to - 2; from++) {
    const place = ADMIN_NAMES.longestAt(
      words,
      from,
      (m, units) => m.length === to - from && units.some((u) => u.type !== 'commune'),
    );
    if (place) return true;
  }
  return false;
}
