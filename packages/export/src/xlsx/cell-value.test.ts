import { describe, expect, it } from 'vitest';
import { type CellIssue, excelDateSerial, isoDateToUtc } from './cell-value.js';

function serial(text: string) {
  const issues: CellIssue[] = [];
  return { serial: excelDateSerial(text, (issue) => issues.push(issue)), issues };
}

describe('excelDateSerial', () => {
  it("counts days in Excel's 1900 system", () => {
    expect(serial('2024-05-01')).toEqual({ serial: 45413, issues: [] });
    expect(serial('1970-01-01').serial).toBe(25569);
    // The first day Excel shows as itself, after its 29 February 1900.
    expect(serial('1900-03-01').serial).toBe(61);
    expect(serial('9999-12-31').serial).toBe(2958465);
  });

  it('gives null without a warning for a day before March 1900', () => {
    expect(serial('1900-02-28')).toEqual({ serial: null, issues: [] });
  });

  it('gives null with a warning for text that is no calendar day', () => {
    expect(serial('2023-02-30')).toEqual({
      serial: null,
      issues: [{ code: 'xlsx/date_invalid', value: '2023-02-30' }],
    });
    expect(serial('1 May 2024').issues).toHaveLength(1);
  });
});

describe('isoDateToUtc', () => {
  it('reads years below 100 as themselves', () => {
    expect(isoDateToUtc('0045-03-15')?.getUTCFullYear()).toBe(45);
  });
});
