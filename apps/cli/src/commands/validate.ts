import type { Command } from 'commander';
import type { ValidateFlags } from './validate-run.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check facts files against their articles')
    .description(
      'Checks a dataset (dataset.json or a hand-written facts file): the JSON Schema, that every ' +
        "fact's evidence is the article's text at its offsets, that quantities' values follow from " +
        'that text, and, with --corpus, that each article file is unchanged (SHA-256). Several ' +
        'datasets are checked one by one in one run, each reported on its own.',
    )
    .argument(
      '<datasets...>',
      'dataset.json, <id>.facts.json, a CSV folder (with datapackage.json) or dataset.xlsx',
    )
    .option('-c, --corpus <dir>', 'folder holding the articles; their paths are the documents\' "source"')
    .option('-f, --format <format>', 'text, json or github (workflow annotations)', 'text')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dukien validate seeds/000_64df843035bf8b4e.facts.json --corpus seeds\n' +
        '  $ dukien validate out/dataset.json --corpus corpus --format github\n' +
        '  $ dukien validate out/csv --corpus corpus     # CSV tables edited in a spreadsheet\n' +
        '  $ dukien validate out/dataset.xlsx --corpus corpus\n' +
        '  $ dukien validate seeds/*.facts.json --corpus seeds   # a whole folder of facts files\n\n' +
        'With --format json and several datasets, the output is one JSON object per line (JSON\n' +
        'Lines), each with its "dataset" path.\n\n' +
        'Exit codes: 0 clean, 1 problems found in any dataset, 2 usage error.',
    )
    .action(async (datasetPaths: string[], flags: ValidateFlags) => {
      // Loaded when the command runs, so that --help and the other commands start fast.
      const { runValidateAll } = await import('./validate-run.js');
      process.exitCode = await runValidateAll(datasetPaths, flags);
    });
}
