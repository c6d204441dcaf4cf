import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

/** An append-only file written in large synchronous writes; synchronous so an interrupt never splits one. */
export class Spool {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;

  constructor(
    readonly path: string,
    head = '',
  ) {
    this.fd = openSync(path, 'wx');
    if (head) this.write(head);
  }

  write(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    writeSync(this.fd, this.parts.join(''));
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
