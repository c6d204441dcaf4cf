import { describe, expect, it } from 'vitest';
import type { CellIssue } from './cell-value.js';
import { CellXml } from './cell-xml.js';

const STYLES = { text: 1, integer: 2, date: 3 };

function render(type: ConstructorParameters<typeof CellXml>[0], value: Parameters<CellXml['render']>[1]) {
  const issues: CellIssue[] = [];
  const xml = new CellXml(type, STYLES).render('C7', value, (issue) => issues.push(issue));
  return { xml, issues };
}

describe('CellXml', () => {
  it('writes a number as a number cell, with the "0" format only in an integer column', () => {
    expect(render('integer', 1272000000).xml).toBe('<c r="C7" s="2"><v>1272000000</v></c>');
    expect(render('number', -3.25).xml).toBe('<c r="C7"><v>-3.25</v></c>');
    expect(render('number', 5e-324).xml).toBe('<c r="C7"><v>5e-324</v></c>');
  });

  it('leaves out a missing value and a number Excel cannot hold, warning about the number', () => {
    expect(render('number', null)).toEqual({ xml: '', issues: [] });
    expect(render('number', undefined)).toEqual({ xml: '', issues: [] });
    expect(render('number', Number.POSITIVE_INFINITY)).toEqual({
      xml: '',
      issues: [{ code: 'xlsx/number_not_finite', value: 'Infinity' }],
    });
  });

  it('writes a boolean as a boolean cell', () => {
    expect(render('boolean', true).xml).toBe('<c r="C7" t="b"><v>1</v></c>');
    expect(render('boolean', false).xml).toBe('<c r="C7" t="b"><v>0</v></c>');
  });

  it('writes a date as its day number with the date format', () => {
    expect(render('date', '2024-05-01').xml).toBe('<c r="C7" s="3"><v>45413</v></c>');
  });

  it('keeps a date Excel cannot show, or no calendar day, as text', () => {
    expect(render('date', '1858-09-01')).toEqual({
      xml: '<c r="C7" s="1" t="inlineStr"><is><r><t>1858-09-01</t></r></is></c>',
      issues: [],
    });
    expect(render('date', '2023-02-30')).toEqual({
      xml: '<c r="C7" s="1" t="inlineStr"><is><r><t>2023-02-30</t></r></is></c>',
      issues: [{ code: 'xlsx/date_invalid', value: '2023-02-30' }],
    });
  });

  it('writes text as an inline string in the Text format, never as a formula', () => {
    expect(render('string', '=SUM(A1:A2)').xml).toBe(
      '<c r="C7" s="1" t="inlineStr"><is><r><t>=SUM(A1:A2)</t></r></is></c>',
    );
    expect(render('string', 'a < b & c').xml).toBe(
      '<c r="C7" s="1" t="inlineStr"><is><r><t>a &lt; b &amp; c</t></r></is></c>',
    );
  });

  it('leaves out the s attribute for a format that is the default', () => {
    const plain = new CellXml('integer', { text: 0, integer: 0, date: 0 });
    expect(plain.render('A1', 7, () => {})).toBe('<c r="A1"><v>7</v></c>');
    expect(plain.render('A1', 'x', () => {})).toBe('<c r="A1" t="inlineStr"><is><r><t>x</t></r></is></c>');
  });
});
