import { describe, expect, it } from 'vitest';
import type { CellIssue } from './cell-value.js';
import { escapeCellText, inlineStringXml, truncateForExcel, xmlText } from './text.js';

function run(text: string) {
  const issues: CellIssue[] = [];
  return { xml: inlineStringXml(text, (issue) => issues.push(issue)), issues };
}

describe('xmlText', () => {
  it('escapes what XML character data cannot carry and nothing else', () => {
    expect(xmlText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(xmlText('"quoted" \'too\'')).toBe('"quoted" \'too\'');
    expect(xmlText('&amp;')).toBe('&amp;amp;');
  });
});

describe('escapeCellText', () => {
  it("writes characters XML cannot carry, and text that looks like one, as OOXML's _xHHHH_", () => {
    expect(escapeCellText('a\rb')).toBe('a_x000D_b');
    expect(escapeCellText('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeCellText('lone \ud800 pair 😀')).toBe('lone _xD800_ pair 😀');
    expect(escapeCellText('tab\tand\nnewline')).toBe('tab\tand\nnewline');
  });
});

describe('truncateForExcel', () => {
  it('does not split a surrogate pair', () => {
    expect(truncateForExcel('ab😀', 3)).toBe('ab');
    expect(truncateForExcel('abc', 3)).toBeNull();
  });
});

describe('inlineStringXml', () => {
  it('writes a run of escaped text', () => {
    expect(run('Hà Nội <1> & \r.')).toEqual({
      xml: '<r><t>Hà Nội &lt;1&gt; &amp; _x000D_.</t></r>',
      issues: [],
    });
  });

  it('marks text a reader would trim as space to preserve', () => {
    for (const text of [' lề', 'lề ', 'a\nb', '\tx', 'x\u00a0']) {
      expect(run(text).xml).toBe(`<r><t xml:space="preserve">${text}</t></r>`);
    }
    expect(run('a b').xml).toBe('<r><t>a b</t></r>');
    expect(run('').xml).toBe('<r><t></t></r>');
  });

  it("cuts text to Excel's limit and says so", () => {
    const { xml, issues } = run('x'.repeat(40_000));
    expect(xml).toBe(`<r><t>${'x'.repeat(32_767)}</t></r>`);
    expect(issues).toEqual([{ code: 'xlsx/text_truncated', length: 40_000, kept: 32_767 }]);
  });
});
