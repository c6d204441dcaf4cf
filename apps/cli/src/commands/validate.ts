import type { Command } from 'commander';
import type { ValidateFlags } from './validate-run.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check a facts file against its articles')
    .description(
      'Checks a dataset (dataset.json or a hand-written facts file): the JSON Schema, that every ' +
        "fact's evidence is the article's text at its offsets, that quantities' values follow from " +
        'that text, and, with --corpus, that each article file is unchanged (SHA-256).',
    )
    .argument(
      '<dataset>',
      'dataset.json, <id>.facts.json, a CSV folder (with datapackage.json) or dataset.xlsx',
    )
    .option('-c, --corpus <dir>', 'folder holding the articles; their paths are the documents\' "source"')
    .option('-f, --format <format>', 'text, json or github (workflow annotations)', 'text')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dukien validate seeds/000_64df843035bf8b4e.facts.json --corpus seeds\n' +
        '  $ dukien validate out/dataset.json --corpus corpus --format github\n' +
        '  $ dukien validate out/csv --corpus corpus     # CSV tables edited in a spreadsheet\n' +
        '  $ dukien validate out/dataset.xlsx --corpus corpus\n\n' +
        'Exit codes: 0 clean, 1 problems found, 2 usage error.',
    )
    .action(async (datasetPath: string, flags: ValidateFlags) => {
      // Loaded when the command runs, so that --help and the other commands start fast.
      const { runValidate } = await import('./validate-run.js');
      process.exitCode = await runValidate(datasetPath, flags);
    });
}
