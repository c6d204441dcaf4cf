import type { ArticleContext } from './context.js';
import { numberWords, roman } from './number-format.js';
import { partyBody, provincialBody } from './organizations.js';
import type { Seg } from './segment.js';
import { dateStyle, fullDate } from './times.js';

/**
 * Numbers that are no quantities: document numbers ("Nghị quyết số 06-NQ/TU",
 * "Quyết định 942/QĐ-UBND"), session ordinals ("kỳ họp thứ 15", "khóa XII").
 * The issuing body and the date beside them are facts.
 */
export function documentReference(ctx: ArticleContext): Seg {
  const { rng, province } = ctx;
  const n = rng.int(1, 3999);
  const year = ctx.year - rng.int(0, 3);
  const [kind, code, issuer] = rng.pick([
    ['Nghị quyết', `${String(rng.int(1, 60)).padStart(2, '0')}-NQ/TU`, 'party'],
    ['Chỉ thị', `${String(rng.int(1, 40)).padStart(2, '0')}-CT/TU`, 'party'],
    ['Quyết định', `${n}/QĐ-UBND`, 'government'],
    ['Kế hoạch', `${n}/KH-UBND`, 'government'],
    ['Nghị quyết', `${rng.int(1, 200)}/NQ-HĐND`, 'council'],
    ['Nghị quyết', `${rng.int(1, 200)}/${year}/NQ-HĐND`, 'council'],
  ] as const);
  const segs: Seg[] = [`${kind}${rng.chance(0.6) ? ' số' : ''} ${code}`];
  if (rng.chance(0.6)) segs.push(' ', fullDate(rng, year, dateStyle(rng)).seg);
  if (rng.chance(0.7)) {
    const body =
      issuer === 'party'
        ? partyBody(rng, province, rng.chance(0.5) ? 'standing' : 'committee')
        : provincialBody(rng, province, issuer === 'council' ? 'hdnd' : 'ubnd');
    segs.push(' của ', body);
  }
  return segs;
}

/** "kỳ họp thứ 15", "kỳ họp thứ Mười lăm", "khóa XII": ordinals, no facts. */
export function sessionOrdinal(ctx: ArticleContext): string {
  const { rng } = ctx;
  const n = rng.int(2, 25);
  const ordinal = rng.chance(0.3) ? capitalizeWord(numberWords(n)) : String(n);
  return `kỳ họp thứ ${ordinal}`;
}

export const termOrdinal = (ctx: ArticleContext): string => `khóa ${roman(ctx.rng.int(9, 17))}`;

export const congressOrdinal = (ctx: ArticleContext): string => `lần thứ ${roman(ctx.rng.int(12, 20))}`;

const capitalizeWord = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
