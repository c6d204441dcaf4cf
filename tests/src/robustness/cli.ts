import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root; the CLI runs from there as a user's would. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = join(ROOT, 'apps/cli/bin/dukien.js');
const ENV = { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' };

export interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the run had to be killed after `timeoutMs`: it hung. */
  timedOut: boolean;
}

/** Runs the built CLI to its end, killing it after `timeoutMs` (a hang is a finding, not a stuck test). */
export function runDukien(args: readonly string[], timeoutMs = 240_000): Finished {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: ENV,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  const timedOut = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr, timedOut };
}

/** Starts the built CLI in the background, for tests that signal it mid-run. */
export function startDukien(args: readonly string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => {
    stdout += b.toString('utf8');
  });
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString('utf8');
  });
  const exited = new Promise<Finished>((done) => {
    child.on('close', (status, signal) => done({ status, signal, stdout, stderr, timedOut: false }));
  });
  return { child, exited };
}

/** A fresh temporary folder and a function that removes it. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `dukien-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Polls `check` every 10 ms until it returns something, or gives up after `timeoutMs`. */
export async function waitFor<T>(check: () => T | null | undefined, timeoutMs: number): Promise<T | null> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const found = check();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

/** A stack trace line, as Node prints one: "    at fn (file:1:2)". */
export const STACK_LINE = /^\s+at .+[(:]/m;
