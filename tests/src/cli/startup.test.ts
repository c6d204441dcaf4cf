import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const BIN = join(ROOT, 'apps/cli/bin/dukien.js');
const LOG_LOADS = join(ROOT, 'tests/fixtures/log-module-loads.mjs');

/** The packages a run of the CLI loads ("@dukien/parser", "exceljs"), from the module loader's log. */
function packagesLoaded(args: readonly string[]): { status: number | null; packages: Set<string> } {
  const run = spawnSync(process.execPath, ['--import', LOG_LOADS, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const packages = new Set<string>();
  for (const [, path] of run.stderr.matchAll(/^loaded file:\/\/(.*)$/gm)) {
    const workspace = /\/(packages|apps)\/([^/]+)\//.exec(path ?? '');
    const dependency = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path ?? '');
    if (dependency) packages.add(dependency[1] as string);
    else if (workspace) packages.add(workspace[1] === 'packages' ? `@dukien/${workspace[2]}` : 'dukien');
  }
  return { status: run.status, packages };
}

describe('dukien starts without loading what the command does not need', () => {
  it.each([['--help'], ['extract', '--help'], ['validate', '--help'], ['--version']])(
    'dukien %s loads commander and nothing else',
    (...args) => {
      const run = packagesLoaded(args);
      expect(run.status).toBe(0);
      expect([...run.packages].sort()).toEqual(['commander', 'dukien']);
    },
  );

  it('dukien schema loads the schemas, not the parser, the writers or the report', () => {
    const run = packagesLoaded(['schema']);
    expect(run.status).toBe(0);
    expect(run.packages).toContain('@dukien/core');
    for (const heavy of ['@dukien/parser', '@dukien/export', '@dukien/report', 'exceljs', 'piscina']) {
      expect(run.packages).not.toContain(heavy);
    }
  });
});
