import { createReadStream } from 'node:fs';

/** The lines of a text file in batches as they stream in, without the "\n"; the last empty line is dropped. */
export async function* lineBatches(path: string): AsyncGenerator<string[]> {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop() as string;
    if (lines.length) yield lines;
  }
  if (rest) yield [rest];
}

/** The lines of a text file one at a time. */
export async function* lines(path: string): AsyncGenerator<string> {
  for await (const batch of lineBatches(path)) yield* batch;
}
