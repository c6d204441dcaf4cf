import { CharSeeker } from '../../text/seeker.js';
import { vietnameseRegex } from '../../text/vietnamese-regex.js';
import type { DraftOf, RecognizeContext, Span } from '../context.js';
import { outOfScope } from './out-of-scope.js';

const ZONE_TYPES = new Set(['district', 'commune', 'industrial_zone']);
const PROVINCE_TYPES = new Set(['province', 'city']);

type Place = DraftOf<'location'>;

/**
 * Who reached the statistic of `clause` that starts at `at`, its value at `valueAt`;
 * `own` is the stretch of a parallel clause that names its own subject ("..., KCN Liên Chiểu
 * mới đạt 47,6%").
 */
export type SubjectOf = (clause: Span, at: number, valueAt: number, own?: Span) => string | null;

// "Tỷ lệ lấp đầy tại KCN Hòa Cầm đạt 82%": the place right after "tại" is where the figure holds.
const AT_PLACE = vietnameseRegex(
  '(?:^|[^\\p{L}])tại\\s+(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\\s+)?$',
  'u',
);

// "kim ngạch xuất khẩu của tỉnh", "toàn tỉnh", "trên địa bàn thành phố": the article's own
// province or city, whatever place was named last.
const OWN_UNIT = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:của|toàn|trên địa bàn|cả)\\s+(tỉnh|thành phố)(?!\\s+\\p{Lu})(?:[^\\p{L}]|$)',
  'u',
);

/**
 * Who reached a statistic. A place standing in the statistic's own clause
 * before it ("KCN Tân Trường có tổng diện tích ...", "huyện X có 9 xã ...")
 * is the subject; otherwise the province in scope: the nearest province or
 * city named before, outside captions and parentheses (a district named in
 * passing, "(huyện Việt Yên)", does not take over the province's figures);
 * else the province the article names most; else the first organization.
 *
 * The places are sorted once and each statistic looks back from its position,
 * so an article with many places and many figures stays linear.
 */
export function subjectFinder(
  ctx: RecognizeContext,
  locations: readonly Place[],
  organizations: readonly DraftOf<'organization'>[],
): SubjectOf {
  // Provinces and cities abroad ("Quảng Tây", "Seoul") have no code and report no figure here.
  locations = locations.filter((l) => !(PROVINCE_TYPES.has(l.type) && l.code === null));
  const counts = new Map<string, number>();
  for (const l of locations) {
    if (PROVINCE_TYPES.has(l.type)) counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
  }
  let most: string | null = null;
  for (const [name, n] of counts) if (most === null || n > (counts.get(most) ?? 0)) most = name;
  const fallback = most ?? organizations[0]?.name ?? null;
  // The article's own province and city: the one of each type it names most.
  const mostOfType = (type: string): string | null => {
    let best: string | null = null;
    let bestCount = 0;
    const seen = new Map<string, number>();
    for (const l of locations) {
      if (l.type !== type) continue;
      const n = (seen.get(l.name) ?? 0) + 1;
      seen.set(l.name, n);
      if (n > bestCount) {
        best = l.name;
        bestCount = n;
      }
    }
    return best;
  };
  const ownUnits = { tỉnh: mostOfType('province'), 'thành phố': mostOfType('city') };

  const byStart = (places: Place[]) =>
    places
      .map((place, order) => ({ place, order }))
      .sort((a, b) => a.place.evidence.start - b.place.evidence.start || a.order - b.order)
      .map(({ place }) => place);
  const areas = byStart(locations.filter((l) => PROVINCE_TYPES.has(l.type) || ZONE_TYPES.has(l.type)));
  const inScope = outsideAsides(ctx, byStart(locations.filter((l) => PROVINCE_TYPES.has(l.type)))).filter(
    (l) => !outOfScope(ctx.folded, l.evidence.start, l.evidence.end),
  );

  const starts = ctx.paragraphs.map((p) => p.start).sort((a, b) => a - b);
  const paragraphStart = (at: number): number => {
    let found = 0;
    for (const start of starts) {
      if (start > at) break;
      found = start;
    }
    return found;
  };

  return (clause, at, valueAt, own) => {
    if (own) {
      const named = lastBefore(areas, valueAt, own.start, valueAt);
      if (named) return named.name;
    }
    const atPlace = lastBefore(areas, valueAt, at, valueAt);
    if (
      atPlace &&
      AT_PLACE.test(ctx.folded.slice(Math.max(at, atPlace.evidence.start - 24), atPlace.evidence.start))
    )
      return atPlace.name;
    const inClause = lastBefore(areas, at + 1, clause.start, at);
    if (inClause) return inClause.name;
    // A province named in an earlier paragraph (a venue, a partner) does not carry over: each
    // paragraph's figures are the article's own unless it names another province.
    const province = lastBefore(inScope, clause.start, paragraphStart(clause.start), at);
    if (province) return province.name;
    const unit = OWN_UNIT.exec(ctx.folded.slice(clause.start, valueAt))?.[1];
    const ownUnit = unit === undefined ? null : ownUnits[unit as keyof typeof ownUnits];
    if (ownUnit) return ownUnit;
    return fallback;
  };
}

/**
 * Of `sorted` (by start), the place starting latest in [from, below) that ends by `endBy`;
 * among places with the same start, the first given. Walks back only over places that
 * reach past `endBy`.
 */
function lastBefore(sorted: readonly Place[], below: number, from: number, endBy: number): Place | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Place).evidence.start < below) lo = mid + 1;
    else hi = mid;
  }
  let found: Place | undefined;
  for (let i = lo - 1; i >= 0; i--) {
    const place = sorted[i] as Place;
    if (place.evidence.start < from) break;
    if (found && place.evidence.start < found.evidence.start) break;
    if (place.evidence.end <= endBy) found = place;
  }
  return found;
}

/**
 * The places (sorted by start) that stand neither in a caption nor inside parentheses on
 * one line ("(huyện Việt Yên)"). One sweep: captions and seekers move forward with the places.
 */
function outsideAsides(ctx: RecognizeContext, sorted: readonly Place[]): Place[] {
  const captions = ctx.paragraphs.filter((p) => p.role === 'caption').sort((a, b) => a.start - b.start);
  const open = new CharSeeker(ctx.text, '(');
  const close = new CharSeeker(ctx.text, ')');
  const newline = new CharSeeker(ctx.text, '\n');
  let caption = 0;
  return sorted.filter(({ evidence: { start, end } }) => {
    while (caption < captions.length && (captions[caption]?.end ?? 0) <= start) caption++;
    const around = captions[caption];
    if (around && around.start <= start && start < around.end) return false;
    const opened = open.last(start);
    if (opened < 0 || close.last(start) > opened || newline.last(start - 1) >= opened) return true;
    const closed = close.next(end);
    const lineEnd = newline.next(end);
    return !(closed >= 0 && (lineEnd < 0 || lineEnd >= closed));
  });
}
