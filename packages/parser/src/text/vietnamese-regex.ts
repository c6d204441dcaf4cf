import { foldForMatch } from './fold.js';

/**
 * Compiles a pattern written with ordinary Vietnamese words ("giai đoạn") into
 * one that matches ctx.folded ("giai đọan"): only words with letters beyond
 * ASCII are folded, so regex syntax is left alone. Flags "dgu" for scan (group
 * offsets, all matches, Unicode classes); "u" for a one-off test or exec.
 */
export function vietnameseRegex(source: string, flags = 'dgu'): RegExp {
  return new RegExp(
    source.replace(/[\p{L}\p{M}]+/gu, (word) => (/^[a-zA-Z]*$/.test(word) ? word : foldForMatch(word))),
    flags,
  );
}
