import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileFor, serveReport } from './serve.js';

const root = await mkdtemp(join(tmpdir(), 'dukien-serve-'));
await mkdir(join(root, 'site', 'docs'), { recursive: true });
await writeFile(join(root, 'site', 'index.html'), '<h1>index</h1>');
await writeFile(join(root, 'site', 'docs', 'a~2Fb.html'), 'page');
await writeFile(join(root, 'secret.txt'), 'secret');
const served = await serveReport(join(root, 'site'), 0);
afterAll(async () => {
  await served.close();
  await rm(root, { recursive: true, force: true });
});

describe('serveReport', () => {
  it('listens on the loopback address only', () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the index at / and pages by their escaped names', async () => {
    const index = await fetch(served.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toBe('<h1>index</h1>');
    const page = await fetch(`${served.url}docs/a~2Fb.html`);
    expect(await page.text()).toBe('page');
  });

  it('answers 404 for a missing file', async () => {
    expect((await fetch(`${served.url}docs/none.html`)).status).toBe(404);
  });
});

describe('fileFor', () => {
  it('refuses paths that climb out of the report, plain or encoded', () => {
    const site = join(root, 'site');
    expect(fileFor(site, '/../secret.txt')).toBeNull();
    expect(fileFor(site, '/%2e%2e/secret.txt')).toBeNull();
    expect(fileFor(site, '/docs/%2E%2E%2F..%2Fsecret.txt')).toBeNull();
    expect(fileFor(site, '/%E0%A4%A')).toBeNull();
    expect(fileFor(site, '/docs/a~2Fb.html?x=1')).toBe(join(site, 'docs', 'a~2Fb.html'));
  });
});
