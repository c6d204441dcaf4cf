import type { DraftOf } from '../context.js';
import { surnameAt } from '../location/admin-place.js';
import type { Word } from '../tokens/tokenize.js';
import type { OrganizationMatch } from './match.js';

type Place = DraftOf<'location'>;

// Words a title chain runs over between a body and the province that closes it:
// "Trưởng ban Dân vận Tỉnh ủy - Chủ tịch Ủy ban MTTQ tỉnh Bình Phước".
// It stops at a word that leads elsewhere: "UBND tỉnh phối hợp với tỉnh Đồng Nai".
const LEADS_AWAY = new Set([
  'với',
  'của',
  'cho',
  'và',
  'tại',
  'ở',
  'đến',
  'từ',
  'về',
  'có',
  'là',
  'đã',
  'sang',
  'cùng',
]);

/**
 * The province a provincial body without its place belongs to: one named
 * further along the same title chain, else the last one named before it.
 */
export function homeProvince(
  words: readonly Word[],
  match: OrganizationMatch,
  provinces: readonly Place[],
): Place | undefined {
  const start = words[match.from]!.start;
  if (match.place === 'bare') {
    // "đoàn công tác Hà Tĩnh": the province is inside the name.
    const end = words[match.to - 1]!.end;
    return provinces.find((p) => p.evidence.start >= start && p.evidence.end <= end);
  }
  for (let k = match.to; k < words.length; k++) {
    const word = words[k]!;
    if (/[.,;:!?()\n]/.test(word.gap)) break;
    const place = provinces.find((p) => p.evidence.start === word.start);
    if (place) return place;
    if (LEADS_AWAY.has(word.key) || (surnameAt(words, k) > 0 && words[k + 1]?.upper)) break;
  }
  return provinces.filter((p) => p.evidence.end <= start).at(-1);
}

/** "Ủy ban nhân dân tỉnh" + Nghệ An → "Ủy ban nhân dân tỉnh Nghệ An"; "Hội đồng nhân dân" → "... tỉnh Nghệ An". */
export function withProvince(name: string, match: OrganizationMatch, province: Place): string {
  const levelWord = province.type === 'city' ? 'thành phố' : 'tỉnh';
  if (match.place === 'level') return `${name} ${province.name}`;
  if (match.place === 'implied')
    return /ủy$/.test(name) ? `${name} ${province.name}` : `${name} ${levelWord} ${province.name}`;
  if (match.place === 'bare')
    return name.replace(new RegExp(`${province.name}$`), `${levelWord} ${province.name}`);
  return name;
}
