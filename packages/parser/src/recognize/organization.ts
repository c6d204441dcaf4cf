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
      const span = evidence(ctx.text, words[match.from]!.start, words[match.to - 1]!.end);
      const name = expandedName(ctx.text, match.words, match.from, match.to);
      drafts.push({
        kind: 'organization',
        evidence: span,
        name,
        shortName: name === span.text ? null : span.text,
        type: match.type,
      });
      // The sender of a delegation is a body of its own: read on from it.
      at = match.inner ?? match.to;
      // "Tập đoàn Điện lực Việt Nam (EVN)": the abbreviation defined in brackets is the body again.
      const defined = definedAbbreviation(match.words, match.to);
      if (defined && !organizationAt(match.words, match.to)) {
        drafts.push({
          kind: 'organization',
          evidence: evidence(ctx.text, defined.start, defined.end),
          name,
          shortName: defined.text,
          type: match.type,
        });
        at = Math.max(at, match.to + 1);
      }
    }
  }
  return drafts;
}

/** An abbreviation in brackets right after a name: "(EVN)", "(JICA)". */
function definedAbbreviation(words: readonly Word[], at: number): Word | null {
  const word = words[at];
  const close = words[at + 1];
  if (!word?.caps || word.gap !== ' (') return null;
  return close === undefined || /^\)/.test(close.gap) ? word : null;
}
