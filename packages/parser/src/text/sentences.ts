import type { Span } from '../recognize/context.js';

/**
 * Abbreviations that end in a dot inside a sentence: "TP. Hồ Chí Minh",
 * "ThS. Nguyễn Văn A", "PGS.TS Trần B", "Q. Ba Đình". Compared lower-cased.
 */
const ABBREVIATIONS = new Set([
  'tp',
  'ths',
  'th.s',
  'ts',
  'pgs',
  'pgs.ts',
  'gs',
  'gs.ts',
  'bs',
  'bsck',
  'ks',
  'ls',
  'cn',
  'q',
  'p',
  'tx',
  'tt',
  'h',
  'x',
  'ng',
  'st',
  'đ/c',
  'tr',
  'nxb',
  'mr',
  'ms',
  'dr',
]);

// A sentence ends at ".", "!", "?" or "…" (possibly repeated, possibly closed by
// quotes or brackets) followed by white space and then something that can
// open a sentence: an upper-case letter, a digit, a quote or a dash.
const END = /[.!?…]+["”’»)\]]*(?=\s+["“‘«([-]?[\p{Lu}\p{N}])/gu;

/** The word just before `at`, dots kept ("TP", "Th.S", "v.v"). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}./]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, at).toLowerCase();
}

/** Whether the dot at `dotAt` closes an abbreviation ("TP.", "ThS."), which ends no sentence. */
export function isAbbreviation(text: string, dotAt: number): boolean {
  const word = wordBefore(text, dotAt);
  return ABBREVIATIONS.has(word);
}

function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Sentences of text[start, end), as UTF-16 spans without surrounding white
 * space. A dot between digits ("2.345") never ends a sentence (no space
 * follows it); a dot after an abbreviation ("TP. Vinh", "ThS. Lê") or inside
 * "v.v." does not either. "v.v." followed by a capital does end a sentence:
 * "giáo dục, y tế v.v. Tỉnh cũng..." is how writers close a list.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  const part = text.slice(start, end);
  let from = 0;
  for (const m of part.matchAll(END)) {
    const at = m.index;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(part, at)) continue;
    const span = trimmed(part, from, at + m[0].length);
    if (span) out.push({ start: span.start + start, end: span.end + start });
    from = at + m[0].length;
  }
  const rest = trimmed(part, from, part.length);
  if (rest) out.push({ start: rest.start + start, end: rest.end + start });
  return out;
}
