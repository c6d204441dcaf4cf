import type { RecognizeContext } from '../context.js';
import { type Candidate, fromMoment } from './candidate.js';
import type { HeaderMonth } from './header.js';
import {
  AFTER,
  anyOf,
  BEFORE,
  folded,
  NUMBER_WORDS,
  START_EDGE,
  vietnameseRegex,
  YEAR,
  YEAR_DEICTICS,
} from './lexicon.js';
import { scan } from './scan.js';

// Pieces every match of a pattern holds: a paragraph without one is passed after one quick test.
const YEAR_ON_YEAR_NEEDS = vietnameseRegex('năm +sau', 'u');
const PAST_YEAR_NEEDS = vietnameseRegex('năm +(?:vừa +)?qua', 'u');
const YEAR_EDGE_NEEDS = vietnameseRegex('(?:đầu|cuối|giữa) +năm', 'u');
const SEASON_NEEDS = vietnameseRegex('vụ +', 'u');

// "năm 2025"; not "năm 2.025" nor the head of "năm 2016-2020" (a period, found elsewhere).
const WRITTEN_YEAR = vietnameseRegex(`${BEFORE}năm +(?<y>${YEAR})(?![\\p{L}\\p{M}\\p{N}]|[.,]\\d)`);
/** The next year of a list: ", 2022", " và 2024", " hoặc 2025" (a dash makes a period instead). */
const BORN_IN = /(?<![\p{L}\p{M}\p{N}])SN\.? ?(?<y>(?:19|20)\d\d)(?![\p{L}\p{M}\p{N}]|[.,]\d)/gu;
const NEXT_YEAR = /^(?:,| và| hoặc),? (?<y>(?:19|20)\d\d)(?![\p{L}\p{M}\p{N}]|[.,]\d| *[-–/] *\d)/u;

// "Festival Huế 2022", "Hội chợ Thương mại Việt - Lào 2024": the year of an event's
// edition, at the end of its name (the head must be capitalized: "giải ngân 2023" is no event).
const EVENT_HEADS = [
  'festival',
  'năm du lịch',
  'lễ hội',
  'hội chợ',
  'liên hoan',
  'hội thao',
  'hội diễn',
  'triển lãm',
  'tuần lễ',
  'giải',
  'expo',
  'hội báo',
];
// Summits and games named by their acronym, the year right after: "APEC 2027", "ASEAN 2020",
// "SEA Games 2021".
const SUMMIT_HEADS = ['apec', 'asean', 'sea games', 'asiad', 'asian games'];
const EVENT_YEAR = vietnameseRegex(
  `${BEFORE}(?:(?<head>${anyOf(EVENT_HEADS)})(?: +[^\\s\\d.,;:!?()“”"'‘’/]+){1,6}(?<!năm)|${anyOf(SUMMIT_HEADS)}) +(?<y>${YEAR})(?![\\p{L}\\p{M}\\p{N}]|[.,]\\d| *[-/–] *\\d)`,
);
const EVENT_NEEDS = vietnameseRegex(`${anyOf([...EVENT_HEADS, ...SUMMIT_HEADS])}`, 'u');

// "vụ xuân 2024", "vụ hè thu 2023": a crop season of a year, read as that year; the season
// word stays in the span.
const SEASON_YEAR = vietnameseRegex(
  `${BEFORE}vụ +${anyOf(['đông xuân', 'hè thu', 'thu đông', 'chiêm xuân', 'xuân', 'mùa', 'đông', 'chiêm'])} +(?:năm +)?(?<y>${YEAR})(?![\\p{L}\\p{M}\\p{N}]|[.,]\\d| *[-/] *\\d)`,
);

const COUNTING_WORDS = [...NUMBER_WORDS.keys()].filter((w) => w !== folded('chín'));

// "năm nay", "năm ngoái", "năm trước", "năm tới"; not a count back ("2 năm trước" is a
// duration's tail), a plural ("những năm trước", "các năm tới"),
// nor "năm trước đó" (before some other year).
const DEICTIC_YEAR = vietnameseRegex(
  // ("3 năm nay", "Ba năm nay" count years; "nhãn loại 1 năm nay" is this year's grade-one
  // longan, and "lúa chín năm nay" this year's ripe rice.)
  `(?<!(?:(?<!${anyOf(['loại', 'hạng', 'cấp', 'đợt', 'nhóm', 'số'])} +)\\d|${anyOf(['những', 'các', 'mấy', 'nhiều', 'mỗi', 'hằng', 'hàng', 'cùng kỳ', ...COUNTING_WORDS])}) +)` +
    `${BEFORE}năm +(?<rel>${anyOf([...YEAR_DEICTICS.keys()])})${AFTER}(?! +đó)`,
);

