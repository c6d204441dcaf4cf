import type { FactKind, Problem } from '@dukien/core';
import type { TableName } from '@dukien/export';
import type { Position } from '../report/locate.js';

/** What a worker is asked to do: read one article and return its outputs. */
export interface DocumentTask {
  index: number;
  id: string;
  source: string;
  /** Read by the worker; null when the bytes come with the task (standard input). */
  path: string | null;
  bytes?: Uint8Array;
  skip?: { code: Problem['code']; message: string };
  /** Render CSV rows in the worker too. */
  csv: boolean;
  cacheDir: string | null;
  /** Code version of the parser and writers: part of the cache key. */
  fingerprint: string;
}

/** The outputs of one document, already serialized, so the main thread only appends text. */
export interface DocumentOutput {
  /** True when the document goes into the dataset; false when it was skipped. */
  written: boolean;
  /** The document as one JSON line (no newline); null when skipped. */
  documentLine: string | null;
  /**
   * Its facts, one JSON line each, every line ending in "\n": UTF-8 bytes when they come from
   * the cache, which hands them on to facts.jsonl without decoding them.
   */
  factLines: string | Uint8Array;
  /** CSV records of each table for this document (no header); null when CSV was not asked for. */
  csv: Partial<Record<TableName, string>> | null;
  factCounts: Partial<Record<FactKind, number>>;
  problems: Problem[];
  /** Line and column of each problem's span in the article, when known (for annotations). */
  positions: ({ from: Position; to: Position } | null)[];
}

export interface DocumentResult extends DocumentOutput {
  index: number;
  id: string;
  source: string;
  /** Bytes read. */
  size: number;
  /** Served from --cache. */
  cached: boolean;
  /** A new cache entry for the main thread to store (it writes it, so an interrupt leaves no temp file). */
  cacheEntry?: { key: string; text: string };
}
