import { jsonSchemaText, PUBLISHED_SCHEMAS, type PublishedSchemaName } from '@dukien/core';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

const NAMES = Object.keys(PUBLISHED_SCHEMAS) as PublishedSchemaName[];

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print the JSON Schema of the dataset or of one fact kind')
    .description(
      'Prints the JSON Schema (draft 2020-12) generated from the zod schemas that every output is ' +
        'checked with: the whole dataset by default, or one part with --kind.',
    )
    .option('-k, --kind <name>', `one of ${NAMES.join(', ')}`, 'dataset')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dukien schema > dataset.schema.json\n  $ dukien schema --kind quantity',
    )
    .action((flags: { kind: string }) => {
      if (!(NAMES as string[]).includes(flags.kind)) {
        throw new UsageError(`--kind must be one of ${NAMES.join(', ')}; got "${flags.kind}"`);
      }
      process.stdout.write(jsonSchemaText(flags.kind as PublishedSchemaName));
    });
}
