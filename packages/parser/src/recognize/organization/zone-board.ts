import { foldKey } from '../../text/fold.js';
import { typeWordAt } from '../location/admin-place.js';
import { zoneAt, zoneWordsAt } from '../location/zone.js';
import type { Word } from '../tokens/tokenize.js';

/** "các khu công nghiệp", "các KCN": the zones of a level, where the plural opens them. */
function pluralZonesAt(words: readonly Word[], at: number): number | null {
  if (words[at]?.key !== 'các' || words[at]?.gap !== ' ') return null;
  const n = zoneWordsAt(words, at + 1);
  return n > 0 ? at + 1 + n : null;
}

/**
 * Where the zones a management board runs end, after "Ban Quản lý" or "BQL": a named zone
 * ("Khu kinh tế mở Chu Lai", "KKTM Chu Lai", "KCN Tân Trường"), the zones of a level ("các
 * khu công nghiệp", "Khu kinh tế" before "tỉnh Hà Tĩnh"), with "và các khu công nghiệp" after
 * ("Khu kinh tế Nghi Sơn và các khu công nghiệp"). Null when no zone follows: "Ban Quản lý
 * chợ" names no board of a zone.
 */
export function managedZonesAfter(words: readonly Word[], at: number): number | null {
  if (words[at]?.gap !== ' ') return null;
  let end = pluralZonesAt(words, at);
  if (end === null) {
    const zone = zoneAt(words, at);
    const n = zoneWordsAt(words, at);
    end = zone ? zone.to : n > 0 ? at + n : null;
  }
  if (end === null) return null;
  if (words[end]?.key === 'và' && words[end]?.gap === ' ')
    end = pluralZonesAt(words, end + 1) ?? elidedZoneKindAt(words, end + 1) ?? end;
  // "Ban Quản lý Khu kinh tế, công nghiệp tỉnh": a second kind after a comma.
  else if (words[end]?.gap === ', ') end = elidedZoneKindAt(words, end, ', ') ?? end;
  return end;
}

// "các khu chế xuất và công nghiệp": the second kind of zone, its "khu" left out.
const ZONE_KINDS = [
  ['công', 'nghiệp'],
  ['chế', 'xuất'],
  ['kinh', 'tế'],
  ['công', 'nghệ', 'cao'],
].map((kind) => kind.map(foldKey));

function elidedZoneKindAt(words: readonly Word[], at: number, firstGap = ' '): number | null {
  for (const kind of ZONE_KINDS) {
    const found = kind.every(
      (key, k) => words[at + k]?.key === key && words[at + k]?.gap === (k === 0 ? firstGap : ' '),
    );
    // "Khu kinh tế, công nghiệp tỉnh" but not "Khu kinh tế, công nghiệp phát triển": a level closes it.
    if (found && (firstGap === ' ' || typeWordAt(words, at + kind.length) !== null)) return at + kind.length;
  }
  return null;
}
