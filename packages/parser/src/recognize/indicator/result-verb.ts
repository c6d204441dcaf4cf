import { foldKey } from '../../text/fold.js';
import type { PhraseMatch } from './phrases.js';

// Verbs of result that govern their clause: "giải ngân vốn đầu tư phát triển đạt 612,4 tỷ đồng"
// reports a disbursement, though "vốn đầu tư" stands nearer the value.
const RESULT_VERBS = ['giải ngân', 'thu hút', 'xuất khẩu', 'nhập khẩu', 'đón'].map(foldKey);

/** How far the verb's object may run before the later phrase starts: "giải ngân [nguồn] vốn đầu tư". */
const OBJECT_GAP = 12;

const isResultVerb = (p: PhraseMatch): boolean => RESULT_VERBS.includes(p.phrase.folded);

/**
 * Of two phrases that both fit a value, whether the earlier `verb` governs the later `noun`:
 * a verb of result whose object the noun phrase opens, a few letters on with no number,
 * comma or other phrase between ("giải ngân vốn đầu tư", not "thu hút 38 dự án với tổng vốn").
 */
export function governs(folded: string, verb: PhraseMatch, noun: PhraseMatch): boolean {
  if (verb.end > noun.start) return false;
  const between = folded.slice(verb.end, noun.start);
  // "thu ngân sách từ hoạt động xuất nhập khẩu": the later phrase is the source of the earlier.
  if (SOURCE.test(between)) return true;
  if (!isResultVerb(verb)) return false;
  return between.length <= OBJECT_GAP && /^[\p{L}\p{M} ]*$/u.test(between);
}

// "từ", "từ hoạt động", "từ nguồn": what follows is where the statistic comes from.
const SOURCE = new RegExp(
  `^ +${foldKey('từ')}(?: +(?:${foldKey('hoạt động')}|${foldKey('nguồn')}|${foldKey('lĩnh vực')}))? +$`,
  'u',
);
