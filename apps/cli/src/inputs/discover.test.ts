import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { discoverInputs } from './discover.js';

const root = mkdtempSync(join(tmpdir(), 'dukien-discover-'));
const put = (path: string, text = 'x') => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
put('a/2024/b.txt');
put('a/2024/a.TXT');
put('a/notes.md');
put('a/.hidden/c.txt');
put('other/2024/b.txt');
put('big/large.txt', 'x'.repeat(100));
put('odd/good.txt');
put('odd/2024.txt/inside.txt');
put('odd/notes/readme.md');
mkdirSync(join(root, 'odd/empty.txt'));
execFileSync('mkfifo', [join(root, 'odd/pipe.txt')]);
execFileSync('mkfifo', [join(root, 'odd/pipe.log')]);
symlinkSync('gone.txt', join(root, 'odd/dangling.txt'));
symlinkSync('loop.txt', join(root, 'odd/loop.txt'));
symlinkSync('.', join(root, 'odd/here'));

describe('discoverInputs', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const options = { maxFileSize: 50 };

  it('finds *.txt under a folder, ids relative to it, sorted, hidden entries left out', () => {
    const items = discoverInputs([join(root, 'a')], options);
    expect(items.map((i) => [i.id, i.source])).toEqual([
      ['2024/a', '2024/a.TXT'],
      ['2024/b', '2024/b.txt'],
    ]);
  });

  it('takes a file by itself, its id being its name', () => {
    expect(discoverInputs([join(root, 'a/2024/b.txt')], options).map((i) => i.id)).toEqual(['b']);
  });

  it('matches a glob from its fixed folder', () => {
    const items = discoverInputs([join(root, '*/2024/b.txt')], options);
    expect(items.map((i) => i.id)).toEqual(['a/2024/b', 'other/2024/b']);
  });

  it('skips a second file with an id already taken, and a file over the size limit', () => {
    const items = discoverInputs([join(root, 'other'), join(root, 'a'), join(root, 'big')], options);
    const skipped = items.filter((i) => i.skip).map((i) => [i.id, i.skip?.code]);
    expect(skipped).toEqual([
      ['2024/b', 'duplicate_id'],
      ['large', 'too_large'],
    ]);
  });

  it('reads a file named twice once', () => {
    const items = discoverInputs([join(root, 'a'), join(root, 'a/2024/b.txt')], options);
    expect(items.map((i) => i.id)).toEqual(['2024/a', '2024/b']);
    expect(items.filter((i) => i.skip)).toEqual([]);
  });

  it('names each entry called *.txt that is no file as skipped and unreadable, with why', () => {
    const items = discoverInputs([join(root, 'odd')], options);
    expect(items.map((i) => [i.id, i.skip?.code, i.skip?.message])).toEqual([
      ['2024.txt/inside', undefined, undefined],
      ['dangling', 'unreadable', 'is a link to nothing'],
      ['empty', 'unreadable', 'is a folder named like an article'],
      ['good', undefined, undefined],
      ['loop', 'unreadable', 'is a symlink loop'],
      ['pipe', 'unreadable', 'is a FIFO, not a regular file'],
    ]);
  });

  it('names what a glob matches that is no file, and leaves out folders it matches', () => {
    const items = discoverInputs([join(root, 'odd/p*')], options);
    expect(items.map((i) => [i.id, i.skip?.message])).toEqual([
      ['pipe', 'is a FIFO, not a regular file'],
      ['pipe.log', 'is a FIFO, not a regular file'],
    ]);
  });

  it('refuses a FIFO or a broken link named directly, saying what it is', () => {
    expect(() => discoverInputs([join(root, 'odd/pipe.txt')], options)).toThrow(
      /odd\/pipe\.txt is a FIFO, not a regular file/,
    );
    expect(() => discoverInputs([join(root, 'odd/dangling.txt')], options)).toThrow(
      /dangling\.txt is a link to nothing/,
    );
    expect(() => discoverInputs([join(root, 'odd/loop.txt')], options)).toThrow(
      /loop\.txt is a symlink loop/,
    );
  });

  it('refuses inputs that name nothing', () => {
    expect(() => discoverInputs([join(root, 'missing')], options)).toThrow(UsageError);
    expect(() => discoverInputs([join(root, '*.csv')], options)).toThrow(/matches no files/);
    expect(() => discoverInputs([], options)).toThrow(UsageError);
  });
});
