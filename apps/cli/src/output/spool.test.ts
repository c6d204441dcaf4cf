import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Spool } from './spool.js';

describe('Spool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dukien-spool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes text and bytes in the order given', () => {
    const path = join(dir, 'mixed.jsonl');
    const spool = new Spool(path, 'đầu\n');
    spool.write('một ');
    spool.write(Buffer.from('hai ', 'utf8'));
    spool.write(new TextEncoder().encode('ba '));
    spool.write('bốn\n');
    spool.write(Buffer.alloc(0));
    spool.close();
    expect(readFileSync(path, 'utf8')).toBe('đầu\nmột hai ba bốn\n');
  });

  it('keeps every part across many flushes', () => {
    const path = join(dir, 'big.jsonl');
    const spool = new Spool(path);
    const line = `${'ệ'.repeat(1000)}\n`;
    for (let i = 0; i < 3000; i++) spool.write(i % 2 ? line : Buffer.from(line, 'utf8'));
    spool.close();
    expect(readFileSync(path, 'utf8')).toBe(line.repeat(3000));
  });

  it('refuses to overwrite a file', () => {
    expect(() => new Spool(join(dir, 'mixed.jsonl'))).toThrow(/EEXIST/);
  });
});
