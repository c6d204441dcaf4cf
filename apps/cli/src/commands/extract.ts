import type { Command } from 'commander';
import type { ExtractFlags } from './extract-run.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .summary('read articles into a dataset of grounded facts')
    .description(
      'Reads every article (files, folders searched recursively for *.txt, globs, or - for one ' +
        'article on standard input), recognizes its facts, validates them against the text, and ' +
        'writes the dataset. Document ids are paths relative to the input folder, without ".txt"; ' +
        'documents are ordered by id, so the output does not depend on the order of the inputs, ' +
        'on --jobs, on --cache or on --shard followed by merge.\n\n' +
        'Outputs in --out: dataset.json (json); documents.jsonl, facts.jsonl (jsonl); csv/*.csv, ' +
        'csv/datapackage.json, csv/load.{R,py,do} (csv); dataset.xlsx (xlsx); problems.jsonl always.\n\n' +
        'Memory: documents stream through the workers and are appended to files as they finish; ' +
        'dataset.json and dataset.xlsx are assembled at the end by reading those files back, so ' +
        'memory does not grow with the corpus. What does grow: the list of files (a few hundred ' +
        'bytes each) and the problems found, kept for the summary and problems.jsonl.',
    )
    .argument('<inputs...>', 'article files, folders, globs (quoted), or - for standard input')
    .option('-o, --out <dir>', 'output folder (created when missing)')
    .option('-f, --format <list>', 'comma list of json, jsonl, csv, xlsx', 'json,jsonl,csv,xlsx')
    .option('-j, --jobs <n>', 'worker threads parsing at once (default: the number of cores)')
    .option(
      '--cache <dir>',
      'reuse parses of unchanged files (keyed by SHA-256 of bytes and code version; entries of other code versions unused for 7 days are removed)',
    )
    .option('--shard <i/n>', 'process only shard i of n (1-based), by a hash of each relative path')
    .option('--max-file-size <size>', 'skip files larger than this', '50MB')
    .option('--bom', 'start CSV files with a UTF-8 byte order mark (Excel on Windows)')
    .option('--progress', 'show the progress bar even when standard error is not a terminal')
    .option('-q, --quiet', 'print nothing but skipped files and errors')
    .option('--summary-json <file>', 'also write the run summary as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ dukien extract seeds --out out\n' +
        '  $ dukien extract corpus --out out --format jsonl,csv --jobs 4 --cache .dukien-cache\n' +
        "  $ dukien extract 'corpus/2024/**/*.txt' --out out --summary-json out/summary.json\n" +
        '  $ cat article.txt | dukien extract - --out out --format json\n' +
        '  $ dukien extract corpus --out shard-3 --shard 3/8 --format jsonl   # then: dukien merge shard-* --out out\n\n' +
        'Exit codes: 0 clean, 1 a file was skipped or a fact failed validation, 2 usage error.\n' +
        'In GitHub Actions (GITHUB_ACTIONS=true) problems are also printed as ::error/::warning\n' +
        'annotations and the summary is appended to $GITHUB_STEP_SUMMARY.',
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      // Loaded when the command runs, so that --help and the other commands start fast.
      const { runExtract } = await import('./extract-run.js');
      process.exitCode = await runExtract(inputs, flags);
    });
}
