import { describe, expect, it } from 'vitest';
import { readHeader } from './header.js';

describe('readHeader', () => {
  it('reads month and title, tolerating leading white space and a BOM', () => {
    expect(readHeader('  date 2022-07 Bắc Ninh thu hút vốn FDI\nx')).toEqual({
      ok: true,
      date: '2022-07',
      title: 'Bắc Ninh thu hút vốn FDI',
      start: 2,
      end: 39,
    });
    expect(readHeader('\uFEFFdate 2022-07 Tin').ok).toBe(true);
    expect(readHeader('Date 2022-07').ok && readHeader('Date 2022-07')).toMatchObject({ title: '' });
  });

  it.each([
    ['date 2023-13 Tin', 'month 13'],
    ['date 2023-00 Tin', 'month 00'],
    ['date 23-11 Tin', '"23-11"'],
    ['Tin tức 2023', '"Tin tức 2023"'],
    ['', '""'],
  ])('names what it found in %j', (line, found) => {
    const header = readHeader(line);
    expect(header.ok).toBe(false);
    if (!header.ok) expect(header.message).toContain(found);
  });
});
