import { matchAll } from '../../text/match-all.js';
import { type RecognizeContext, readableSpans } from '../context.js';

/** A match of a pattern over ctx.folded, with offsets into ctx.text. */
export interface Found {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  /** Offset in ctx.text where a named group starts, if it matched. */
  at(group: string): number | undefined;
}

/**
 * Runs `pattern` (flags "dgu") over the folded text of every readable
 * paragraph, so no match crosses a paragraph or reads the byline. `needs`, if
 * given, is a piece every match contains ("\d[/.-]\d" for "ngày 15/3"): a
 * paragraph without it is skipped after one quick test.
 */
export function* scan(ctx: RecognizeContext, pattern: RegExp, needs?: RegExp): Generator<Found> {
  for (const span of readableSpans(ctx)) {
    const part = ctx.folded.slice(span.start, span.end);
    if (needs && !needs.test(part)) continue;
    for (const match of matchAll(part, pattern)) {
      const indices = match.indices?.groups ?? {};
      const offset = span.start;
      yield {
        start: offset + match.index,
        end: offset + match.index + match[0].length,
        groups: match.groups ?? {},
        at: (group) => {
          const pair = indices[group];
          return pair ? offset + pair[0] : undefined;
        },
      };
    }
  }
}
