import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateCorpus } from '@dukien/parser/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDukien, startDukien, tempDir, waitFor } from './cli.js';

/** Every file under a folder by relative path, with its bytes (hidden entries too). */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The staging folders (".dukien-<pid>-<hex>.tmp") in the output folder. */
const stagingIn = (out: string) => readdirSync(out).filter((n) => /^\.dukien-.*\.tmp$/.test(n));

/** A new staging folder once documents are being appended to it: the run is writing. */
function whileWriting(out: string, earlier: ReadonlySet<string>): string | null {
  for (const staging of stagingIn(out)) {
    if (earlier.has(staging)) continue;
    const spool = join(out, staging, 'facts.jsonl');
    if (existsSync(spool) && statSync(spool).size > 0) return staging;
  }
  return null;
}

/** Outside the staging folder: the files a user sees. */
const visible = (files: Map<string, Buffer>) =>
  new Map([...files].filter(([path]) => !path.startsWith('.dukien-')));

describe('an interrupted extract leaves the previous outputs as they were', () => {
  const tmp = tempDir('crash');
  const corpus = join(tmp.dir, 'corpus');
  const out = join(tmp.dir, 'out');
  let before: Map<string, Buffer>;
  const args = ['extract', corpus, '--out', out, '--jobs', '2', '--quiet'];

  beforeAll(async () => {
    await generateCorpus(corpus, { seed: 77, count: 300 });
    const first = runDukien(args);
    expect(first.status).toBe(0);
    before = snapshot(out);
  }, 300_000);
  afterAll(() => tmp.remove());

  it('writes a complete first run under final names only', () => {
    expect([...before.keys()]).toContain('dataset.json');
    expect([...before.keys()]).toContain('dataset.xlsx');
    expect([...before.keys()].filter((p) => p.startsWith('.'))).toEqual([]);
  });

  it('SIGKILL while writing: every earlier file byte for byte, no new file under a final name', async () => {
    const { child, exited } = startDukien(args);
    const staging = await waitFor(() => whileWriting(out, new Set()), 60_000);
    child.kill('SIGKILL');
    const end = await exited;
    expect(staging).not.toBeNull();
    expect(end.signal).toBe('SIGKILL');
    const after = snapshot(out);
    expect([...visible(after).keys()]).toEqual([...before.keys()]);
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
    // What was half written stays in the hidden staging folder, which no reader takes for output.
    expect([...after.keys()].filter((p) => !before.has(p)).every((p) => p.startsWith(`${staging}/`))).toBe(
      true,
    );
  }, 120_000);

  it('SIGINT while writing: says the run was interrupted, exits 130, removes its temporary files', async () => {
    // The SIGKILL above left its staging folder: that one is not this run's.
    const leftovers = new Set(stagingIn(out));
    const { child, exited } = startDukien(args);
    const staging = await waitFor(() => whileWriting(out, leftovers), 60_000);
    child.kill(staging ? 'SIGINT' : 'SIGKILL');
    const end = await exited;
    expect(staging).not.toBeNull();
    expect(end.status).toBe(130);
    expect(end.stderr).toMatch(/interrupted/);
    expect(`${end.stdout}${end.stderr}`).not.toMatch(/^\s+at .+[(:]/m);
    expect(existsSync(join(out, staging as string))).toBe(false);
    // The folder the SIGKILLed run left was removed when this one started: its process is dead.
    for (const left of leftovers) expect(existsSync(join(out, left)), left).toBe(false);
    const after = visible(snapshot(out));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), path).toBe(true);
  }, 120_000);
});

describe('a run removes the staging folders of dead runs, never of live ones', () => {
  const tmp = tempDir('stale');
  afterAll(() => tmp.remove());

  it("removes a folder named with a dead pid and keeps one named with this test runner's pid", async () => {
    const corpus = join(tmp.dir, 'corpus');
    const out = join(tmp.dir, 'out');
    await generateCorpus(corpus, { seed: 78, count: 3 });
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    const dead = `.dukien-${ended}-0badc0de.tmp`;
    const live = `.dukien-${process.pid}-0badc0de.tmp`;
    for (const name of [dead, live]) {
      mkdirSync(join(out, name), { recursive: true });
      writeFileSync(join(out, name, 'facts.jsonl'), '{}\n');
    }
    const run = runDukien(['extract', corpus, '--out', out, '--format', 'jsonl', '--quiet']);
    expect(run.status).toBe(0);
    expect(stagingIn(out)).toEqual([live]);
    expect(readFileSync(join(out, live, 'facts.jsonl'), 'utf8')).toBe('{}\n');
  }, 120_000);
});
