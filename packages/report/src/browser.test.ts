import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Problem } from './core.js';
import { pageName } from './files/page-name.js';
import { sampleDataset, sampleDocument, sampleFact } from './test-support/sample.js';
import { writeReport } from './write.js';

// Debian's Chromium, headless; the flags keep it from reaching the network on its own.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const SEED = resolve(import.meta.dirname, '../../../seeds/000_64df843035bf8b4e.facts.json');
const OUTPUT = resolve(import.meta.dirname, '../test-output');
const VIEWPORT = { width: 1400, height: 900 };

const dataset: Dataset = JSON.parse(await readFile(SEED, 'utf8'));
const seedDocument = dataset.documents[0]!;
const seedFacts = dataset.facts.filter((f) => f.documentId === seedDocument.id);

let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  await rm(OUTPUT, { recursive: true, force: true });
  await writeReport(dataset, [], join(OUTPUT, 'seed-report'));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  page = await browser.newPage({ viewport: VIEWPORT });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
});

const documentUrl = (root: string, id: string) =>
  pathToFileURL(join(OUTPUT, root, 'docs', pageName(id))).href;

/** Whether the element lies wholly inside the viewport. */
async function inViewport(selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
}

// JSON string syntax is valid CSS string syntax, so ids with quotes still make a selector.
const markOf = (id: string) => `[data-fact-id=${JSON.stringify(id)}]`;
const rowOf = (id: string) => `tr[data-row-for=${JSON.stringify(id)}]`;

const classesOf = async (selector: string) =>
  ((await page.locator(selector).getAttribute('class')) ?? '').split(' ');

describe('the document page of the seed article in Chromium', () => {
  beforeAll(async () => {
    await page.goto(documentUrl('seed-report', seedDocument.id));
  });

  it('has exactly one highlighted element per fact, carrying its id and kind', async () => {
    const elements = await page
      .locator('[data-fact-id]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-fact-id'), el.getAttribute('data-kind')]));
    const expected = seedFacts.map((f) => [f.id, f.kind]);
    expect(elements.sort()).toEqual(expected.sort());
    await page.screenshot({ path: join(OUTPUT, 'document-page.png') });
  });

  it('scrolls a clicked row its span into view and marks both active', async () => {
    const fact = seedFacts[seedFacts.length - 1]!;
    const mark = markOf(fact.id);
    expect(await inViewport(mark)).toBe(false);
    await page.locator(rowOf(fact.id)).click();
    expect(await inViewport(mark)).toBe(true);
    expect(await classesOf(mark)).toContain('is-active');
    expect(await classesOf(rowOf(fact.id))).toContain('is-active');
    await page.screenshot({ path: join(OUTPUT, 'document-row-clicked.png') });
  });

  it('moves to the next row with Tab and jumps to its span with Enter', async () => {
    const [first, second] = [seedFacts[0]!, seedFacts[1]!];
    await page.locator(rowOf(first.id)).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const mark = markOf(second.id);
    expect(await classesOf(mark)).toContain('is-active');
    expect(await inViewport(mark)).toBe(true);
    expect(await page.evaluate('document.activeElement.getAttribute("data-fact-id")')).toBe(second.id);
    // Only one fact is active at a time.
    expect(await page.locator('.mark.is-active[data-fact-id]').count()).toBe(1);
  });

  it('goes from a fact in the text to its row with Enter', async () => {
    const fact = seedFacts[5]!;
    await page.locator(markOf(fact.id)).focus();
    await page.keyboard.press('Enter');
    expect(await classesOf(rowOf(fact.id))).toContain('is-active');
    expect(await page.evaluate('document.activeElement.getAttribute("data-row-for")')).toBe(fact.id);
  });

  it('shows the normalized fields of a fact on hover', async () => {
    const fact = seedFacts.find((f) => f.kind === 'person')!;
    await page.locator(markOf(fact.id)).hover();
    const tooltip = page.locator('#tooltip');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain(fact.kind === 'person' ? fact.name : '');
    await page.screenshot({ path: join(OUTPUT, 'document-tooltip.png') });
  });

  it('hides the rows of a kind whose box is unticked', async () => {
    const shown = () => page.locator('tr[data-row-for].k-location:visible').count();
    expect(await shown()).toBe(seedFacts.filter((f) => f.kind === 'location').length);
    await page.locator('input[data-kind-toggle="location"]').uncheck();
    expect(await shown()).toBe(0);
    await page.locator('input[data-kind-toggle="location"]').check();
  });
});

