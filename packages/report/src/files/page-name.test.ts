import { describe, expect, it } from 'vitest';
import { pageName } from './page-name.js';

describe('pageName', () => {
  it('keeps a plain id as it is', () => {
    expect(pageName('000_64df843035bf8b4e')).toBe('000_64df843035bf8b4e.html');
  });

  it('writes folders, dots and Vietnamese letters as escapes that need no URL encoding', () => {
    expect(pageName('qt/../Đà')).toBe('qt~2F~2E~2E~2F~C4~90~C3~A0.html');
    expect(encodeURIComponent(pageName('qt/../Đà'))).toBe(pageName('qt/../Đà'));
  });

  it('tells apart ids that differ only by an escape-looking part', () => {
    expect(pageName('a~2F')).not.toBe(pageName('a/'));
  });

  it('keeps long names short enough for a file system and still distinct', () => {
    const a = pageName(`${'Đ'.repeat(100)}a`);
    const b = pageName(`${'Đ'.repeat(100)}b`);
    expect(a.length).toBeLessThanOrEqual(185);
    expect(a).not.toBe(b);
  });
});
