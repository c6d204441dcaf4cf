/** Small cursor helpers over the folded text, shared by the number recognizers. */

const LETTER = /[\p{L}\p{M}]/u;

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Index after the spaces (not line breaks) at `at`. */
export function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/** The word (a run of letters) that starts at `at`, as [start, end], or null. */
export function wordAt(text: string, at: number): [number, number] | null {
  if (!isLetter(text[at]) || isLetter(text[at - 1])) return null;
  let end = at;
  while (isLetter(text[end])) end++;
  return [at, end];
}

/** The word right before `at` with one space between, as [start, end], or null. */
export function wordBefore(text: string, at: number): [number, number] | null {
  let end = at;
  if (text[end - 1] !== ' ') return null;
  end--;
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return start < end ? [start, end] : null;
}

/** The one or two words right before `at`, folded, joined by a space: ["thứ", "kỳ họp thứ"...]. */
export function wordsBefore(text: string, at: number, count: number): string[] {
  const out: string[] = [];
  let cursor = at;
  let phrase = '';
  for (let k = 0; k < count; k++) {
    const w = wordBefore(text, cursor);
    if (!w) break;
    phrase = phrase ? `${text.slice(w[0], w[1])} ${phrase}` : text.slice(w[0], w[1]);
    out.push(phrase);
    cursor = w[0];
  }
  return out;
}
