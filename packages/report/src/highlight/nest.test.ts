import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Mark, nestSpans, type Span } from './nest.js';
import { renderMarks } from './render.js';

interface TestSpan extends Span {
  readonly id: string;
}

const byId = (a: TestSpan, b: TestSpan) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Marks as [id, start, end, flags, children], easy to compare whole. */
function shape(marks: readonly Mark<TestSpan>[]): unknown[] {
  return marks.map((m) => [
    m.item.id,
    m.start,
    m.end,
    `${m.continuation ? 'cont' : 'own'}${m.continues ? '+' : ''}`,
    shape(m.children),
  ]);
}

function html(text: string, spans: TestSpan[]): string {
  return renderMarks(
    text,
    nestSpans(spans, byId),
    (m) => (m.continuation ? `<i data-of="${m.item.id}">` : `<b data-id="${m.item.id}">`),
    '</x>',
  ).replace(/<\/x>/g, ']');
}

describe('nestSpans', () => {
  it('nests a place inside an organization name', () => {
    // "UBND tỉnh Nghệ An": the organization spans it all, the place sits inside.
    const spans = [
      { id: 'loc', start: 10, end: 17 },
      { id: 'org', start: 0, end: 17 },
    ];
    expect(shape(nestSpans(spans, byId))).toEqual([['org', 0, 17, 'own', [['loc', 10, 17, 'own', []]]]]);
  });

  it('puts spans of the same range one inside the other, in tie-break order', () => {
    const spans = [
      { id: 'b', start: 2, end: 5 },
      { id: 'a', start: 2, end: 5 },
    ];
    expect(shape(nestSpans(spans, byId))).toEqual([['a', 2, 5, 'own', [['b', 2, 5, 'own', []]]]]);
  });

  it('keeps touching spans side by side', () => {
    const spans = [
      { id: 'a', start: 0, end: 3 },
      { id: 'b', start: 3, end: 6 },
    ];
    expect(shape(nestSpans(spans, byId))).toEqual([
      ['a', 0, 3, 'own', []],
      ['b', 3, 6, 'own', []],
    ]);
  });

  it('gives a crossing span its first segment and a continuation after the open span closes', () => {
    const text = '0123456789ABCDE';
    const spans = [
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
    ];
    expect(shape(nestSpans(spans, byId))).toEqual([
      ['a', 0, 10, 'own', [['b', 5, 10, 'own+', []]]],
      ['b', 10, 15, 'cont', []],
    ]);
    expect(html(text, spans)).toBe('<b data-id="a">01234<b data-id="b">56789]]<i data-of="b">ABCDE]');
  });

  it('nests a span that starts where a crossing span continues inside the continuation', () => {
    const spans = [
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
      { id: 'c', start: 11, end: 13 },
    ];
    expect(shape(nestSpans(spans, byId))).toEqual([
      ['a', 0, 10, 'own', [['b', 5, 10, 'own+', []]]],
      ['b', 10, 15, 'cont', [['c', 11, 13, 'own', []]]],
    ]);
  });

  it('counts the levels of marks inside each mark', () => {
    const marks = nestSpans(
      [
        { id: 'a', start: 0, end: 9 },
        { id: 'b', start: 1, end: 8 },
        { id: 'c', start: 2, end: 3 },
        { id: 'd', start: 5, end: 6 },
      ],
      byId,
    );
    expect(marks[0]!.height).toBe(2);
    expect(marks[0]!.children[0]!.height).toBe(1);
    expect(marks[0]!.children[0]!.children.map((m) => m.height)).toEqual([0, 0]);
  });
});

const spansArbitrary = fc.array(
  fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 15 })).map(([start, length]) => ({ start, length })),
  { maxLength: 25 },
);

describe('nestSpans on any set of spans', () => {
  const text = 'Sáng 11/11, UBND tỉnh Hà Tĩnh có 1.272 triệu USD <b>&'.padEnd(56, '.');

  it('writes the text back unchanged, one mark naming each span, and well-formed markup', () => {
    fc.assert(
      fc.property(spansArbitrary, (raw) => {
        const spans = raw.map(({ start, length }, i) => ({ id: `s${i}`, start, end: start + length }));
        const out = html(text, spans);
        const tags = out.match(/<[bi] data-(?:id|of)="s\d+">|]/g) ?? [];
        let depth = 0;
        for (const tag of tags) {
          depth += tag === ']' ? -1 : 1;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        const plain = out.replace(/<[bi] data-(?:id|of)="s\d+">|]/g, '');
        expect(plain).toBe(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
        for (const span of spans) {
          expect(out.split(`<b data-id="${span.id}">`).length - 1).toBe(1);
        }
      }),
    );
  });

  it('covers each span exactly with its mark and its continuations', () => {
    fc.assert(
      fc.property(spansArbitrary, (raw) => {
        const spans = raw.map(({ start, length }, i) => ({ id: `s${i}`, start, end: start + length }));
        const covered = new Map<string, Array<[number, number]>>();
        const walk = (marks: readonly Mark<TestSpan>[], parent: Span | null) => {
          for (const m of marks) {
            if (parent) expect(parent.start <= m.start && m.end <= parent.end).toBe(true);
            covered.set(m.item.id, [...(covered.get(m.item.id) ?? []), [m.start, m.end]]);
            walk(m.children, m);
          }
        };
        walk(nestSpans(spans, byId), null);
        for (const span of spans) {
          const parts = (covered.get(span.id) ?? []).sort((a, b) => a[0] - b[0]);
          expect(parts[0]![0]).toBe(span.start);
          expect(parts[parts.length - 1]![1]).toBe(span.end);
          for (let i = 1; i < parts.length; i++) expect(parts[i]![0]).toBe(parts[i - 1]![1]);
        }
      }),
    );
  });
});
