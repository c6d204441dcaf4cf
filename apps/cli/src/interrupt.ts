/**
 * On Ctrl-C (or SIGTERM) run `cleanup`, say the run was interrupted, and exit with 130 (143 for
 * SIGTERM), as shells expect. Cleanup is synchronous so it finishes before the process ends.
 */
export function onInterrupt(cleanup: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    try {
      cleanup();
    } finally {
      process.stderr.write(
        '\ndukien: interrupted; temporary files removed, earlier outputs left as they were\n',
      );
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
