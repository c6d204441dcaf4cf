import { ADMIN_NAMES, type Era } from '../../lexicon/admin-units.js';
import type { Word } from '../tokens/tokenize.js';
import { type AdminPlace, isNameWord } from './admin-place.js';

/**
 * A district or commune the gazetteer knows, named bare at words[at] where the sentence says it
 * is a place (the end of a road section, the site of a border gate or an airport). The level is
 * the one the article's era has: after July 2025 a commune when one bears the name, since
 * districts are gone; before, a district when one does. The caller keeps it only in the
 * article's provinces.
 */
export function localPlaceAt(words: readonly Word[], at: number, era: Era): AdminPlace | null {
  const first = words[at];
  if (!first?.upper || /^\d/.test(first.text)) return null;
  const known = ADMIN_NAMES.longestAt(words, at, (m) => m.every(isNameWord));
  if (!known) return null;
  // ("cảng cá Đề Gi" in 2022: a commune first made in the 2025 reform was no unit before it.)
  const units = known.values.filter(
    (u) => (u.type === 'district' || u.type === 'commune') && (era === 'post2025' || u.era === 'pre2025'),
  );
  if (units.length === 0) return null;
  const communeNow = era === 'post2025' && units.some((u) => u.type === 'commune' && u.era === era);
  const level = !communeNow && units.some((u) => u.type === 'district') ? 'district' : 'commune';
  return { from: at, nameFrom: at, to: at + known.length, prefix: null, level, units, alias: null };
}