// "năm học trước", "năm học này", "năm học tới": a school year named by its distance from the
// running one, which opens in the autumn; from June the press already speaks of the one to come
// ("tuyển sinh lớp 10 … tăng so với năm học trước").
const DEICTIC_SCHOOL_YEAR = vietnameseRegex(
  `${BEFORE}năm +học +(?<rel>${anyOf(['nay', 'này', 'trước', 'tới', 'sau'])})${AFTER}`,
);
const SCHOOL_YEAR_NEEDS = vietnameseRegex('năm +học', 'u');
const SCHOOL_YEAR_OFFSETS: ReadonlyMap<string, number> = new Map([
  [folded('nay'), 0],
  [folded('này'), 0],
  [folded('trước'), -1],
  [folded('tới'), 1],
  [folded('sau'), 1],
]);

// "Năm qua", "trong năm vừa qua": the year under review (see yearUnderReview); not a count
// back ("5 năm qua", "hai năm qua" are durations) nor a plural ("những năm qua").
const PAST_YEAR = vietnameseRegex(
  `(?<!(?:\\d|${anyOf(['những', 'các', 'mấy', 'nhiều', 'mỗi', 'hằng', 'hàng', ...NUMBER_WORDS.keys()])}) +)` +
    `${BEFORE}năm +(?:vừa +)?qua${AFTER}`,
);

/**
 * The year "năm qua" names. A year-end review appears in the first quarter of the next
 * year ("Năm qua, thành phố đón 7,66 triệu lượt khách" in a 2019-01 article is 2018);
 * from April on, "năm qua" is the year running, the article year (a 2023-12 review of 2023).
 */
export function yearUnderReview(header: HeaderMonth): number {
  return header.month <= 3 ? header.year - 1 : header.year;
}

// "năm sau cao hơn năm trước": each year better than the last, no year at all.
const YEAR_ON_YEAR = vietnameseRegex(`năm +sau[^.,;:!?\\n]{0,30}hơn +năm +trước`);

// "đầu năm", "cuối năm", "giữa năm" with the year left to the header. Not "đầu năm
// 2024" (a year with an edge, joined later) nor "đầu năm học"; nor a meeting named by when
// in the year it falls ("kỳ họp cuối năm", "phiên cuối năm"), nor "đầu năm mới" (the New Year).
const BARE_YEAR_EDGE = vietnameseRegex(
  `(?<!(?:kỳ +họp|phiên|phiên +họp|hội +nghị|buổi) +)${BEFORE}(?<edge>${START_EDGE}|cuối|giữa) +năm${AFTER}(?! +(?:\\d|${anyOf([...YEAR_DEICTICS.keys(), 'học', 'tài chính', 'mới'])}))`,
);

// "tháng đầu năm" (January), "tháng cuối năm 2023" (December): the first or last month.
const EDGE_MONTH = vietnameseRegex(
  `${BEFORE}tháng +(?<edge>đầu|cuối) +(?:tiên +)?(?:của +)?năm(?: +(?<y>${YEAR}))?${AFTER}(?! +(?:học|tài chính))`,
);

// "quý đầu năm" (the first quarter), "quý cuối năm 2023" (the last): a quarter by its place in the year.
const EDGE_QUARTER = vietnameseRegex(
  `${BEFORE}quý +(?<edge>đầu|cuối) +(?:tiên +)?(?:của +)?năm(?: +(?<y>${YEAR}))?${AFTER}(?! +(?:học|tài chính))`,
);

/** What every DEICTIC_YEAR match holds: "năm" and one of the words after it. */
const DEICTIC_NEEDS = vietnameseRegex(`năm +${anyOf([...YEAR_DEICTICS.keys()])}`, 'u');