describe('the index of the seed report in Chromium', () => {
  it('lists the document, links to its page and filters by title ignoring tone marks', async () => {
    await page.goto(pathToFileURL(join(OUTPUT, 'seed-report', 'index.html')).href);
    const rows = page.locator('#documents tbody tr:visible');
    expect(await rows.count()).toBe(1);
    await page.screenshot({ path: join(OUTPUT, 'index.png') });
    await page.locator('#filter').fill('ha tinh');
    expect(await rows.count()).toBe(1);
    await page.locator('#filter').fill('no such title');
    expect(await rows.count()).toBe(0);
    await page.locator('#filter').fill('');
    await page.locator('#documents tbody a').click();
    expect(page.url()).toBe(documentUrl('seed-report', seedDocument.id));
  });
});

describe('a report of hostile text in Chromium', () => {
  const title = '<script>alert(1)</script> =HYPERLINK("http://x","y") <img src=x onerror=alert(2)>';
  const doc = sampleDocument('evil/"doc"', `${title}\n\nTỉnh Quảng Trị có 3 dự án.`);

  it('shows the markup as text and runs none of it', async () => {
    const facts = [
      sampleFact(doc, 'location', 'Quảng Trị', { name: '<b onmouseover=alert(3)>Q</b>' }),
      {
        ...sampleFact(doc, 'quantity', '3 dự án'),
        evidence: { start: 900, end: 905, text: '<svg onload=alert(4)>' },
      },
    ];
    await writeReport(sampleDataset([doc], facts), [], join(OUTPUT, 'hostile-report'));
    await page.goto(documentUrl('hostile-report', doc.id));
    expect(await page.locator('h1').textContent()).toBe(title);
    await page.locator(markOf(facts[0]!.id)).hover();
    expect(await page.locator('#tooltip').textContent()).toContain('<b onmouseover=alert(3)>Q</b>');
    expect(await page.locator('#unplaced li').textContent()).toContain('<svg onload=alert(4)>');
    await page.goto(pathToFileURL(join(OUTPUT, 'hostile-report', 'index.html')).href);
    expect(await page.locator('#documents tbody a').textContent()).toBe(title);
    // Rows drawn by the script after a filter carry the title as text too.
    await page.locator('#filter').fill('script');
    expect(await page.locator('#documents tbody a').textContent()).toBe(title);
    expect(dialogs).toEqual([]);
  });
});

describe('the index of a big report in Chromium', () => {
  it('draws a page of rows, more on request, and sorts and filters all of them', async () => {
    const documents = Array.from({ length: 450 }, (_, i) =>
      sampleDocument(
        `big-${String(i).padStart(3, '0')}`,
        `Bài ${i}\n\n${'Tỉnh Đồng Nai. '.repeat(1 + (i % 7))}`,
      ),
    );
    const facts = documents.flatMap((d) => {
      const count = 1 + (Number(d.id.slice(4)) % 7);
      return Array.from({ length: count }, (_, n) => sampleFact(d, 'location', 'Đồng Nai', {}, n + 1));
    });
    await writeReport(sampleDataset(documents, facts), [], join(OUTPUT, 'big-report'));
    await page.goto(pathToFileURL(join(OUTPUT, 'big-report', 'index.html')).href);
    const rows = page.locator('#documents tbody tr');
    expect(await rows.count()).toBe(200);
    await page.locator('#more').click();
    expect(await rows.count()).toBe(400);
    await page.locator('#more').click();
    expect(await rows.count()).toBe(450);
    expect(await page.locator('#more').isVisible()).toBe(false);
    // Facts column, twice: descending, so documents with 7 facts come first.
    await page.locator('th button', { hasText: 'Facts' }).click();
    await page.locator('th button', { hasText: 'Facts' }).click();
    expect(await rows.first().locator('td').nth(8).textContent()).toBe('7');
    await page.locator('#filter').fill('bai 44');
    // "Bài 44" and "Bài 440" to "Bài 449".
    expect(await rows.count()).toBe(11);
    expect(await page.locator('#shown').textContent()).toBe('11 of 11 shown (450 in all)');
    await page.screenshot({ path: join(OUTPUT, 'index-big.png') });
  });
});

