import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write.js';

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dukien-atomic-'));
}

describe('writeFileAtomic', () => {
  it('writes a string, creating the folder', async () => {
    const path = join(await folder(), 'deep', 'a.txt');
    await writeFileAtomic(path, 'xin chào\n');
    expect(await readFile(path, 'utf8')).toBe('xin chào\n');
  });

  it('writes chunks from a stream and replaces the old file', async () => {
    const path = join(await folder(), 'b.csv');
    await writeFile(path, 'old');
    await writeFileAtomic(path, Readable.from(['a,b\n', '1,2\n']));
    expect(await readFile(path, 'utf8')).toBe('a,b\n1,2\n');
  });

  it('leaves the old file intact and no temporary file when the writer fails midway', async () => {
    const dir = await folder();
    const path = join(dir, 'c.csv');
    await writeFile(path, 'previous outputs');
    async function* failing() {
      yield 'half of the new ';
      throw new Error('disk on fire');
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow('disk on fire');
    expect(await readFile(path, 'utf8')).toBe('previous outputs');
    expect(await readdir(dir)).toEqual(['c.csv']);
  });
});
