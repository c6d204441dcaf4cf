import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeHtml, jsonForScript } from './escape.js';

describe('escapeHtml', () => {
  it('keeps a script tag from an article as text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes ampersands first so entities in the text stay visible', () => {
    expect(escapeHtml('&lt; & Đà Nẵng')).toBe('&amp;lt; &amp; Đà Nẵng');
  });
});

describe('escapeAttribute', () => {
  it('closes no attribute whatever quote it uses', () => {
    expect(escapeAttribute(`a" onmouseover='x' b`)).toBe('a&quot; onmouseover=&#39;x&#39; b');
  });
});

describe('jsonForScript', () => {
  it('cannot end the script element and parses back to the same value', () => {
    const value = { title: '</script><script>alert(1)</script>', note: 'a\u2028b <!-- c' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
