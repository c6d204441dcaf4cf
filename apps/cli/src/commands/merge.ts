import type { Command } from 'commander';
import type { MergeFlags } from './merge-run.js';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .summary('combine the outputs of shards into one dataset')
    .description(
      'Combines the output folders of `dukien extract --shard i/n` runs into one dataset, byte for ' +
        'byte the one a single run over the whole corpus writes (XLSX aside, whose zip carries ' +
        'times). Each shard folder needs documents.jsonl and facts.jsonl (or dataset.json); its ' +
        'problems.jsonl is merged too. Documents stream through: memory holds one per shard.',
    )
    .argument('<out-dirs...>', 'output folders of the shards')
    .option('-o, --out <dir>', 'output folder of the merged dataset')
    .option('-f, --format <list>', 'comma list of json, jsonl, csv, xlsx', 'json,jsonl,csv,xlsx')
    .option('--bom', 'start CSV files with a UTF-8 byte order mark (Excel on Windows)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--summary-json <file>', 'also write the summary as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ dukien merge shards/* --out out\n' +
        '    (after: for i in 1 2 3 4; do dukien extract corpus --shard $i/4 --format jsonl --out shards/$i; done)\n\n' +
        'Exit codes: 0 clean, 1 the shards recorded skipped files or failed facts, 2 usage error.',
    )
    .action(async (dirs: string[], flags: MergeFlags) => {
      // Loaded when the command runs, so that --help and the other commands start fast.
      const { runMerge } = await import('./merge-run.js');
      process.exitCode = await runMerge(dirs, flags);
    });
}
