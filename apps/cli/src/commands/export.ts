import type { Command } from 'commander';
import type { ExportFlags } from './export-run.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .summary('write a dataset.json again in other formats')
    .description(
      'Re-exports a dataset.json (written by dukien, or edited by hand) to the formats asked for. ' +
        'It is checked against the JSON Schema first; a dataset that fails is not written. The ' +
        'dataset is read into memory whole.',
    )
    .argument('<dataset>', 'dataset.json')
    .option('-o, --out <dir>', 'output folder')
    .option('-f, --format <list>', 'comma list of json, jsonl, csv, xlsx', 'json,jsonl,csv,xlsx')
    .option('--bom', 'start CSV files with a UTF-8 byte order mark (Excel on Windows)')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dukien export out/dataset.json --format csv,xlsx --out spreadsheets\n\n' +
        'Exit codes: 0 written, 1 the dataset fails its schema (nothing written), 2 usage error.',
    )
    .action(async (path: string, flags: ExportFlags) => {
      // Loaded when the command runs, so that --help and the other commands start fast.
      const { runExport } = await import('./export-run.js');
      process.exitCode = await runExport(path, flags);
    });
}
