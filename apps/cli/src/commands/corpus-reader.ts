import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusReader } from '@dukien/parser';

/** Reads article files under a corpus folder by their `source` path; null when one is not there. */
export function corpusReader(dir: string): CorpusReader {
  return (source) => {
    try {
      return readFileSync(join(dir, source));
    } catch {
      return null;
    }
  };
}
