/**
 * Real backpressure for exceljs 4.4.0's streaming writer.
 *
 * Why: a WorksheetWriter writes its XML into a StreamBuf (lib/utils/stream-buf.js, batch mode,
 * 64 KiB blocks). archiver wraps that StreamBuf in a PassThrough (archiver-utils
 * normalizeInputSource) and StreamBuf hands each full block to it with `pipe.write()`, ignoring
 * the return value; its own `write()` always returns true. So nothing ever tells the row loop
 * to wait, and the PassThrough's write buffer grows with the whole sheet until the zip catches
 * up (exceljs issues #1894, #2916, #709). Everything after the PassThrough (deflate, archiver,
 * the file) is joined with `pipe()` and already bounded.
 *
 * Fix at that one joint, without patching exceljs: measure the bytes waiting there and, above
 * a bound, wait for the PassThrough's 'drain' before committing more rows. These are internals
 * (`buffers`, `pipes`, `_writableState`); `bufferedBytes` throws if they move, and
 * backpressure.test.ts fails if the bound stops holding after an exceljs upgrade.
 */

interface StreamState {
  readonly length: number;
  readonly needDrain?: boolean;
}

interface EntryPipe {
  readonly _writableState?: StreamState;
  readonly _readableState?: StreamState;
  once(event: 'drain' | 'error' | 'close', listener: (error?: unknown) => void): unknown;
  removeListener(event: string, listener: (error?: unknown) => void): unknown;
}

interface SheetStreamBuf {
  readonly buffers: readonly { readonly length: number }[];
  readonly pipes: readonly EntryPipe[];
}

/** The part of an exceljs WorksheetWriter this module reads. */
export interface StreamingSheet {
  readonly stream: unknown;
}

function streamBuf(sheet: StreamingSheet): SheetStreamBuf {
  const stream = sheet.stream as Partial<SheetStreamBuf> | undefined;
  if (!stream || !Array.isArray(stream.buffers) || !Array.isArray(stream.pipes)) {
    throw new Error('exceljs internals changed: WorksheetWriter.stream is not a StreamBuf');
  }
  return stream as SheetStreamBuf;
}

function entryPipe(buf: SheetStreamBuf): EntryPipe | undefined {
  return buf.pipes[0];
}

/** Bytes handed to archiver's entry PassThrough and not yet read by the zip. */
function queuedForZip(pipe: EntryPipe | undefined): number {
  return pipe ? (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0) : 0;
}

/**
 * Bytes of this sheet's XML held inside exceljs and archiver's entry buffer, not yet zipped:
 * the StreamBuf blocks (at most one partial 64 KiB block once the zip reads) and the queue.
 */
export function bufferedBytes(sheet: StreamingSheet): number {
  const buf = streamBuf(sheet);
  let bytes = 0;
  for (const block of buf.buffers) bytes += block.length;
  return bytes + queuedForZip(entryPipe(buf));
}

/**
 * Resolves once at most `maxBytes` of the sheet's XML wait in archiver's entry queue, waiting
 * for the zip to take them. Throws what `failed` returns if the zip or the file fails meanwhile.
 */
export async function untilZipCatchesUp(
  sheet: StreamingSheet,
  maxBytes: number,
  failed: () => unknown,
): Promise<void> {
  const pipe = entryPipe(streamBuf(sheet));
  if (!pipe) return;
  // Deflate runs on libuv's pool but is fed from this thread: without a turn of the event loop
  // between batches the zip would idle while rows are made, then rows idle while it zips.
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (queuedForZip(pipe) > maxBytes) {
    const error = failed();
    if (error) throw error;
    if (pipe._writableState?.needDrain) await drained(pipe);
    // Only the readable side holds bytes: let the event loop run so archiver reads them.
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function drained(pipe: EntryPipe): Promise<void> {
  return new Promise<void>((resolve) => {
    // The timer only re-checks `failed`, so an error elsewhere in the zip cannot leave the
    // writer waiting forever for a 'drain' that will not come.
    const timer = setTimeout(done, 250);
    function done(): void {
      clearTimeout(timer);
      pipe.removeListener('drain', done);
      resolve();
    }
    pipe.once('drain', done);
  });
}
