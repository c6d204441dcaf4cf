/** A mistake in how the command was called: one clear line, exit code 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes, as documented in --help. */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;
