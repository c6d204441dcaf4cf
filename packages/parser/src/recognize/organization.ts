import { type DraftOf, evidence, type RecognizeContext } from './context.js';
import { recognizeLocations } from './location.js';
import { expandedName } from './organization/expand.js';
import { homeProvince, withProvince } from './organization/home-province.js';
import { organizationAt } from './organization/match.js';
import { paragraphWords } from './tokens/tokenize.js';

type Draft = DraftOf<'organization'>;

/**
 * Every named body of the document: party committees and their boards
 * ("Tỉnh ủy Bình Phước", "Ban Tổ chức Tỉnh ủy"), state bodies ("UBND tỉnh Hà
 * Tĩnh", "Sở Kế hoạch và Đầu tư"), the front, the armed forces, delegations,
 * companies ("Công ty TNHH Sao Mai"). `name` expands abbreviations; `shortName`
 * keeps the text when it differs. Generic mentions ("các sở, ngành") are none.
 * A body that leaves its province out ("UBND tỉnh", "Tỉnh ủy", "HĐND") is
 * filed under the province in context, read from `locations` (pass the
 * location facts when you have them; they are recognized otherwise).
 */
export function recognizeOrganizations(
  ctx: RecognizeContext,
  locations: readonly DraftOf<'location'>[] = recognizeLocations(ctx),
): Draft[] {
  const drafts: Draft[] = [];
  const provinces = locations.filter((p) => p.type === 'province' || p.type === 'city');
  for (const words of paragraphWords(ctx)) {
    let at = 0;
    while (at < words.length) {
      const match = organizationAt(words, at);
      if (!match) {
        at++;
        continue;
      }
      const span = evidence(ctx.text, words[match.from]!.start, words[match.to - 1]!.end);
      const written =
        match.head.name && match.to === match.from + 1 + (match.head.head.split(' ').length - 1)
          ? match.head.name
          : expandedName(ctx.text, match.words, match.from, match.to);
      const province =
        match.place === 'none' || match.place === 'named' ? undefined : homeProvince(words, match, provinces);
      const name = province ? withProvince(written, match, province) : written;
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
