import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

/** One slice of a corpus: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** "2/8" is the second of eight shards; shards count from 1, like Slurm's --array=1-8. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be i/n with 1 <= i <= n, such as 1/4; got "${text}"`);
  }
  return { index, count };
}

/**
 * The shard (1-based) a file belongs to, from a hash of its path relative to the input root:
 * it depends on nothing else, so every shard of a run agrees without talking to the others.
 */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha256').update(relativePath).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}
