import type { DraftOf, RecognizeContext, Span } from '../context.js';

const ZONE_TYPES = new Set(['district', 'commune', 'industrial_zone']);
const PROVINCE_TYPES = new Set(['province', 'city']);

/**
 * Who reached a statistic. A place standing in the statistic's own clause
 * before it ("KCN Bắc Đồng Phú có tổng diện tích ...", "huyện X có 9 xã ...")
 * is the subject; otherwise the province in scope: the nearest province or
 * city named before, outside captions and parentheses (a district named in
 * passing, "(huyện Việt Yên)", does not take over the province's figures);
 * else the province the article names most; else the first organization.
 */
export function subjectOf(
  ctx: RecognizeContext,
  clause: Span,
  at: number,
  locations: readonly DraftOf<'location'>[],
  organizations: readonly DraftOf<'organization'>[],
): string | null {
  let inClause: DraftOf<'location'> | undefined;
  let province: DraftOf<'location'> | undefined;
  const counts = new Map<string, number>();
  for (const l of locations) {
    if (!PROVINCE_TYPES.has(l.type) && !ZONE_TYPES.has(l.type)) continue;
    if (PROVINCE_TYPES.has(l.type)) counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
    if (l.evidence.end > at) continue;
    if (l.evidence.start >= clause.start) {
      if (!inClause || l.evidence.start > inClause.evidence.start) inClause = l;
      continue;
    }
    if (
      !PROVINCE_TYPES.has(l.type) ||
      inCaption(ctx, l.evidence.start) ||
      inParentheses(ctx.text, l.evidence)
    )
      continue;
    if (!province || l.evidence.start > province.evidence.start) province = l;
  }
  if (inClause) return inClause.name;
  if (province) return province.name;
  let most: string | null = null;
  for (const [name, n] of counts) if (most === null || n > (counts.get(most) ?? 0)) most = name;
  return most ?? organizations[0]?.name ?? null;
}

function inCaption(ctx: RecognizeContext, at: number): boolean {
  return ctx.paragraphs.some((p) => p.role === 'caption' && p.start <= at && at < p.end);
}

function inParentheses(text: string, span: Span): boolean {
  const open = text.lastIndexOf('(', span.start);
  if (open < 0 || text.lastIndexOf(')', span.start) > open || text.slice(open, span.start).includes('\n'))
    return false;
  const close = text.indexOf(')', span.end);
  return close >= 0 && !text.slice(span.end, close).includes('\n');
}
