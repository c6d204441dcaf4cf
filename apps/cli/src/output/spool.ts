import { closeSync, fsyncSync, openSync, writevSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

/** An append-only file written in large synchronous writes; synchronous so an interrupt never splits one. */
export class Spool {
  private readonly fd: number;
  private parts: (string | Uint8Array)[] = [];
  private size = 0;

  constructor(
    readonly path: string,
    head = '',
  ) {
    this.fd = openSync(path, 'wx');
    if (head) this.write(head);
  }

  /** Appends text, or UTF-8 bytes as they are (a cached document's fact lines). */
  write(text: string | Uint8Array): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    // Runs of text are joined and encoded once; bytes go out as they are, in one gathered write.
    const buffers: Uint8Array[] = [];
    let text: string[] = [];
    for (const part of this.parts) {
      if (typeof part === 'string') {
        text.push(part);
        continue;
      }
      if (text.length > 0) buffers.push(Buffer.from(text.join(''), 'utf8'));
      text = [];
      buffers.push(part);
    }
    if (text.length > 0) buffers.push(Buffer.from(text.join(''), 'utf8'));
    writeAll(this.fd, buffers);
    this.parts = [];
    this.size = 0;
  }

  /** Flushes, syncs to disk and closes. */
  close(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}

/** writev may write less than asked (a signal, a full disk): it goes on from where it stopped. */
function writeAll(fd: number, buffers: Uint8Array[]): void {
  let rest = buffers;
  while (rest.length > 0) {
    let written = writevSync(fd, rest.slice(0, 1024));
    const next: Uint8Array[] = [];
    for (const buffer of rest) {
      if (written >= buffer.byteLength) {
        written -= buffer.byteLength;
        continue;
      }
      next.push(written > 0 ? buffer.subarray(written) : buffer);
      written = 0;
    }
    rest = next;
  }
}