describe('a composed article with nested, crossing, flagged and unplaced facts in Chromium', () => {
  const doc = sampleDocument(
    'composed',
    'Hội nghị tại Nghệ An\n\nSáng 12/3/2024, Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn B cho biết GRDP ước đạt 7,5% trong năm 2023.',
  );
  const org = sampleFact(doc, 'organization', 'UBND tỉnh Nghệ An');
  const person = sampleFact(doc, 'person', 'Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn B', {
    name: 'Nguyễn Văn B',
  });
  const place = sampleFact(doc, 'location', 'Nghệ An', { name: 'Nghệ An' }, 2);
  const indicator = sampleFact(doc, 'indicator', 'GRDP ước đạt 7,5% trong năm 2023');
  const quantity = sampleFact(doc, 'quantity', 'ước đạt 7,5%', { value: 7.5, unit: '%', approx: 'about' });
  // Crosses the person: starts inside it and ends after it.
  const crossing = sampleFact(doc, 'location', 'Nghệ An Nguyễn Văn B cho biết', {}, 1);
  const time = sampleFact(doc, 'time', 'năm 2023', { start: '2023-01-01', end: '2023-12-31' });
  const lost = {
    ...sampleFact(doc, 'time', 'Sáng 12/3/2024'),
    evidence: { start: 23, end: 37, text: 'Chiều 12/3/2024' },
  };
  const facts = [org, person, place, indicator, quantity, crossing, time, lost];
  const problem: Problem = {
    code: 'value_mismatch',
    severity: 'error',
    message: 'value 7.5 is read again as 7,6',
    documentId: doc.id,
    source: null,
    factId: quantity.id,
    start: null,
    end: null,
    path: null,
  };

  beforeAll(async () => {
    await writeReport(sampleDataset([doc], facts), [problem], join(OUTPUT, 'composed-report'));
    await page.goto(documentUrl('composed-report', doc.id));
  });

  it('draws one element per placed fact, the crossing one continued', async () => {
    for (const fact of facts.slice(0, -1)) expect(await page.locator(markOf(fact.id)).count()).toBe(1);
    expect(await classesOf(markOf(crossing.id))).toContain('continues');
    // It crosses the organization, then the person: two continuations, which with the
    // element itself read the whole span.
    const continued = await page.locator(`[data-continues=${JSON.stringify(crossing.id)}]`).allTextContents();
    expect(continued).toHaveLength(2);
    const first = await page.locator(markOf(crossing.id)).textContent();
    expect([first, ...continued].join('')).toBe(crossing.evidence.text);
    expect(await page.locator(markOf(lost.id)).count()).toBe(0);
  });

  it('flags the fact with a problem in red with its message and lists the unplaced one', async () => {
    expect(await classesOf(markOf(quantity.id))).toContain('has-problem');
    expect(await page.locator(rowOf(quantity.id)).textContent()).toContain('value 7.5 is read again as 7,6');
    expect(await page.locator('#unplaced li').textContent()).toContain('Chiều 12/3/2024');
    await page.locator(markOf(quantity.id)).hover();
    expect(await page.locator('#tooltip').textContent()).toContain('value 7.5 is read again as 7,6');
    await page.screenshot({ path: join(OUTPUT, 'composed-page.png') });
  });

  it('jumps from the row of an unplaced fact to its entry in the panel', async () => {
    await page.locator(rowOf(lost.id)).click();
    expect(await classesOf(`li[data-unplaced-for=${JSON.stringify(lost.id)}]`)).toContain('is-active');
  });
});
