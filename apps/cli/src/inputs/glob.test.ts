import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp } from './glob.js';

describe('globBase', () => {
  it('keeps the leading folders without glob syntax', () => {
    expect(globBase('corpus/2024/**/*.txt')).toBe('corpus/2024');
    expect(globBase('*.txt')).toBe('.');
    expect(globBase('/data/a*/x.txt')).toBe('/data');
  });
});

describe('globToRegExp', () => {
  it('lets ** span folders and * stay in one', () => {
    const re = globToRegExp('**/*.txt');
    expect(re.test('a.txt')).toBe(true);
    expect(re.test('x/y/a.txt')).toBe(true);
    expect(re.test('x/a.md')).toBe(false);
    expect(globToRegExp('*.txt').test('x/a.txt')).toBe(false);
  });
  it('reads classes, choices and ?', () => {
    expect(globToRegExp('00[0-3]_?.{txt,text}').test('002_a.text')).toBe(true);
    expect(globToRegExp('00[0-3]_?.{txt,text}').test('004_a.txt')).toBe(false);
    expect(globToRegExp('[!a]*.txt').test('a1.txt')).toBe(false);
  });
  it('matches dots and parentheses literally', () => {
    expect(globToRegExp('a.(1).txt').test('a.(1).txt')).toBe(true);
    expect(globToRegExp('a.txt').test('abtxt')).toBe(false);
  });
});
