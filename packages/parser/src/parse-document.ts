import {
  compareFacts,
  type Document,
  type Fact,
  factId,
  offsetMap,
  type Problem,
  uniqueFactIds,
} from '@dukien/core';
import { readDocument } from './read/read-document.js';
import type { DraftFact, RecognizeContext, Span } from './recognize/context.js';
import { recognizeIndicators } from './recognize/indicator.js';
import { placesInBodyNames, recognizeLocations, withoutRoadsInFirmNames } from './recognize/location.js';
import { recognizeOrganizations } from './recognize/organization.js';
import { recognizePeople } from './recognize/person.js';
import { recognizeQuantities } from './recognize/quantity.js';
import { isYearName } from './recognize/time/lunar-new-year.js';
import { recognizeTimes } from './recognize/time.js';
import { foldForMatch } from './text/fold.js';
import { problem } from './validate/problem.js';

export interface ParseOptions {
  /** Path of the article relative to the corpus root (with / separators). */
  source: string;
  /** Document id; defaults to the source without ".txt". */
  id?: string;
}

export interface ParseResult {
  document: Document | null;
  facts: Fact[];
  problems: Problem[];
}

/**
 * One article to its document, facts and problems. Pure: no I/O, never throws
 * for bad input (a file that cannot be read gives problems and no document).
 * Facts are in dataset order with code point offsets and stable ids.
 */
export function parseDocument(input: Uint8Array | string, options: ParseOptions): ParseResult {
  const read = readDocument(input, options);
  const document = read.document;
  if (!document) return { document: null, facts: [], problems: read.problems };
  const problems = [...read.problems];
  const { text } = document;
  const map = offsetMap(text);
  const ctx: RecognizeContext = {
    text,
    folded: foldForMatch(text),
    date: document.date,
    paragraphs: document.paragraphs.map((p) => ({
      ...p,
      start: map.toUtf16(p.start),
      end: map.toUtf16(p.end),
    })),
  };

  const organizations = recognizeOrganizations(ctx);
  const places = withoutRoadsInFirmNames(recognizeLocations(ctx), organizations);
  const locations = [...places, ...placesInBodyNames(ctx, places, organizations)];
  // "đường 2 Tháng 4", "đường 30/4": the day a street is named for is no time.
  const roads = locations.filter((l) => l.type === 'road').map((l) => l.evidence);
  const times = recognizeTimes(ctx).filter(
    (t) => !roads.some((r) => r.start <= t.evidence.start && t.evidence.end <= r.end),
  );
  // "Tết Giáp Thìn", "Xuân Quý Mão": the name of a year is no person.
  const people = recognizePeople(ctx, { locations, organizations }).filter(
    (p) =>
      !isYearName(p.name) &&
      !times.some((t) => t.evidence.start <= p.evidence.start && p.evidence.end <= t.evidence.end),
  );
  // Dates, periods, road numbers and the numbers of a body's name ("Ban Quản lý dự án 7",
  // "Cienco 8", "Thuế cơ sở 24 TP.HCM") are never quantities.
  const exclude: Span[] = [
    ...times.map((t) => t.evidence),
    ...locations.filter((l) => l.type === 'road').map((l) => l.evidence),
    ...organizations.flatMap((o) => numbersInside(o.evidence)),
  ];
  const quantities = recognizeQuantities(ctx, { exclude });
  const indicators = recognizeIndicators(ctx, { quantities, times, locations, organizations, people });

  const drafts: DraftFact[] = [
    ...quantities,
    ...times,
    ...people,
    ...organizations,
    ...locations,
    ...indicators,
  ];
  const facts: Fact[] = [];
  for (const draft of drafts) {
    const start = map.toCodePoint(draft.evidence.start);
    const end = map.toCodePoint(draft.evidence.end);
    // Grounded by construction; a recognizer that breaks that is a bug to report, not data to ship.
    if (draft.evidence.text !== text.slice(draft.evidence.start, draft.evidence.end) || end <= start) {
      problems.push(
        problem(
          'internal',
          `the ${draft.kind} recognizer produced a span that is not the text; fact dropped`,
          {
            documentId: document.id,
            source: document.source,
            start,
            end,
          },
        ),
      );
      continue;
    }
    facts.push({
      ...draft,
      id: factId(document.id, draft.kind, start, end),
      documentId: document.id,
      evidence: { start, end, text: draft.evidence.text },
    } as Fact);
  }
  return { document, facts: uniqueFactIds(facts.sort(compareFacts)), problems };
}

/** The number that ends a name ("… giao thông 8"), as a span of its own. */
function numbersInside(span: Span & { text: string }): Span[] {
  return [...span.text.matchAll(/(?<=\s)\d{1,3}(?=\s|$)/g)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}
