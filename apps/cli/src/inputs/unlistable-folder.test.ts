import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A folder this process may not list. As root no mode forbids it, so the listing is refused here
// the way the system refuses it to an ordinary user: EACCES from readdir.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: string, options?: unknown) => {
    if (String(path).endsWith('private')) {
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    }
    return (fs.readdirSync as (p: string, o?: unknown) => unknown)(path, options);
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync };
});

const { discoverInputs } = await import('./discover.js');

describe('a subfolder that cannot be listed', () => {
  const root = mkdtempSync(join(tmpdir(), 'dukien-unlistable-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'corpus/private'), { recursive: true });
  writeFileSync(join(root, 'corpus/a.txt'), 'x');
  writeFileSync(join(root, 'corpus/private/b.txt'), 'x');

  it('is named and skipped with the reason while the other files go through', () => {
    const items = discoverInputs([join(root, 'corpus')], { maxFileSize: 100 });
    expect(items.map((i) => [i.id, i.skip?.code ?? null])).toEqual([
      ['a', null],
      ['private', 'unreadable'],
    ]);
    expect(items[1]?.skip?.message).toMatch(/folder that cannot be read \(EACCES\)/);
  });

  it('is a usage error when it is the input folder itself', () => {
    expect(() => discoverInputs([join(root, 'corpus/private')], { maxFileSize: 100 })).toThrow(
      /cannot read folder \(EACCES\)/,
    );
  });
});
