import { type DraftOf, evidence, type RecognizeContext } from './context.js';
import { expandedName } from './organization/expand.js';
import { organizationAt } from './organization/match.js';
import { paragraphWords, type Word } from './tokens/tokenize.js';

type Draft = DraftOf<'organization'>;

/**
 * Every named body of the document: party committees and their boards
 * ("Tỉnh ủy Bình Phước", "Ban Tổ chức Tỉnh ủy"), state bodies ("UBND tỉnh Hà
 * Tĩnh", "Sở Kế hoạch và Đầu tư"), the front, the armed forces, delegations,
 * companies ("Công ty TNHH Sao Mai"). `name` is the span with its
 * abbreviations expanded and nothing added: "UBND tỉnh" is "Ủy ban nhân dân
 * tỉnh", whichever province the article means (that is for the reader, and the
 * location facts). `shortName` keeps the text when it differs. Generic
 * mentions ("các sở, ngành") are none.
 *
 * `_locations` is no longer read (bodies are not filed under a province in
 * context); it stays so callers that pass the location facts keep compiling.
 */
export function recognizeOrganizations(
  ctx: RecognizeContext,
  _locations?: readonly DraftOf<'location'>[],
): Draft[] {
  const drafts: Draft[] = [];
  for (const words of paragraphWords(ctx)) {
    let at = 0;
    while (at < words.length) {
      const match = organizationAt(words, at);
      if (!match) {
        at++;
        continue;
      }
      // "Bệnh viện dã chiến số 1", "Trường Tiểu học số 2": a body numbered among its kind.
      const to = numberAfter(words, match.to) ?? match.to;
      // "Chi nhánh Ngân hàng Chính sách xã hội tỉnh": the branch of a body.
      const from = isBranchBefore(words, match.from) ? match.from - 2 : match.from;
      const span = evidence(ctx.text, words[from]!.start, words[to - 1]!.end);
      const name = expandedName(ctx.text, match.words, from, to);
      drafts.push({
        kind: 'organization',
        evidence: span,
        name,
        shortName: name === span.text ? null : span.text,
        type: match.type,
      });
      // The sender of a delegation is a body of its own: read on from it.
      at = match.inner ?? to;
      // "Tập đoàn Điện lực Việt Nam (EVN)": the abbreviation defined in brackets is the body again.
      const defined = definedAbbreviation(match.words, to);
      if (defined && !organizationAt(match.words, to)) {
        const short = evidence(ctx.text, defined.start, defined.end);
        drafts.push({ kind: 'organization', evidence: short, name, shortName: short.text, type: match.type });
        at = Math.max(at, to + 1);
      }
    }
  }
  return drafts;
}

/**
 * A short name in brackets right after a name: "(EVN)", "(JICA)", "(KoCham)", "(TVP Group)": one
 * to three words, the first with two capitals or more. Its span, or null.
 */
function definedAbbreviation(words: readonly Word[], at: number): { start: number; end: number } | null {
  const first = words[at];
  if (first?.gap !== ' (' || (first.text.match(/\p{Lu}/gu)?.length ?? 0) < 2) return null;
  for (let to = at + 1; to <= at + 3; to++) {
    const next = words[to];
    if (next === undefined || /^\)/.test(next.gap)) {
      const last = words[to - 1] as Word;
      return { start: first.start, end: last.end };
    }
    if (next.gap !== ' ' || !next.upper) return null;
  }
  return null;
}

/** Where "số 1" after a body's name ends, or null when none follows. */
function numberAfter(words: readonly Word[], at: number): number | null {
  const [so, number] = [words[at], words[at + 1]];
  return so?.key === 'số' && so.gap === ' ' && number?.gap === ' ' && /^\d{1,3}$/.test(number.text)
    ? at + 2
    : null;
}

/** "Chi nhánh" (capitalized) right before a body's head. */
function isBranchBefore(words: readonly Word[], at: number): boolean {
  const [chi, nhanh] = [words[at - 2], words[at - 1]];
  return chi?.text === 'Chi' && nhanh?.key === 'nhánh' && nhanh.gap === ' ' && words[at]?.gap === ' ';
}
