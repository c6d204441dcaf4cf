/**
 * Vietnamese number writing: dots group thousands and a comma marks decimals
 * ("2.345", "6,4", "12.345,6"); small counts are also spelled out ("mười lăm").
 */

/** "12345.6" with 1 decimal → "12.345,6"; 4-digit numbers sometimes go ungrouped ("2500"). */
export function formatNumber(value: number, decimals: number, groupThousands = true): string {
  const fixed = value.toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = groupThousands ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  return fraction ? `${grouped},${fraction}` : grouped;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/**
 * Words for 1–999 as newspapers write them: "mười lăm" (15), "hai mươi mốt" (21),
 * "ba mươi tư" (34), "một trăm linh năm" (105).
 */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new Error(`no words for ${n}`);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${DIGITS[hundreds]} trăm`);
  if (rest === 0) return parts.join(' ');
  const tens = Math.floor(rest / 10);
  const ones = rest % 10;
  if (tens === 0) {
    parts.push(hundreds > 0 ? `linh ${DIGITS[ones]}` : (DIGITS[ones] as string));
  } else if (tens === 1) {
    // "mười lăm": five after ten is "lăm"
    parts.push(ones === 0 ? 'mười' : `mười ${ones === 5 ? 'lăm' : DIGITS[ones]}`);
  } else {
    // "hai mươi mốt", "ba mươi tư", "bốn mươi lăm"
    const unit =
      ones === 0 ? '' : ones === 1 ? ' mốt' : ones === 4 ? ' tư' : ones === 5 ? ' lăm' : ` ${DIGITS[ones]}`;
    parts.push(`${DIGITS[tens]} mươi${unit}`);
  }
  return parts.join(' ');
}

/** Roman numerals for quarters and sessions ("quý III", "khóa XIII"). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
