import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { ArticleRef } from './skipped-output.js';
import type { DocumentOutput } from './task.js';

/**
 * The cache key of one article: the SHA-256 of its bytes and of the code version, and its id and
 * source, which the facts carry (the same bytes under another name give other fact ids).
 */
export function cacheKey(bytes: Uint8Array, ref: ArticleRef, fingerprint: string): string {
  const content = createHash('sha256').update(bytes).digest('hex');
  return createHash('sha256')
    .update(JSON.stringify([fingerprint, ref.id, ref.source, content]))
    .digest('hex');
}

const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/**
 * An entry's text: a small JSON header line, then the document line, then the fact lines as
 * they are. A re-run reads the lines back without parsing them: the bulk of an entry is
 * already-serialized JSON, and parsing it again was most of a cached run's time.
 */
export function encodeCacheEntry(output: DocumentOutput): string {
  const { documentLine, factLines, ...head } = output;
  const facts = typeof factLines === 'string' ? factLines : Buffer.from(factLines).toString('utf8');
  // A document line is one line of JSON (newlines inside are escaped); "null" marks none.
  return `${JSON.stringify(head)}\n${documentLine ?? 'null'}\n${facts}`;
}

const NEWLINE = 0x0a;

/**
 * An entry read back as bytes: the header and the document line are decoded, the fact lines
 * stay bytes and go to facts.jsonl as they are, never decoded to a string and encoded again.
 */
function decodeCacheEntry(bytes: Buffer): DocumentOutput | null {
  const first = bytes.indexOf(NEWLINE);
  const second = first < 0 ? -1 : bytes.indexOf(NEWLINE, first + 1);
  if (first < 0 || second < 0) return null;
  const head = JSON.parse(bytes.toString('utf8', 0, first)) as Omit<
    DocumentOutput,
    'documentLine' | 'factLines'
  >;
  const line = bytes.toString('utf8', first + 1, second);
  // Cut short by a crash: the fact lines of a written document end with a newline.
  if (second + 1 < bytes.length && bytes[bytes.length - 1] !== NEWLINE) return null;
  return { ...head, documentLine: line === 'null' ? null : line, factLines: bytes.subarray(second + 1) };
}

/** A cached output, or null when there is none or it does not read. */
export function readCacheEntry(dir: string, key: string): DocumentOutput | null {
  try {
    return decodeCacheEntry(readFileSync(entryPath(dir, key)));
  } catch {
    return null;
  }
}

/** Stores an entry under a temporary name, then renames it, so a reader never sees half of one. */
export function writeCacheEntry(dir: string, key: string, text: string): void {
  const path = entryPath(dir, key);
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** How long the entries of another code version are kept after their last run. */
export const OTHER_VERSION_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

const USED = '.used';

/**
 * The folder of this code version's entries inside a --cache folder, marked as used now. A
 * code change starts a new folder: entries of one version are never read by another, and a
 * whole version's entries can go at once.
 */
export function versionFolder(root: string, fingerprint: string, now = new Date()): string {
  const dir = join(root, `v-${fingerprint.slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  const marker = join(dir, USED);
  closeSync(openSync(marker, 'a'));
  utimesSync(marker, now, now);
  return dir;
}

/**
 * Removes the folders of other code versions not used for `maxAgeMs`, so a cache a CI job
 * keeps across upgrades does not grow without end; a version used lately (another branch,
 * another dukien) keeps its entries. Returns the folders removed.
 */
export function pruneOtherVersions(
  root: string,
  current: string,
  now = Date.now(),
  maxAgeMs = OTHER_VERSION_MAX_AGE_MS,
): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(root)) {
    const dir = join(root, name);
    if (dir === current || !name.startsWith('v-')) continue;
    let used: number;
    try {
      used = statSync(join(dir, USED)).mtimeMs;
    } catch {
      used = statSync(dir).mtimeMs;
    }
    if (now - used < maxAgeMs) continue;
    rmSync(dir, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
