import { Transform } from 'node:stream';
import { type ParseOptions, type ParseResult, parseDocument } from './parse-document.js';

export interface ArticleInput extends ParseOptions {
  bytes: Uint8Array | string;
}

/** Parses many articles one at a time, for any iterable or async iterable source. */
export async function* parseDocuments(
  inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
): AsyncGenerator<ParseResult & { source: string }> {
  for await (const { bytes, ...options } of inputs) {
    yield { source: options.source, ...parseDocument(bytes, options) };
  }
}

/** An object-mode Transform: ArticleInput in, ParseResult out, with the stream's backpressure. */
export function createParseStream(): Transform {
  return new Transform({
    objectMode: true,
    transform(chunk: ArticleInput, _encoding, callback) {
      const { bytes, ...options } = chunk;
      try {
        callback(null, { source: options.source, ...parseDocument(bytes, options) });
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