export function findYears(ctx: RecognizeContext, header: HeaderMonth | null): Candidate[] {
  const out: Candidate[] = [];
  for (const f of scan(ctx, SEASON_YEAR, SEASON_NEEDS)) {
    const year = Number(f.groups.y);
    const c = fromMoment({ start: f.start, end: f.end }, { unit: 'years', first: year, last: year }, header);
    if (c) out.push(c);
  }
  for (const f of scan(ctx, EVENT_YEAR, EVENT_NEEDS)) {
    const head = ctx.text[f.start] ?? '';
    const at = f.at('y');
    if (head === head.toLowerCase() || at === undefined) continue;
    const year = Number(f.groups.y);
    const c = fromMoment({ start: at, end: f.end }, { unit: 'years', first: year, last: year }, header);
    if (c) out.push(c);
  }
  // "tài xế Lê Văn K. (SN 1984)": the year of birth after "SN" (sinh năm), the digits its span.
  for (const m of ctx.text.matchAll(BORN_IN)) {
    const y = m.groups!.y!;
    const at = m.index + m[0].length - y.length;
    const c = fromMoment(
      { start: at, end: at + 4 },
      { unit: 'years', first: Number(y), last: Number(y) },
      header,
    );
    if (c) out.push(c);
  }
  for (const f of scan(ctx, WRITTEN_YEAR)) {
    const year = Number(f.groups.y);
    const c = fromMoment({ start: f.start, end: f.end }, { unit: 'years', first: year, last: year }, header);
    if (c) out.push(c);
    // "năm 2023 và 2024", "các năm 2021, 2022 và 2023": the years listed after the first.
    let end = f.end;
    for (let items = 0; items < 6; items++) {
      const next = NEXT_YEAR.exec(ctx.text.slice(end, end + 12));
      if (!next?.groups?.y) break;
      const at = end + next[0].length - next.groups.y.length;
      const y = Number(next.groups.y);
      const listed = fromMoment({ start: at, end: at + 4 }, { unit: 'years', first: y, last: y }, header);
      if (listed) out.push(listed);
      end = at + 4;
    }
  }
  if (!header) return out;
  const comparisons = [...scan(ctx, YEAR_ON_YEAR, YEAR_ON_YEAR_NEEDS)];
  for (const f of scan(ctx, DEICTIC_YEAR, DEICTIC_NEEDS)) {
    if (comparisons.some((cmp) => f.start >= cmp.start && f.end <= cmp.end)) continue;
    const year = header.year + (YEAR_DEICTICS.get(f.groups.rel ?? '') ?? 0);
    const moment = { unit: 'years', first: year, last: year } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { relative: true });
    if (c) out.push(c);
  }
  for (const f of scan(ctx, DEICTIC_SCHOOL_YEAR, SCHOOL_YEAR_NEEDS)) {
    const running = header.month >= 6 ? header.year : header.year - 1;
    const first = running + (SCHOOL_YEAR_OFFSETS.get(f.groups.rel ?? '') ?? 0);
    const moment = { unit: 'years', first, last: first + 1 } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { relative: true });
    if (c) out.push(c);
  }
  for (const f of scan(ctx, PAST_YEAR, PAST_YEAR_NEEDS)) {
    const year = yearUnderReview(header);
    const moment = { unit: 'years', first: year, last: year } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header, { relative: true });
    if (c) out.push(c);
  }
  for (const f of scan(ctx, EDGE_MONTH, YEAR_EDGE_NEEDS)) {
    const month = f.groups.edge === folded('đầu') ? 1 : 12;
    const year = f.groups.y === undefined ? header.year : Number(f.groups.y);
    const moment = { unit: 'months', year, first: month, last: month, granularity: 'month' } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header);
    if (c) out.push(c);
  }
  for (const f of scan(ctx, EDGE_QUARTER, YEAR_EDGE_NEEDS)) {
    const first = f.groups.edge === folded('đầu') ? 1 : 10;
    const year = f.groups.y === undefined ? header.year : Number(f.groups.y);
    const moment = { unit: 'months', year, first, last: first + 2, granularity: 'quarter' } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header);
    if (c) out.push(c);
  }
  for (const f of scan(ctx, BARE_YEAR_EDGE, YEAR_EDGE_NEEDS)) {
    const moment = { unit: 'years', first: header.year, last: header.year } as const;
    const c = fromMoment({ start: f.start, end: f.end }, moment, header);
    if (c) out.push(c);
  }
  return out;
}
