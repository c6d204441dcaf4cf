import type { ProblemCode } from '@dukien/core';

/** One article to read: where it is, and the id and source it gets in the dataset. */
export interface InputItem {
  /** Document id: the path relative to the input root, without ".txt". */
  id: string;
  /** Path relative to the input root, with "/" separators (the document's `source`). */
  source: string;
  /** Where to read it; null for standard input, whose bytes are in `bytes`. */
  path: string | null;
  /** The path as the user sees it in messages. */
  display: string;
  size: number;
  bytes?: Uint8Array;
  /** Set when the file is not read at all, with the reason. */
  skip?: { code: ProblemCode; message: string };
}

/** Orders ids by UTF-16 code units, as the dataset orders documents and compareFacts orders facts. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
