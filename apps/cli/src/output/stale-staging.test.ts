import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, removeStaleStaging } from './stale-staging.js';

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid as number;

describe('removeStaleStaging', () => {
  const out = mkdtempSync(join(tmpdir(), 'dukien-stale-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('tells a running process from an ended one', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(deadPid())).toBe(false);
  });

  it("removes a dead run's staging folder and keeps a live run's, and everything else", () => {
    const dead = `.dukien-${deadPid()}-0badc0de.tmp`;
    const live = `.dukien-${process.pid}-cafe0001.tmp`;
    for (const name of [dead, live]) {
      mkdirSync(join(out, name, 'csv'), { recursive: true });
      writeFileSync(join(out, name, 'facts.jsonl'), '{}\n');
    }
    mkdirSync(join(out, '.dukien-0-00.tmp'));
    mkdirSync(join(out, '.dukien-cache'));
    writeFileSync(join(out, 'dataset.json'), '{}');
    expect(removeStaleStaging(out)).toEqual([dead]);
    expect(existsSync(join(out, dead))).toBe(false);
    expect(readdirSync(out).sort()).toEqual(
      ['.dukien-0-00.tmp', '.dukien-cache', live, 'dataset.json'].sort(),
    );
  });

  it('finds nothing to do in a folder that does not exist', () => {
    expect(removeStaleStaging(join(out, 'missing'))).toEqual([]);
  });
});
