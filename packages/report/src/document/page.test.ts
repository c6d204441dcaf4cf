import { describe, expect, it } from 'vitest';
import type { Problem } from '../core.js';
import { sampleDocument, sampleFact } from '../test-support/sample.js';
import { documentPage } from './page.js';
import { viewDocument } from './view.js';

const TITLE = '<script>alert(1)</script> =HYPERLINK("http://x","y") UBND tỉnh Nghệ An';
const doc = sampleDocument('na/2024-05', `${TITLE}\n\nSáng 11/11, UBND tỉnh Nghệ An có 1.272 triệu USD.`);

const org = sampleFact(doc, 'organization', 'UBND tỉnh Nghệ An', {}, 2);
const place = sampleFact(doc, 'location', 'Nghệ An', { name: 'Nghệ An' }, 2);
const money = sampleFact(doc, 'quantity', '1.272 triệu USD', { value: 1272000000, unit: 'USD' });
// Crosses the organization: starts inside it, ends past it.
const crossing = sampleFact(doc, 'location', 'Nghệ An có 1.272', { name: 'x' });
const time = sampleFact(doc, 'time', 'Sáng 11/11', { start: '2024-11-11', end: '2024-11-11' });
const lost = {
  ...sampleFact(doc, 'person', 'Sáng'),
  id: 'na/2024-05:person:lost',
  evidence: { start: 500, end: 504, text: 'Lan' },
};
const injected = sampleFact(doc, 'person', '<script>alert(1)</script>', {
  name: '<img src=x onerror=alert(2)>',
});

const problem: Problem = {
  code: 'value_mismatch',
  severity: 'error',
  message: 'value 1272000000 <b>differs</b>',
  documentId: doc.id,
  source: null,
  factId: money.id,
  start: null,
  end: null,
  path: null,
};

const facts = [org, place, money, crossing, time, lost, injected];
const html = documentPage(viewDocument(doc, facts, [problem]), '../index.html');

const count = (needle: string) => html.split(needle).length - 1;
const classesOf = (id: string) =>
  (html.match(new RegExp(`class="([^"]*)" data-fact-id="${id}"`))?.[1] ?? '').split(' ');

describe('documentPage', () => {
  it('gives every placed fact exactly one element with its id and kind', () => {
    for (const fact of [org, place, money, crossing, time, injected]) {
      expect(count(`data-fact-id="${fact.id}"`)).toBe(1);
      expect(html).toMatch(new RegExp(`data-fact-id="${fact.id}" data-kind="${fact.kind}"`));
    }
  });

  it('continues a crossing fact past the end of the fact it crosses', () => {
    expect(count(`data-continues="${crossing.id}"`)).toBe(1);
    expect(classesOf(crossing.id)).toContain('continues');
    // The place nested in the organization is whole.
    expect(classesOf(place.id)).not.toContain('continues');
    expect(html).toContain(`aria-label="L location: Nghệ An">Nghệ An</span>`);
  });

  it('lists a fact whose span is outside the text in the unplaced panel', () => {
    expect(count(`data-fact-id="${lost.id}"`)).toBe(0);
    expect(html).toContain(`<li data-unplaced-for="${lost.id}">`);
    expect(html).toContain('Unplaced facts (1)');
    expect(html).toContain(`<tr class="k-person is-unplaced" data-row-for="${lost.id}"`);
  });

  it('flags a fact with a problem in the text and in the table, message escaped', () => {
    expect(classesOf(money.id)).toContain('has-problem');
    expect(classesOf(time.id)).not.toContain('has-problem');
    expect(html).toMatch(new RegExp(`<tr class="k-quantity has-problem" data-row-for="${money.id}"`));
    expect(html).toContain('\u26A0 value 1272000000 &lt;b&gt;differs&lt;/b&gt;');
  });

  it('keeps markup from the article and the facts as text', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK("http://x","y")');
    // The only script elements are the page's own: the fact data and the behaviour.
    expect(count('<script')).toBe(2);
  });

  it('carries the normalized fields for the tooltip as inert JSON', () => {
    const json = html.match(/<script type="application\/json" id="fact-data">(.*?)<\/script>/s)?.[1] ?? '';
    const data = JSON.parse(json);
    expect(data[money.id]).toEqual({
      kind: 'quantity',
      text: '1.272 triệu USD',
      fields: [
        ['value', '1272000000 USD'],
        ['approx', 'exact'],
      ],
      problems: ['value 1272000000 <b>differs</b>'],
    });
    expect(data[injected.id].fields[0]).toEqual(['name', '<img src=x onerror=alert(2)>']);
  });
});
