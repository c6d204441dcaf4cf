import { Command, CommanderError } from 'commander';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerMerge } from './commands/merge.js';
import { registerReport } from './commands/report.js';
import { registerSchema } from './commands/schema.js';
import { registerValidate } from './commands/validate.js';
import { EXIT, UsageError } from './errors.js';
import { VERSION } from './version.js';

const REPORT_URL = 'the dukien issue tracker';

export function buildProgram(): Command {
  const program = new Command('dukien')
    .description('Grounded, validated facts from Vietnamese news articles.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces of unexpected errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ dukien extract seeds --out out                # every format into out/\n' +
        '  $ dukien validate out/dataset.json --corpus seeds\n' +
        '  $ dukien extract --help                         # the options of one command\n\n' +
        'Exit codes: 0 clean, 1 problems found (a file skipped, a fact failing validation),\n' +
        '2 usage error, 3 unexpected error.',
    );
  registerExtract(program);
  registerMerge(program);
  registerExport(program);
  registerValidate(program);
  registerReport(program);
  registerSchema(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`dukien: ${error.message}\n`);
      return EXIT.usage;
    }
    const debug = argv.includes('--debug');
    process.stderr.write(
      `dukien: unexpected error: ${(error as Error)?.message ?? String(error)}\n` +
        (debug ? `${(error as Error)?.stack ?? ''}\n` : 'Run again with --debug for the stack trace, ') +
        `and please report it at ${REPORT_URL}.\n`,
    );
    return EXIT.internal;
  }
}

// `dukien extract --help | head` closes the pipe early: that is no error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv);
