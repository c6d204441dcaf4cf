import cliProgress from 'cli-progress';

export interface Progress {
  tick(bytes: number): void;
  stop(): void;
}

const silent: Progress = { tick: () => {}, stop: () => {} };

/**
 * A progress bar on standard error with documents/s and MB/s; nothing when standard error is
 * not a terminal unless --progress asks for it, and nothing with --quiet.
 */
export function startProgress(
  total: number,
  totalBytes: number,
  options: { progress?: boolean; quiet?: boolean },
): Progress {
  if (options.quiet || !(options.progress || process.stderr.isTTY)) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        '{bar} {percentage}% | {value}/{total} docs | {docsPerSecond} docs/s | {mbPerSecond} MB/s | ETA {eta_formatted}',
      hideCursor: true,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 2000,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let bytes = 0;
  let docs = 0;
  bar.start(total, 0, { docsPerSecond: '0', mbPerSecond: '0.00', totalBytes });
  return {
    tick(size) {
      docs++;
      bytes += size;
      const secs = Math.max((performance.now() - started) / 1000, 1e-3);
      bar.update(docs, {
        docsPerSecond: (docs / secs).toFixed(0),
        mbPerSecond: (bytes / 1e6 / secs).toFixed(2),
      });
    },
    stop: () => bar.stop(),
  };
}
