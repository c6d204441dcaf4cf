import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '@dukien/parser/synthetic';
import { ROOT } from './run-cli.js';

/** A generated corpus in nested folders: `count` synthetic articles plus the seed articles under seeds/. */
export async function makeCorpus(dir: string, count: number): Promise<string[]> {
  await generateCorpus(join(dir, 'generated'), { seed: 4242, count });
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt'))) {
    copyFileSync(join(ROOT, 'seeds', name), join(dir, 'seeds', name));
  }
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.txt'))
    .map((n) => n.replace(/\\/g, '/').replace(/\.txt$/, ''))
    .sort();
}

/** Files no article reader should accept: binary bytes, nothing at all, text without the header line. */
export function addBrokenFiles(dir: string): Record<string, string> {
  mkdirSync(join(dir, 'broken'), { recursive: true });
  const binary = Buffer.alloc(2048);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 37) % 256;
  writeFileSync(join(dir, 'broken', 'binary.txt'), binary);
  writeFileSync(join(dir, 'broken', 'empty.txt'), '');
  writeFileSync(
    join(dir, 'broken', 'no-header.txt'),
    'Bài viết không có dòng tiêu đề.\n\nChỉ có thân bài.\n',
  );
  return { binary: 'broken/binary.txt', empty: 'broken/empty.txt', header: 'broken/no-header.txt' };
}
