import { createHash } from 'node:crypto';
import { type Document, type Fact, type OffsetMap, offsetMap, type Problem } from '@dukien/core';
import { readDocument } from '../read/read-document.js';
import { deriveQuantity } from './derive-quantity.js';
import { locationCodeProblems } from './location-code.js';
import { problem, quote } from './problem.js';
import { schemaProblems } from './schema-problems.js';

/** Gives the bytes of a corpus file by its `source` path, or null when it is not there. */
export type CorpusReader = (source: string) => Uint8Array | null;

export interface ValidateOptions {
  /** When given, each document's source file is read: its SHA-256 and canonical text must match. */
  corpus?: CorpusReader;
}

export interface ValidationReport {
  valid: boolean;
  problems: Problem[];
  /** Facts checked (parsed by the schema) and documents seen. */
  counts: { documents: number; facts: number };
}

/**
 * Checks a dataset against its articles: the schema, then for every fact that
 * its evidence is the canonical text at its offsets and, for quantities, that
 * the value and unit follow again from that text; for places, that the code is the named unit's in
 * the gazetteer (a warning). Problems are returned, never thrown.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationReport {
  const { problems, facts } = schemaProblems(input);
  const rawDocs = (input as { documents?: unknown })?.documents;
  const documents = new Map<string, Document>();
  if (Array.isArray(rawDocs)) {
    for (const doc of rawDocs as Document[]) {
      if (doc && typeof doc.id === 'string' && typeof doc.text === 'string') documents.set(doc.id, doc);
    }
  }
  const texts = new Map<string, string>();
  for (const doc of documents.values()) {
    texts.set(doc.id, options.corpus ? (sourceText(doc, options.corpus, problems) ?? doc.text) : doc.text);
  }

  // One offset map per document, not per fact: building it scans the text.
  const maps = new Map<string, OffsetMap>();
  const seen = new Set<string>();
  const spans = new Map<string, string>();
  for (const [index, fact] of facts) {
    if (seen.has(fact.id)) {
      problems.push(problem('duplicate_id', `fact id ${fact.id} is used more than once`, where(fact, index)));
    }
    seen.add(fact.id);
    // Two facts of one kind on one span: two notes that fell on the same occurrence of a text
    // written twice (an `nth` or `within` left out), so the other occurrence has none.
    const spanKey = `${fact.documentId}\u0000${fact.kind}\u0000${fact.evidence.start}\u0000${fact.evidence.end}`;
    const twin = spans.get(spanKey);
    if (twin === undefined) spans.set(spanKey, fact.id);
    else
      problems.push(
        problem(
          'duplicate_fact',
          `fact ${fact.id} repeats fact ${twin}: the same ${fact.kind} at ${fact.evidence.start}-${fact.evidence.end} (${quote(fact.evidence.text)}); an \`nth\` or \`within\` that fell on the same occurrence twice?`,
          { ...where(fact, index), severity: 'warning', path: `/facts/${index}/evidence` },
        ),
      );
    const text = texts.get(fact.documentId);
    if (text === undefined) {
      problems.push(
        problem(
          'unknown_document',
          `fact ${fact.id} names document ${fact.documentId}, which the dataset does not hold`,
          where(fact, index),
        ),
      );
      continue;
    }
    let map = maps.get(fact.documentId);
    if (!map) {
      map = offsetMap(text);
      maps.set(fact.documentId, map);
    }
    problems.push(...groundFact(fact, text, index, map));
    problems.push(...locationCodeProblems(fact, { ...where(fact, index), path: `/facts/${index}/code` }));
  }
  return {
    valid: problems.every((p) => p.severity !== 'error'),
    problems,
    counts: { documents: documents.size, facts: facts.size },
  };
}

function where(fact: Fact, index: number): Partial<Problem> {
  return {
    factId: fact.id,
    documentId: fact.documentId,
    start: fact.evidence.start,
    end: fact.evidence.end,
    path: `/facts/${index}`,
  };
}

/** The grounding problems of one fact against its document's canonical text. */
export function groundFact(fact: Fact, text: string, index = 0, map: OffsetMap = offsetMap(text)): Problem[] {
  const { start, end } = fact.evidence;
  if (end <= start || end > map.length) {
    return [
      problem(
        'evidence_out_of_range',
        `fact ${fact.id}: span ${start}-${end} is not inside the text (length ${map.length})`,
        where(fact, index),
      ),
    ];
  }
  const [from, to] = [map.toUtf16(start), map.toUtf16(end)];
  const found = text.slice(from, to);
  if (found !== fact.evidence.text) {
    return [
      problem(
        'evidence_mismatch',
        `fact ${fact.id}: evidence.text is ${quote(fact.evidence.text)} but the text at ${start}-${end} is ${quote(found)}`,
        { ...where(fact, index), path: `/facts/${index}/evidence` },
      ),
    ];
  }
  const boundary = midWord(text, from, to);
  const out: Problem[] = [];
  if (boundary) {
    out.push(
      problem(
        'span_boundary',
        `fact ${fact.id}: the span ${quote(found)} ${boundary} a word (${quote(text.slice(Math.max(0, from - 12), to + 12))}): an \`nth\` or offset that points inside a longer word`,
        { ...where(fact, index), severity: 'warning', path: `/facts/${index}/evidence` },
      ),
    );
  }
  if (fact.kind !== 'quantity') return out;
  const derived = deriveQuantity(found);
  if (!derived) {
    out.push(
      problem('value_mismatch', `fact ${fact.id}: no number can be read from ${quote(found)}`, {
        ...where(fact, index),
        path: `/facts/${index}/value`,
      }),
    );
    return out;
  }
  if (!sameNumber(derived.value, fact.value)) {
    out.push(
      problem(
        'value_mismatch',
        `fact ${fact.id}: value is ${fact.value} but ${quote(found)} reads as ${derived.value}`,
        {
          ...where(fact, index),
          path: `/facts/${index}/value`,
        },
      ),
    );
  }
  // The evidence alone may not name the unit ("993 tỷ" is VND only from the sentence), so a unit is
  // checked only when the evidence states one.
  if (derived.unit !== null && derived.unit !== fact.unit) {
    out.push(
      problem(
        'unit_mismatch',
        `fact ${fact.id}: unit is ${quote(String(fact.unit))} but ${quote(found)} reads as ${quote(derived.unit)}`,
        { ...where(fact, index), path: `/facts/${index}/unit` },
      ),
    );
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether [start, end) (UTF-16) cuts a word: "hai trường" inside "khai trường", "6,8%" inside
 * "16,8%", "64%" inside "7,64%". Says where ("starts inside", "ends inside"), or null when both ends fall between words.
 */
function midWord(text: string, start: number, end: number): string | null {
  const cut = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && WORD_CHAR.test(a) && WORD_CHAR.test(b);
  if (cut(text[start - 1], text[start]) || inNumber(text, start)) return 'starts inside';
  if (cut(text[end - 1], text[end]) || inNumber(text, end)) return 'ends inside';
  return null;
}

/** Whether `at` falls just before or after the separator of a written number: "64%" in "7,64%". */
function inNumber(text: string, at: number): boolean {
  const digit = (i: number) => /\d/u.test(text[i] ?? '');
  const separator = (i: number) => text[i] === ',' || text[i] === '.';
  return (
    (separator(at - 1) && digit(at - 2) && digit(at)) || (separator(at) && digit(at - 1) && digit(at + 1))
  );
}

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Reads a document's source file and reports when it is missing or differs from the dataset. */
function sourceText(doc: Document, corpus: CorpusReader, problems: Problem[]): string | null {
  const at = { documentId: doc.id, source: doc.source };
  const bytes = corpus(doc.source);
  if (!bytes) {
    problems.push(
      problem('source_missing', `source file ${doc.source} of document ${doc.id} is not in the corpus`, at),
    );
    return null;
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== doc.sha256) {
    problems.push(
      problem(
        'source_changed',
        `source file ${doc.source} has changed: SHA-256 is ${sha}, the dataset says ${doc.sha256}`,
        at,
      ),
    );
  }
  const read = readDocument(bytes, { source: doc.source, id: doc.id });
  if (!read.document) {
    problems.push(...read.problems);
    return null;
  }
  if (read.document.text !== doc.text) {
    problems.push(
      problem(
        'source_changed',
        `the canonical text of ${doc.source} differs from the text the dataset holds`,
        {
          ...at,
          path: '/documents',
        },
      ),
    );
  }
  return read.document.text;
}
