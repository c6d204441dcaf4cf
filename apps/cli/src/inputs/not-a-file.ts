import { lstatSync, type Stats, statSync } from 'node:fs';

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unknown error';

/** What a stat says an entry is, when it is no regular file; null for a regular file. */
function kindOf(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is a folder named like an article';
  // Reading a FIFO blocks until some writer comes: it is named here, never opened.
  if (stat.isFIFO()) return 'is a FIFO, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
  return 'is not a regular file';
}

/** True when `path` is a symbolic link, whatever it points to (or does not). */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Why the entry at `path` is no article file to read, in words for the summary ("is a link to
 * nothing"), or null when it is a regular file or a link to one. Only stats the entry: a FIFO
 * or a device is never opened.
 */
export function whyNotAFile(path: string): string | null {
  let target: Stats;
  try {
    target = statSync(path);
  } catch (error) {
    const link = isLink(path);
    const why = code(error);
    if (link && why === 'ELOOP') return 'is a symlink loop';
    if (link && (why === 'ENOENT' || why === 'ENOTDIR')) return 'is a link to nothing';
    return `cannot look at the file (${why})`;
  }
  return kindOf(target);
}
