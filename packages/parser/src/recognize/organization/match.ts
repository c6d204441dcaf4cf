import type { OrganizationType } from '@dukien/core';
import type { Word } from '../tokens/tokenize.js';
import { levelAfter, parentAfter, placeAfter, properNameAfter, sectorAfter } from './complement.js';
import { headAt } from './head.js';

export interface OrganizationMatch {
  from: number;
  to: number;
  type: OrganizationType;
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
  const result = (to: number): OrganizationMatch => ({ from: at, to, type: head.type, words: fixed });
  switch (head.follows) {
    case 'none':
      return first.upper ? result(found.to) : null;
    case 'place': {
      const reach = placeAfter(fixed, found.to);
      return first.upper ? result(reach.to) : null;
    }
    case 'level': {
      const reach = levelAfter(fixed, found.to);
      // "ủy ban nhân dân tỉnh Bình Phước" may be lower-case; "công an tỉnh" alone may not.
      if (!first.upper && !reach.named) return null;
      if (NEEDS_LEVEL.has(headKey) && reach.to === found.to) return null;
      return result(reach.to);
    }
    case 'sector': {
      if (!first.upper) return null;
      const end = sectorAfter(fixed, found.to);
      return end > found.to ? result(levelAfter(fixed, end).to) : null;
    }
    case 'parent': {
      // "Trưởng ban Tổ chức Tỉnh ủy": the title's "ban" opens "Ban Tổ chức Tỉnh ủy".
      if (!first.upper && fixed[at - 1]?.key !== 'trưởng') return null;
      const end = parentAfter(fixed, found.to);
      return end > found.to ? result(end) : null;
    }
    case 'name': {
      // "Công ty Công ty TNHH ...": a repeated head; the second one opens the name.
      if (headAt(fixed, found.to)?.head === head) return null;
      const name = properNameAfter(fixed, found.to);
      if (name.to === found.to || (!first.upper && !name.legal)) return null;
      return result(name.to);
    }
  }
}
