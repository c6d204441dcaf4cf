import { type DraftOf, evidence, type RecognizeContext } from './context.js';
import { expandedName } from './organization/expand.js';
import { organizationAt } from './organization/match.js';
import { paragraphWords } from './tokens/tokenize.js';

type Draft = DraftOf<'organization'>;

/**
 * Every named body of the document: party committees and their boards
 * ("Tỉnh ủy Bình Phước", "Ban Tổ chức Tỉnh ủy"), state bodies ("UBND tỉnh Hà
 * Tĩnh", "Sở Kế hoạch và Đầu tư"), the front, the armed forces, delegations,
 * companies ("Công ty TNHH Sao Mai"). `name` expands abbreviations; `shortName`
 * keeps the text when it differs. Generic mentions ("các sở, ngành") are none.
 */
export function recognizeOrganizations(ctx: RecognizeContext): Draft[] {
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
      at = match.to;
    }
  }
  return drafts;
}
