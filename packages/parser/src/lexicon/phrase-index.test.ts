import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Word } from '../recognize/tokens/tokenize.js';
import { foldForMatch } from '../text/fold.js';
import { PhraseIndex } from './phrase-index.js';

const words = (text: string) => tokenize(text, foldForMatch(text));

// The index as first written: every length from the longest down, each key
// built afresh. The one-pass lookup must agree with it on any text.
function referenceGapKey(gap: string): string | null {
  const squeezed = gap.replace(/[ \u00a0]+/g, '');
  if (squeezed === '') return gap === '' ? '' : ' ';
  if (/^[-–]$/.test(squeezed)) return '-';
  if (squeezed === ',') return ',';
  return null;
}

function referenceKey(list: readonly Word[], from: number, length: number): string | null {
  let key = '';
  for (let j = from; j < from + length; j++) {
    const word = list[j];
    if (!word) return null;
    if (j > from) {
      const sep = referenceGapKey(word.gap);
      if (sep === null) return null;
      key += sep;
    }
    key += word.key;
  }
  return key;
}

function referenceLongestAt(
  phrases: readonly string[],
  list: readonly Word[],
  at: number,
  accept: (matched: readonly Word[]) => boolean,
): number | null {
  const entries = new Map<string, number>();
  const firstWords = new Set<string>();
  let maxWords = 0;
  for (const phrase of phrases) {
    const own = words(phrase.normalize('NFC'));
    const key = referenceKey(own, 0, own.length);
    if (key === null || own.length === 0) continue;
    entries.set(key, own.length);
    firstWords.add(own[0]!.key);
    maxWords = Math.max(maxWords, own.length);
  }
  if (!firstWords.has(list[at]?.key ?? '')) return null;
  for (let length = Math.min(maxWords, list.length - at); length >= 1; length--) {
    const key = referenceKey(list, at, length);
    if (key !== null && entries.has(key) && accept(list.slice(at, at + length))) return length;
  }
  return null;
}

describe('PhraseIndex', () => {
  const index = new PhraseIndex<string>();
  for (const phrase of ['Bà Rịa - Vũng Tàu', 'Bà Rịa', 'Văn hóa, Thể thao và Du lịch', 'Hòa Bình'])
    index.add(phrase, phrase);

  it('takes the longest phrase, across hyphens and commas as the lexicon writes them', () => {
    expect(index.longestAt(words('tỉnh Bà Rịa-Vũng Tàu hôm nay'), 1)?.values).toEqual(['Bà Rịa - Vũng Tàu']);
    expect(index.longestAt(words('Sở Văn hóa, Thể thao và Du lịch'), 1)?.length).toBe(7);
  });

  it('falls back to a shorter phrase when a gap breaks the longer one or accept refuses it', () => {
    expect(index.longestAt(words('Bà Rịa. Vũng Tàu'), 0)?.values).toEqual(['Bà Rịa']);
    const refusesLong = (m: readonly Word[]) => m.length < 4;
    expect(index.longestAt(words('Bà Rịa - Vũng Tàu'), 0, refusesLong)?.values).toEqual(['Bà Rịa']);
  });

  it('matches old and new tone placement alike and nothing at a word that opens no phrase', () => {
    expect(index.longestAt(words('xã Hoà Bình'), 1)?.values).toEqual(['Hòa Bình']);
    expect(index.longestAt(words('xã Hoà Bình'), 0)).toBeNull();
    expect(index.longestAt(words('Bà'), 0)).toBeNull();
  });

  it('agrees with building every key afresh, on any text and any accept rule', () => {
    const vocabulary = [
      'Bà',
      'Rịa',
      'Vũng',
      'Tàu',
      'bà',
      'hòa',
      'Hoà',
      'Bình',
      'TP',
      'HCM',
      'KH',
      'ĐT',
      '1A',
    ];
    const gaps = [' ', ' ', ' ', '-', ' - ', ', ', '. ', '.', '&', '', '  ', '\u00a0', ' – '];
    const text = (parts: [string, string][]) => parts.map(([w, g]) => w + g).join('');
    const pieces = fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...gaps)), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(pieces, { minLength: 1, maxLength: 8 }),
        pieces,
        fc.nat(6),
        (phrases, written, minLength) => {
          const lexicon = new PhraseIndex<string>();
          const forms = phrases.map(text);
          for (const form of forms) lexicon.add(form, form);
          const list = words(text(written));
          const accept = (m: readonly Word[]) => m.length >= minLength % 3;
          for (let at = 0; at < list.length; at++) {
            expect(lexicon.longestAt(list, at, accept)?.length ?? null).toBe(
              referenceLongestAt(forms, list, at, accept),
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
