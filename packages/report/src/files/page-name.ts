import { createHash } from 'node:crypto';

const SAFE = /[A-Za-z0-9_-]/;
const MAX_LENGTH = 180;

/**
 * The file name of a document's page: ids may hold "/", dots or Vietnamese letters
 * ("qt/2024-03-a"), so every character outside [A-Za-z0-9_-] becomes "~" and its UTF-8 bytes
 * in hex. The mapping is one to one; a name too long for a file system is cut and given a hash.
 */
export function pageName(documentId: string): string {
  let name = '';
  for (const char of documentId) {
    if (SAFE.test(char)) name += char;
    else
      for (const byte of Buffer.from(char, 'utf8'))
        name += `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (name.length > MAX_LENGTH) {
    const hash = createHash('sha256').update(documentId).digest('hex').slice(0, 16);
    name = `${name.slice(0, MAX_LENGTH - 17)}_${hash}`;
  }
  return `${name}.html`;
}
