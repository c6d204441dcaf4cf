import { describe, expect, it } from 'vitest';
import { FACT_KINDS } from '../core.js';
import { documentChart, kindChart } from './chart.js';
import type { DocumentSummary } from './summary.js';

function summary(id: string, quantity: number, location: number): DocumentSummary {
  const counts = Object.fromEntries(FACT_KINDS.map((k) => [k, 0])) as DocumentSummary['counts'];
  return {
    id,
    date: '2024-01',
    title: id,
    href: `docs/${id}.html`,
    counts: { ...counts, quantity, location },
    total: quantity + location,
    problems: 0,
  };
}

describe('kindChart', () => {
  it('draws one bar per kind labelled with its total', () => {
    const svg = kindChart([summary('a', 3, 1), summary('b', 1, 0)]);
    expect(svg.match(/<rect /g)).toHaveLength(FACT_KINDS.length);
    expect(svg).toMatch(/<g class="k-quantity">.*>4<\/text><\/g>/);
  });
});

describe('documentChart', () => {
  it('stacks each document column from the bottom, the tallest reaching the top', () => {
    const svg = documentChart([summary('a', 2, 2), summary('b', 1, 0)]);
    // a: 4 facts of at most 4, quantity 2 at the bottom half, location on top of it.
    expect(svg).toContain('<path class="k-quantity stack" d="M0 60h24v60h-24zM320 90h24v30h-24z"/>');
    expect(svg).toContain('<path class="k-location stack" d="M0 0h24v60h-24z"/>');
  });

  it('keeps a thousand documents to one path per kind', () => {
    const many = Array.from({ length: 1000 }, (_, i) => summary(`d${i}`, i % 7, 1));
    expect(documentChart(many).match(/<path /g)).toHaveLength(FACT_KINDS.length);
  });
});

describe('documentChart of a big report', () => {
  it('draws groups of documents as columns of their mean', () => {
    const many = Array.from({ length: 480 }, (_, i) => summary(`d${i}`, i % 2 === 0 ? 4 : 0, 0));
    const svg = documentChart(many);
    expect(svg).toContain('each column the mean of 2');
    // Every column holds one document of 4 and one of 0: all reach the top.
    const rects = svg.match(/M[\d.]+ 0h/g) ?? [];
    expect(rects).toHaveLength(240);
  });
});
