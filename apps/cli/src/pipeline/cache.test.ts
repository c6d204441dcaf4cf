import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeCacheEntry, readCacheEntry, writeCacheEntry } from './cache.js';
import type { DocumentOutput } from './task.js';

const OUTPUT: DocumentOutput = {
  written: true,
  documentLine: '{"id":"a","text":"Dòng 1\\nDòng 2"}',
  factLines: '{"id":"a:quantity:1-5"}\n{"id":"a:time:7-9"}\n',
  csv: { quantities: 'a,a:quantity:1-5\r\n' },
  factCounts: { quantity: 1, time: 1 },
  problems: [],
  positions: [],
};

describe('cache entries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dukien-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('read back exactly what was written', () => {
    writeCacheEntry(dir, 'ab12', encodeCacheEntry(OUTPUT));
    expect(readCacheEntry(dir, 'ab12')).toEqual(OUTPUT);
  });

  it('keep a skipped document (no document line, no facts)', () => {
    const skipped = { ...OUTPUT, written: false, documentLine: null, factLines: '', csv: null };
    writeCacheEntry(dir, 'cd34', encodeCacheEntry(skipped));
    expect(readCacheEntry(dir, 'cd34')).toEqual(skipped);
  });

  it('are a miss, not an error, when missing or unreadable', () => {
    expect(readCacheEntry(dir, 'ef56')).toBeNull();
    writeFileSync(join(dir, 'ab', 'ab99.json'), '{"written": tr');
    expect(readCacheEntry(dir, 'ab99')).toBeNull();
  });
});
