/**
 * Numbers written with digits, as Vietnamese outlets write them. The rule:
 *  - a comma is the decimal mark ("6,85" is 6.85, "1,5" is 1.5);
 *  - a dot followed by exactly three digits groups thousands ("2.345" is
 *    2345, "12.345.678" is 12345678); a dot followed by any other number of
 *    digits is a decimal mark, as some outlets write it ("1.5", "93.25");
 *  - with both marks, the last one is the decimal mark ("12.345,6"; the
 *    English "12,345.6" as well), the others group thousands in threes;
 *  - several commas in groups of three are English thousands ("1,234,567").
 * Anything else (groups of two digits after a thousands mark) is no number.
 */

/** A run of digits with dot and comma marks between them: "2.345", "12.345,6". */
export const DIGITS = /\d+(?:[.,]\d+)*/y;

const THOUSANDS_GROUPS = /^\d{1,3}(?:[.,]\d{3})+$/;

function groupedInteger(s: string): number | null {
  return THOUSANDS_GROUPS.test(s) ? Number(s.replace(/[.,]/g, '')) : null;
}

/** The value of a digit numeral, or null when its marks make no number. */
export function parseDigits(written: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(written)) return null;
  const dots = written.split('.').length - 1;
  const commas = written.split(',').length - 1;
  if (dots === 0 && commas === 0) return Number(written);
  if (dots > 0 && commas > 0) {
    const last = Math.max(written.lastIndexOf('.'), written.lastIndexOf(','));
    const head = written.slice(0, last);
    // The thousands marks must all be the other mark: "1.234,5" but not "1,234,5".
    if (head.includes(written[last] ?? '')) return null;
    const whole = groupedInteger(head);
    return whole === null ? null : Number(`${whole}.${written.slice(last + 1)}`);
  }
  const mark = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count > 1) return groupedInteger(written);
  const [whole = '', fraction = ''] = written.split(mark);
  if (mark === '.' && fraction.length === 3) return Number(whole + fraction);
  return Number(`${whole}.${fraction}`);
}
