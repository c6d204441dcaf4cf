import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  encodeCacheEntry,
  pruneOtherVersions,
  readCacheEntry,
  versionFolder,
  writeCacheEntry,
} from './cache.js';
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

  // Fact lines come back as the UTF-8 bytes they were written as.
  const asRead = (output: DocumentOutput) => ({ ...output, factLines: Buffer.from(output.factLines) });

  it('read back exactly what was written', () => {
    writeCacheEntry(dir, 'ab12', encodeCacheEntry(OUTPUT));
    const hit = readCacheEntry(dir, 'ab12');
    expect(hit && { ...hit, factLines: Buffer.from(hit.factLines) }).toEqual(asRead(OUTPUT));
    expect(Buffer.from(hit?.factLines ?? '').toString('utf8')).toBe(OUTPUT.factLines);
  });

  it('keep a skipped document (no document line, no facts)', () => {
    const skipped = { ...OUTPUT, written: false, documentLine: null, factLines: '', csv: null };
    writeCacheEntry(dir, 'cd34', encodeCacheEntry(skipped));
    const hit = readCacheEntry(dir, 'cd34');
    expect(hit && { ...hit, factLines: Buffer.from(hit.factLines) }).toEqual(asRead(skipped));
  });

  it('keep Vietnamese text byte for byte', () => {
    const output = { ...OUTPUT, factLines: '{"text":"Thu ngân sách ước đạt 1.250 tỷ đồng"}\n' };
    writeCacheEntry(dir, 'ab13', encodeCacheEntry(output));
    expect(Buffer.from(readCacheEntry(dir, 'ab13')?.factLines ?? '').toString('utf8')).toBe(output.factLines);
  });

  it('are a miss when cut short after the document line', () => {
    const text = encodeCacheEntry(OUTPUT);
    writeFileSync(join(dir, 'ab', 'ab77.json'), text.slice(0, text.length - 5));
    expect(readCacheEntry(dir, 'ab77')).toBeNull();
  });

  it('are a miss, not an error, when missing or unreadable', () => {
    expect(readCacheEntry(dir, 'ef56')).toBeNull();
    writeFileSync(join(dir, 'ab', 'ab99.json'), '{"written": tr');
    expect(readCacheEntry(dir, 'ab99')).toBeNull();
  });
});

describe('cache versions', () => {
  const root = mkdtempSync(join(tmpdir(), 'dukien-cache-versions-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const day = 24 * 3600 * 1000;

  it('keeps this version and others used lately, and removes others unused for a week', () => {
    const now = Date.now();
    const old = versionFolder(root, 'a'.repeat(32), new Date(now - 9 * day));
    const recent = versionFolder(root, 'b'.repeat(32), new Date(now - 2 * day));
    const current = versionFolder(root, 'c'.repeat(32), new Date(now));
    writeCacheEntry(old, 'ab12', encodeCacheEntry(OUTPUT));
    mkdirSync(join(root, 'not-a-version'));
    expect(pruneOtherVersions(root, current, now)).toEqual([basename(old)]);
    expect(readdirSync(root).sort()).toEqual([basename(recent), basename(current), 'not-a-version'].sort());
  });

  it('gives each code version its own folder', () => {
    expect(versionFolder(root, 'd'.repeat(32))).not.toBe(versionFolder(root, 'e'.repeat(32)));
  });
});
