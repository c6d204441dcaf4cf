import { matchAll } from '../../text/match-all.js';
import type { Span } from '../context.js';

/**
 * Numbers that are not quantities, found by their shape in the folded text:
 * dates, periods, times of day, road numbers and document numbers. A number
 * inside one of these spans is left to other recognizers (time) or to none.
 */
const PATTERNS: readonly RegExp[] = [
  // "15/3/2024", "15-3-2024", "4.1.2017": day, month and year
  /(?<![\p{N}.,/])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}(?![\p{N}])/gu,
  // "10/2024", "quý iii/2024", "tháng 3-2023": a month or quarter of a year
  /(?<![\p{N}.,/])(?:\d{1,2}|[ivx]+)[/-](?:19|20)\d{2}(?![\p{N}/])/gu,
  // "2021 - 2023", "2020-2025", "2021 – 2030": a span of years
  /(?<![\p{N}.,])(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}(?![\p{N}])/gu,
  // "06-nq/tu", "942/qđ-ubnd", "15/2023/nđ-cp": document numbers (folded to lower case)
  /(?<![\p{L}\p{N}])\d+(?:\/\d+)*(?:[-/]\p{L}[\p{L}.]*)+(?:[-/][\p{L}\p{N}.]+)*/gu,
  // "quốc lộ 14", "ql14", "ql.14", "đt 741", "đt.741b", "đường tỉnh 830", "tỉnh lộ 10", "vành đai 3"
  /(?<![\p{L}])(?:quốc lộ|tỉnh lộ|hương lộ|huyện lộ|đường tỉnh|đường huyện|đường số|vành đai|ql|đt|tl|đh|hl)\s?\.?\s?\d+[a-z]?(?![\p{N}])/gu,
  // "tỷ lệ tiêm mũi 1", "mũi 3": which dose of a vaccine, not how many
  /(?<![\p{L}])mũi\s\d(?![\p{N}.,])/gu,
  // "tuyển sinh lớp 10", "học sinh khối 12": a school grade
  /(?<![\p{L}])(?:lớp|khối)\s\d{1,2}(?![\p{N}.,])/gu,
  // "km 15+200": a kilometre post
  /(?<![\p{L}])km\s?\d+\s?\+\s?\d+/gu,
  // "8h30", "14:00", "7g": times of day
  /(?<![\p{N}.,])\d{1,2}(?:h\d{0,2}|g\d{0,2}|:\d{2})(?![\p{L}\p{N}])/gu,
];

/** Spans of text[start, end) (folded) whose numbers are not quantities. */
export function nonQuantitySpans(folded: string, start = 0, end = folded.length): Span[] {
  const part = folded.slice(start, end);
  const out: Span[] = [];
  for (const pattern of PATTERNS) {
    for (const m of matchAll(part, pattern)) {
      out.push({ start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  return out;
}
