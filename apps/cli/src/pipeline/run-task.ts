import { readFileSync } from 'node:fs';
import { cacheKey, encodeCacheEntry, readCacheEntry } from './cache.js';
import { failedOutput } from './skipped-output.js';
import type { DocumentOutput, DocumentResult, DocumentTask } from './task.js';

// The parser (with its lexicons) and the writers load on the first file that needs them: a
// re-run served from --cache, in every worker, never pays for them.
let parsing: Promise<typeof import('./process-document.js')> | undefined;
let serializing: Promise<typeof import('./serialize.js')> | undefined;

function parser() {
  parsing ??= import('./process-document.js');
  return parsing;
}

function serializer() {
  serializing ??= import('./serialize.js');
  return serializing;
}

function readBytes(task: DocumentTask): Uint8Array | string {
  if (task.bytes) return task.bytes;
  try {
    return readFileSync(task.path as string);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return `cannot read the file (${code})`;
  }
}

const textOf = (lines: string | Uint8Array): string =>
  typeof lines === 'string'
    ? lines
    : Buffer.from(lines.buffer, lines.byteOffset, lines.byteLength).toString('utf8');

/** A cached entry written without CSV, completed when this run asks for CSV. */
async function withCsv(output: DocumentOutput, csv: boolean): Promise<DocumentOutput> {
  if (!csv || output.csv || !output.written || output.documentLine === null) return output;
  const { csvRecords, parseFactLines } = await serializer();
  return {
    ...output,
    csv: csvRecords(JSON.parse(output.documentLine), parseFactLines(textOf(output.factLines))),
  };
}

async function parse(bytes: Uint8Array, task: DocumentTask): Promise<DocumentOutput> {
  const { processDocument } = await parser();
  return processDocument(bytes, { id: task.id, source: task.source }, task.csv);
}

/**
 * One task, in a worker or in the main thread: read the file, take its output from the cache
 * or parse it, and return it serialized.
 */
export async function runTask(task: DocumentTask): Promise<DocumentResult> {
  const ref = { id: task.id, source: task.source };
  const head = { index: task.index, id: task.id, source: task.source, cached: false };
  if (task.skip) return { ...head, size: 0, ...failedOutput(ref, task.skip.code, task.skip.message) };
  const bytes = readBytes(task);
  if (typeof bytes === 'string') return { ...head, size: 0, ...failedOutput(ref, 'unreadable', bytes) };
  if (!task.cacheDir) return { ...head, size: bytes.length, ...(await parse(bytes, task)) };
  const key = cacheKey(bytes, ref, task.fingerprint);
  const hit = readCacheEntry(task.cacheDir, key);
  if (hit) return { ...head, size: bytes.length, cached: true, ...(await withCsv(hit, task.csv)) };
  const output = await parse(bytes, task);
  return { ...head, size: bytes.length, ...output, cacheEntry: { key, text: encodeCacheEntry(output) } };
}

/**
 * The result of a task that needs no parsing (skipped, or served whole from --cache), worked
 * out in the calling thread; null when the task needs a worker. A cached re-run then never
 * hands a document to a worker thread, nor starts one.
 */
export function settledResult(task: DocumentTask): DocumentResult | null {
  const ref = { id: task.id, source: task.source };
  const head = { index: task.index, id: task.id, source: task.source, cached: false };
  if (task.skip) return { ...head, size: 0, ...failedOutput(ref, task.skip.code, task.skip.message) };
  if (!task.cacheDir) return null;
  const bytes = readBytes(task);
  if (typeof bytes === 'string') return { ...head, size: 0, ...failedOutput(ref, 'unreadable', bytes) };
  const hit = readCacheEntry(task.cacheDir, cacheKey(bytes, ref, task.fingerprint));
  if (!hit || (task.csv && !hit.csv && hit.written && hit.documentLine !== null)) return null;
  return { ...head, size: bytes.length, cached: true, ...hit };
}
