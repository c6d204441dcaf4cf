import { ADMIN_NAMES } from '../../lexicon/admin-units.js';
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
]);

// Words of the sentence that a title never holds: "Bí thư Tỉnh ủy cho biết", "... Ủy ban tại".
const ENDS_TITLE = new Set([
  ...SENTENCE_WORDS,
  'phát',
  'biểu',
  'nói',
  'biết',
  'dự',
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
]);

/** Titles of envoys, whose seat follows their country: "Đại sứ Hàn Quốc tại Việt Nam". */
export const ENVOYS: ReadonlySet<string> = new Set(
  ['đại sứ', 'tổng lãnh sự', 'lãnh sự', 'trưởng đại diện'].map(foldKey),
);
const SEATED = new Set(['tại', 'ở'].map(foldKey));
const AND = foldKey('và');

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
      while (to < words.length && to < opener.to + 16 && !stop(to)) {
        const word = words[to]!;
        // "Đại sứ Hàn Quốc tại Việt Nam": an envoy's title says where the envoy sits.
        if (envoy && SEATED.has(word.key) && word.gap === ' ' && words[to + 1]?.upper && !stop(to + 1)) {
          to++;
          continue;
        }
        // "Trưởng ban Kinh tế - Ngân sách": a hyphen inside the body, not before a new title.
        const inner = word.gap === ' ' || (/^ ?[-–] ?$/.test(word.gap) && word.upper && !openerAt(words, to));
        if (!inner) break;
        // "Giám đốc Sở Kế hoạch và Đầu tư": a body's name carries its own lower-case words.
        // "Hiệu trưởng Trường Đại học Vinh và Nghệ nhân Ưu tú Lê Thị Mai": "và" before another
        // title joins two people, not two words of one title.
        if (word.key === AND && openerAt(words, to + 1)?.kind === 'title') break;
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
