import type { Command } from 'commander';
import type { ReportFlags } from './report-run.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .summary('write a review site: every fact highlighted in its article')
    .description(
      'Writes a static, self-contained site (opens from file://, no server, no CDN): an index of\n' +
        'the documents and one page per document with every fact highlighted in the article text.\n' +
        'Facts are checked first, as `dukien validate` does; facts with problems are flagged in red,\n' +
        'and problems.jsonl beside the dataset (written by extract) is shown too.',
    )
    .argument('<dataset>', 'dataset.json')
    .option('-o, --out <dir>', 'folder to write the site to (default: report/ beside the dataset)')
    .option('-c, --corpus <dir>', 'check the articles too (SHA-256 and canonical text)')
    .option('--serve [port]', 'then serve it on 127.0.0.1 until Ctrl-C (port 0 picks a free one)')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      '\nExamples:\n  $ dukien report out/dataset.json --out out/report\n' +
        '  $ dukien report out/dataset.json --serve 8080\n\n' +
        'Exit codes: 0 written, 1 the dataset is not a dataset (nothing written), 2 usage error.',
    )
    .action(async (path: string, flags: ReportFlags) => {
      // Loaded when the command runs, so that --help and the other commands start fast.
      const { runReport } = await import('./report-run.js');
      process.exitCode = await runReport(path, flags);
    });
}
