import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A report being served; `close` stops the server. */
export interface ServedReport {
  readonly url: string;
  close(): Promise<void>;
}

/** The file under `root` a request path names, or null when it would leave `root`. */
export function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(root, `.${path.startsWith('/') ? path : `/${path}`}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Serves a written report folder on 127.0.0.1 (only this machine can reach it), for corpora
 * too big to browse comfortably from file://. Port 0 picks a free port; read it from `url`.
 */
export async function serveReport(dir: string, port: number): Promise<ServedReport> {
  const root = resolve(dir);
  const server: Server = createServer(async (request, response) => {
    const file =
      request.method === 'GET' || request.method === 'HEAD' ? fileFor(root, request.url ?? '/') : null;
    const info = file === null ? null : await stat(file).catch(() => null);
    if (file === null || info === null || !info.isFile()) {
      response.writeHead(file === null ? 400 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(file === null ? 'bad request' : 'not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
