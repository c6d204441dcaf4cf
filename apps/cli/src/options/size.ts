import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** "50MB", "512KiB" or a number of bytes, to bytes. */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const factor = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || factor === undefined) {
    throw new UsageError(`--max-file-size must be a size such as 50MB or 512KiB; got "${text}"`);
  }
  return Math.floor(Number(match[1]) * factor);
}

/** Bytes for a person: "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1e3) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}
