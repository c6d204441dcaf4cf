import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The name OutputSink gives its staging folder: ".dukien-<pid>-<hex>.tmp". */
const STAGING = /^\.dukien-(\d+)-[0-9a-f]+\.tmp$/;

/** True while a process with this id runs; one of another user (EPERM) runs too. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the staging folders in `outDir` whose run is dead: a SIGKILL or a power cut gives a
 * run no chance to remove its own. A folder of a live process is never touched, so two runs
 * into one folder do not break each other. Returns the names removed.
 */
export function removeStaleStaging(outDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(STAGING.exec(name)?.[1] ?? Number.NaN);
    // pid 0 would ask about our own process group: a name no run gives.
    if (!Number.isSafeInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    rmSync(join(outDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
