import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLink, whyNotAFile } from './not-a-file.js';

const root = mkdtempSync(join(tmpdir(), 'dukien-not-a-file-'));
const at = (name: string) => join(root, name);
writeFileSync(at('article.txt'), 'date 2024-01 x\n');
symlinkSync('article.txt', at('link.txt'));
mkdirSync(at('folder.txt'));
execFileSync('mkfifo', [at('pipe.txt')]);
symlinkSync('pipe.txt', at('link-to-pipe.txt'));
symlinkSync('missing.txt', at('dangling.txt'));
symlinkSync('loop.txt', at('loop.txt'));
symlinkSync('a.txt', at('b.txt'));
symlinkSync('b.txt', at('a.txt'));

describe('whyNotAFile', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds nothing wrong with a regular file or a link to one', () => {
    expect(whyNotAFile(at('article.txt'))).toBeNull();
    expect(whyNotAFile(at('link.txt'))).toBeNull();
  });

  it('names a FIFO, directly or through a link, without opening it (which would block)', () => {
    expect(whyNotAFile(at('pipe.txt'))).toBe('is a FIFO, not a regular file');
    expect(whyNotAFile(at('link-to-pipe.txt'))).toBe('is a FIFO, not a regular file');
  });

  it('names a folder, a device, a dangling link and symlink loops', () => {
    expect(whyNotAFile(at('folder.txt'))).toBe('is a folder named like an article');
    expect(whyNotAFile('/dev/null')).toBe('is a device, not a regular file');
    expect(whyNotAFile(at('dangling.txt'))).toBe('is a link to nothing');
    expect(whyNotAFile(at('loop.txt'))).toBe('is a symlink loop');
    expect(whyNotAFile(at('a.txt'))).toBe('is a symlink loop');
  });

  it('gives the system code for what it cannot tell', () => {
    expect(whyNotAFile(at('never-made.txt'))).toBe('cannot look at the file (ENOENT)');
  });

  it('tells links from what they point to', () => {
    expect(isLink(at('dangling.txt'))).toBe(true);
    expect(isLink(at('article.txt'))).toBe(false);
    expect(isLink(at('never-made.txt'))).toBe(false);
  });
});
