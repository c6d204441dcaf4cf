import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArticle } from './generate.js';

export interface CorpusOptions {
  /** Seed of the first article; article i has seed + i. */
  seed: number;
  /** Number of articles. */
  count?: number;
  /** Stop once this many bytes of articles are written. */
  totalBytes?: number;
  /** Also write <id>.facts.json beside each article. */
  facts?: boolean;
}

export interface CorpusSummary {
  files: number;
  bytes: number;
}

/**
 * Writes generated articles into a folder one at a time, so a corpus of any
 * size (50–100 MB for benchmarks) never sits in memory.
 */
export async function generateCorpus(dir: string, options: CorpusOptions): Promise<CorpusSummary> {
  const { seed, count, totalBytes, facts = false } = options;
  if (count === undefined && totalBytes === undefined)
    throw new Error('generateCorpus needs count or totalBytes');
  await mkdir(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  while ((count === undefined || files < count) && (totalBytes === undefined || bytes < totalBytes)) {
    const article = generateArticle(seed + files);
    await writeFile(join(dir, article.fileName), article.bytes);
    if (facts) {
      const id = article.facts.documents[0]?.id ?? article.fileName.replace(/\.txt$/, '');
      await writeFile(join(dir, `${id}.facts.json`), `${JSON.stringify(article.facts, null, 2)}\n`);
    }
    files++;
    bytes += article.bytes.length;
  }
  return { files, bytes };
}
