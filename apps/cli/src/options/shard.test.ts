import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { parseShard, shardOf } from './shard.js';

describe('parseShard', () => {
  it('reads i/n counting from 1', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
  });
  it('refuses shards outside 1..n', () => {
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '2']) expect(() => parseShard(bad)).toThrow(UsageError);
  });
});

describe('shardOf', () => {
  it('puts every path in exactly one shard, the same one every time', () => {
    const paths = Array.from({ length: 200 }, (_, i) => `tinh/${i}.txt`);
    const shards = paths.map((p) => shardOf(p, 4));
    expect(paths.map((p) => shardOf(p, 4))).toEqual(shards);
    for (const s of shards) expect(s >= 1 && s <= 4).toBe(true);
    // A hash spreads 200 paths over all four shards.
    expect(new Set(shards).size).toBe(4);
  });
});
