import { readFileSync } from 'node:fs';
import { cacheKey, readCacheEntry } from './cache.js';
import { failedOutput, processDocument } from './process-document.js';
import { csvRecords, parseFactLines } from './serialize.js';
import type { DocumentOutput, DocumentResult, DocumentTask } from './task.js';

function readBytes(task: DocumentTask): Uint8Array | string {
  if (task.bytes) return task.bytes;
  try {
    return readFileSync(task.path as string);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return `cannot read the file (${code})`;
  }
}

/** A cached entry written without CSV, completed when this run asks for CSV. */
function withCsv(output: DocumentOutput, csv: boolean): DocumentOutput {
  if (!csv || output.csv || !output.written || output.documentLine === null) return output;
  return {
    ...output,
    csv: csvRecords(JSON.parse(output.documentLine), parseFactLines(output.factLines)),
  };
}

/**
 * One task, in a worker or in the main thread: read the file, take its output from the cache
 * or parse it, and return it serialized.
 */
export function runTask(task: DocumentTask): DocumentResult {
  const ref = { id: task.id, source: task.source };
  const head = { index: task.index, id: task.id, source: task.source, cached: false };
  if (task.skip) return { ...head, size: 0, ...failedOutput(ref, task.skip.code, task.skip.message) };
  const bytes = readBytes(task);
  if (typeof bytes === 'string') return { ...head, size: 0, ...failedOutput(ref, 'unreadable', bytes) };
  if (!task.cacheDir) return { ...head, size: bytes.length, ...processDocument(bytes, ref, task.csv) };
  const key = cacheKey(bytes, ref, task.fingerprint);
  const hit = readCacheEntry(task.cacheDir, key);
  if (hit) return { ...head, size: bytes.length, cached: true, ...withCsv(hit, task.csv) };
  const output = processDocument(bytes, ref, task.csv);
  return { ...head, size: bytes.length, ...output, cacheEntry: { key, text: JSON.stringify(output) } };
}
