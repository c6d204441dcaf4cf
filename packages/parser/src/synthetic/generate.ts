import type { Dataset } from '@dukien/core';
import { type ArticleOptions, composeArticle } from './article.js';
import { articleDataset } from './dataset.js';

export interface GeneratedArticle {
  /** "synthetic_000042.txt" */
  fileName: string;
  /** The article file, UTF-8. */
  bytes: Uint8Array;
  /** The canonical text (here the file's text: generated as LF and NFC). */
  text: string;
  /** The article's document record and all of its facts. */
  facts: Dataset;
}

export type GenerateOptions = ArticleOptions & {
  /** File name without ".txt"; defaults to synthetic_<seed>. */
  id?: string;
};

/** One synthetic article with known facts; the same seed gives the same bytes. */
export function generateArticle(seed: number, options: GenerateOptions = {}): GeneratedArticle {
  const id = options.id ?? `synthetic_${String(seed).padStart(6, '0')}`;
  const fileName = `${id}.txt`;
  const article = composeArticle(seed, options);
  const bytes = new TextEncoder().encode(article.text);
  return { fileName, bytes, text: article.text, facts: articleDataset(article, id, fileName, bytes) };
}
