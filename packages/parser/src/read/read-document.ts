import { createHash } from 'node:crypto';
import { type Document, offsetMap, type Paragraph, type Problem } from '@dukien/core';
import { canonicalText } from './canonical.js';
import { decode } from './decode.js';
import { readHeader } from './header.js';
import { splitParagraphs } from './paragraphs.js';
import { type ReadTarget, readProblem } from './problem.js';
import { assignRoles } from './roles.js';

export interface ReadOptions {
  /** Path of the file relative to the corpus root. */
  source: string;
  /** Document id; defaults to the source path without ".txt". */
  id?: string;
}

export interface ReadResult {
  document: Document | null;
  problems: Problem[];
}

const toBytes = (input: Uint8Array | string): Uint8Array =>
  typeof input === 'string' ? new TextEncoder().encode(input) : input;

/**
 * One article file to a Document: decoded, canonical (no BOM, LF, NFC), the
 * header read, paragraphs found and given roles. Never throws on bad input:
 * undecodable, binary, empty or header-less files give a problem and no
 * document. Offsets in the Document are code points.
 */
export function readDocument(input: Uint8Array | string, options: ReadOptions): ReadResult {
  const source = options.source.replace(/\\/g, '/');
  const target: ReadTarget = { source, documentId: options.id ?? source.replace(/\.txt$/i, '') };
  const bytes = toBytes(input);
  const decoded = decode(bytes);
  if (!decoded.ok) return { document: null, problems: [readProblem(decoded.code, decoded.message, target)] };
  const problems: Problem[] = [];
  if (decoded.encoding === 'windows-1258' || decoded.encoding === 'tcvn3') {
    problems.push(
      readProblem(
        'encoding',
        `not UTF-8: read as ${decoded.encoding}; convert the file to UTF-8`,
        target,
        null,
        'warning',
      ),
    );
  }
  const text = canonicalText(decoded.text);
  if (!text.trim()) {
    const size = bytes.length === 0 ? 'no bytes' : `only white space (${bytes.length} bytes)`;
    return {
      document: null,
      problems: [...problems, readProblem('empty', `empty article: the file has ${size}`, target)],
    };
  }
  const map = offsetMap(text);
  const header = readHeader(text);
  if (!header.ok) {
    const span = { start: map.toCodePoint(header.start), end: map.toCodePoint(header.end) };
    return { document: null, problems: [...problems, readProblem('header', header.message, target, span)] };
  }
  const body = splitParagraphs(text, header.end);
  const roles = assignRoles(text, body);
  const cp = (s: { start: number; end: number }) => ({
    start: map.toCodePoint(s.start),
    end: map.toCodePoint(s.end),
  });
  const paragraphs: Paragraph[] = [
    { ...cp(header), role: 'title' },
    ...body.map((p, i) => ({ ...cp(p), role: roles[i] ?? 'body' })),
  ];
  const slice = (i: number) => text.slice(body[i]?.start ?? 0, body[i]?.end ?? 0);
  const bylineAt = roles.indexOf('byline');
  const document: Document = {
    id: target.documentId ?? source,
    source,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    date: header.date,
    title: header.title,
    byline: bylineAt >= 0 ? slice(bylineAt) : null,
    captions: roles.flatMap((role, i) => (role === 'caption' ? [slice(i)] : [])),
    paragraphs,
    text,
  };
  return { document, problems };
}
