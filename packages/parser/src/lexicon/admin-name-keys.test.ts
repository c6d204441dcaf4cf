import { describe, expect, it } from 'vitest';
import { ADMIN_NAMES, ADMIN_UNITS } from './admin-units.js';
import { readDataFile } from './data-file.js';
import { phraseShape } from './phrase-index.js';

const { shapes } = readDataFile('admin-name-keys.json') as {
  shapes: Record<string, [string, string, number] | null>;
};

describe('data/admin-name-keys.json', () => {
  it('holds the shape of every unit name as the phrase index makes it now (rerun scripts/build-admin-name-keys.mjs if not)', () => {
    const stale: string[] = [];
    for (const name of new Set(ADMIN_UNITS.map((u) => u.name))) {
      const shape = phraseShape(name);
      const expected = shape && [shape.key, shape.firstWord, shape.length];
      if (!Object.hasOwn(shapes, name) || JSON.stringify(shapes[name]) !== JSON.stringify(expected)) {
        stale.push(name);
      }
    }
    expect(stale).toEqual([]);
  });

  it('lets the index find names in running text', () => {
    // "Đắk R'lấp": an apostrophe inside a word; "Bà Rịa - Vũng Tàu": a dash between words.
    for (const name of ["Đắk R'Lấp", 'Bà Rịa - Vũng Tàu', 'Bình Phước']) {
      expect(ADMIN_NAMES.get(name).length).toBeGreaterThan(0);
    }
  });
});
