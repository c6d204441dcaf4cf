import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function addTree(hash: ReturnType<typeof createHash>, dir: string, keep: (name: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) addTree(hash, path, keep);
    else if (keep(name)) hash.update(name).update('\0').update(readFileSync(path)).update('\0');
  }
}

const packageRoot = (entry: string) => dirname(dirname(entry));

/**
 * The version of the code that turns bytes into output: a hash of the built parser (with its
 * lexicons), core, export and this CLI. Any change to any of them changes the cache key, so a
 * cached entry is never older than the code that would have produced it.
 */
export function codeFingerprint(): string {
  const hash = createHash('sha256');
  const cli = fileURLToPath(new URL('../../', import.meta.url));
  const roots = [
    packageRoot(require.resolve('@dukien/core')),
    packageRoot(require.resolve('@dukien/parser')),
    packageRoot(require.resolve('@dukien/export')),
    cli,
  ];
  for (const root of roots) {
    hash.update(readFileSync(join(root, 'package.json')));
    addTree(hash, join(root, 'dist'), (name) => name.endsWith('.js'));
    addTree(hash, join(root, 'data'), (name) => name.endsWith('.json'));
  }
  return hash.digest('hex').slice(0, 32);
}
