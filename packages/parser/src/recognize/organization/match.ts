import type { OrganizationType } from '@dukien/core';
import type { OrganizationHead } from '../../lexicon/organization-heads.js';
import type { Word } from '../tokens/tokenize.js';
import type { Reach } from './complement.js';
import { levelAfter, parentAfter, placeAfter, properNameAfter, sectorAfter } from './complement.js';
import { headAt } from './head.js';

export interface OrganizationMatch {
  from: number;
  to: number;
  type: OrganizationType;
  head: OrganizationHead;
  /**
   * How the body's province is written: "named" ("UBND tỉnh Nghệ An"), "bare"
   * ("đoàn công tác Hà Tĩnh"), "level" ("UBND tỉnh"), "implied" ("HĐND",
   * "Tỉnh ủy", "Sở Y tế": a provincial body of the province in context), or
   * "none" (a national body, a company, a district's body).
   */
  place: 'named' | 'bare' | 'level' | 'implied' | 'none';
  /** The words, with a misspelled abbreviation corrected. */
  words: readonly Word[];
}

// Heads that name no one body until a place follows: "Công an" alone is the
// police in general, "Công an tỉnh Bình Phước" a body; "Đoàn công tác" likewise.
const NEEDS_LEVEL = new Set([
  'công an',
  'đoàn công tác',
  'thanh tra',
  'đảng bộ',
  'đảng ủy',
  'bảo hiểm xã hội',
]);

/** The organization named from words[at]: its head and what completes it (see data/organizations.json). */
// "Ban Thường vụ Tỉnh ủy", "Văn phòng UBND": the province in context;
// "Văn phòng UBND tỉnh": its level written; "Ban Tổ chức Trung ương": none.
function parentPlace(parent: readonly Word[]): OrganizationMatch['place'] {
  const tail = parent.map((w) => w.key).join(' ');
  if (/(^| )(tỉnh|thành) ủy$|^(ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân)$/.test(tail)) return 'implied';
  if (/ (tỉnh|thành phố|tp)$/.test(tail)) return 'level';
  return 'none';
}

export function organizationAt(words: readonly Word[], at: number): OrganizationMatch | null {
  const found = headAt(words, at);
  if (!found) return null;
  const { head } = found;
  const fixed = found.words;
  const first = fixed[at]!;
  const headKey = fixed
    .slice(at, found.to)
    .map((w) => w.key)
    .join(' ');
  const result = (to: number, place: OrganizationMatch['place'] = 'none'): OrganizationMatch => ({
    from: at,
    to,
    type: head.type,
    head,
    place,
    words: fixed,
  });
  const provincial = (reach: Reach): OrganizationMatch['place'] => {
    if (reach.bare) return 'bare';
    if (reach.named) return 'named';
    if (!reach.levelOnly) return reach.to === found.to ? 'implied' : 'none';
    const level = fixed
      .slice(reach.to - 1, reach.to)
      .map((w) => w.key)
      .join(' ');
    return /^(tỉnh|phố|tp)$/.test(level) ? 'level' : 'none';
  };
  switch (head.follows) {
    case 'none':
      return first.upper ? result(found.to) : null;
    case 'place': {
      const reach = placeAfter(fixed, found.to);
      // "Tỉnh ủy", "Thành ủy" belong to the province in context; "Huyện ủy" to a district.
      const own = reach.named ? 'named' : /^(tỉnh|thành) ủy$/.test(headKey) ? 'implied' : 'none';
      return first.upper ? result(reach.to, own) : null;
    }
    case 'level': {
      const reach = levelAfter(fixed, found.to);
      // "ủy ban nhân dân tỉnh Bình Phước" may be lower-case; "công an tỉnh" alone may not.
      if (!first.upper && !reach.named) return null;
      if (NEEDS_LEVEL.has(headKey) && reach.to === found.to) return null;
      return result(reach.to, provincial(reach));
    }
    case 'sector': {
      if (!first.upper) return null;
      const end = sectorAfter(fixed, found.to);
      if (end === found.to) return null;
      const reach = levelAfter(fixed, end);
      // "Sở Y tế" is the province's; "Bộ Y tế", "Cục Thuế" are national.
      if (headKey !== 'sở') return result(reach.to);
      return result(reach.to, reach.to === end ? 'implied' : provincial(reach));
    }
    case 'parent': {
      // "Trưởng ban Tổ chức Tỉnh ủy": the title's "ban" opens "Ban Tổ chức Tỉnh ủy".
      if (!first.upper && fixed[at - 1]?.key !== 'trưởng') return null;
      const end = parentAfter(fixed, found.to);
      if (end === found.to) return null;
      return result(end, parentPlace(fixed.slice(found.to, end)));
    }
    case 'name': {
      // "Trường THPT Lê Lợi", "Trường Đại học Vinh", not "Trường Sơn" in a person's name.
      const school = fixed[found.to];
      if (
        headKey === 'trường' &&
        !(school?.caps || /^(đại|cao|tiểu|mầm|trung|chính|phổ|dân)$/.test(school?.key ?? ''))
      ) {
        return null;
      }
      // "Công ty Công ty TNHH ...": a repeated head; the second one opens the name.
      if (headAt(fixed, found.to)?.head === head) return null;
      const name = properNameAfter(fixed, found.to);
      if (name.to === found.to || (!first.upper && !name.legal)) return null;
      return result(name.to);
    }
  }
}
