import { createHash } from 'node:crypto';
import { compareFacts, Dataset, type Fact, sliceCodePoints } from '@dukien/core';
import { describe, expect, it } from 'vitest';
import { gazetteer } from './gazetteer.js';
import { generateArticle } from './generate.js';

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);
const articles = SEEDS.map((seed) => generateArticle(seed));
const allFacts = articles.flatMap((a) => a.facts.facts);
const ofKind = <K extends Fact['kind']>(kind: K) =>
  allFacts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);

describe('generateArticle', () => {
  it('gives the same bytes and facts for the same seed, other bytes for another', () => {
    const a = generateArticle(42);
    const b = generateArticle(42);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.facts).toEqual(b.facts);
    expect(Buffer.from(generateArticle(43).bytes).equals(Buffer.from(a.bytes))).toBe(false);
  });

  it('writes the corpus format: header line, blank line, paragraphs, byline last', () => {
    for (const { text, facts } of articles) {
      expect(text).toMatch(/^ ?date \d{4}-\d{2} \S/);
      expect(text.split('\n')[1]).toBe('');
      expect(text).not.toMatch(/\n{3}/);
      const doc = facts.documents[0];
      expect(doc?.paragraphs[0]?.role).toBe('title');
      expect(doc?.paragraphs[1]?.role).toBe('lead');
      expect(doc?.paragraphs.at(-1)?.role).toBe('byline');
      expect(text.trimEnd().endsWith(doc?.byline ?? '∅')).toBe(true);
    }
  });

  it('grounds every fact: its evidence is the canonical text at its code point offsets', () => {
    for (const { text, facts } of articles) {
      expect(text).toBe(text.normalize('NFC'));
      for (const f of facts.facts) {
        expect(sliceCodePoints(text, f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
        expect(f.evidence.text).toBe(f.evidence.text.trim());
      }
    }
  });

  it('passes the Dataset schema, with unique ids in dataset order and the document record filled', () => {
    for (const { bytes, text, facts, fileName } of articles) {
      const parsed = Dataset.safeParse(facts);
      expect(parsed.success, parsed.error?.message).toBe(true);
      const ids = facts.facts.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...facts.facts].sort(compareFacts)).toEqual(facts.facts);
      const doc = facts.documents[0];
      expect(doc?.source).toBe(fileName);
      expect(doc?.text).toBe(text);
      expect(doc?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      const captions = doc?.paragraphs
        .filter((p) => p.role === 'caption')
        .map((p) => text.slice(p.start, p.end));
      expect(doc?.captions).toEqual(captions);
      expect(text.slice(0, doc?.paragraphs[0]?.end)).toContain(doc?.title);
    }
  });

  it('keeps verbs and prepositions out of spans, as seeds/README.md says', () => {
    for (const t of ofKind('time')) expect(t.evidence.text).not.toMatch(/^(?:đến|từ|trong|vào|tại|tới)\s/iu);
    for (const q of ofKind('quantity')) expect(q.evidence.text).not.toMatch(/^(?:đạt|tăng|giảm|gấp|là)\s/iu);
    for (const l of ofKind('location')) {
      if (l.type !== 'road' && l.type !== 'industrial_zone')
        expect(l.evidence.text).not.toMatch(/^(?:tỉnh|huyện|xã)\s/u);
    }
  });

  it('reads no quantity or time in document numbers and session ordinals', () => {
    for (const { text, facts } of articles) {
      for (const m of text.matchAll(
        /\d+(?:\/\d{4})?[-/](?:NQ|QĐ|KH|CT)[-/][\p{L}]+|kỳ họp thứ \S+|khóa [IVX]+|lần thứ [IVX]+/gu,
      )) {
        const start = m.index;
        const end = start + m[0].length;
        const hit = facts.facts.filter(
          (f) =>
            (f.kind === 'quantity' || f.kind === 'time') && f.evidence.start < end && f.evidence.end > start,
        );
        expect(hit, m[0]).toEqual([]);
      }
    }
  });

  it('puts a quantity with the same value inside every indicator', () => {
    for (const { facts } of articles) {
      for (const ind of facts.facts.filter((f) => f.kind === 'indicator')) {
        const inside = facts.facts.filter(
          (f) =>
            f.kind === 'quantity' &&
            f.evidence.start >= ind.evidence.start &&
            f.evidence.end <= ind.evidence.end &&
            f.value === ind.value,
        );
        expect(inside.length, ind.evidence.text).toBeGreaterThan(0);
      }
    }
  });

  it('covers many forms over 200 seeds', () => {
    const quantityTexts = ofKind('quantity').map((q) => q.evidence.text);
    const some = (re: RegExp) => quantityTexts.some((t) => re.test(t));
    expect(some(/\d\.\d{3}(?!\d)/)).toBe(true); // "1.272"
    expect(some(/\d,\d/)).toBe(true); // "7,92"
    expect(some(/\d\.\d{3},\d/)).toBe(true); // "12.345,6"
    expect(some(/^(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|một trăm)\b/u)).toBe(true); // words
    expect(some(/mười lăm|mươi/u)).toBe(true);
    expect(some(/nghìn tỷ|ngàn tỷ/u)).toBe(true);
    expect(some(/ tỷ đồng$/u) && some(/ triệu USD$/u) && some(/VNĐ$/u)).toBe(true);
    expect(some(/^từ \S+ đến /u) && some(/\d - \d/)).toBe(true);
    expect(some(/\/người\/năm$/u)).toBe(true);
    expect(some(/^\d+\/\d+ (?:huyện|xã)/u)).toBe(true);
    expect(some(/ lần$/u)).toBe(true);
    expect(some(/^một nửa|^gần một nửa/u)).toBe(true);
    const quantities = ofKind('quantity');
    expect(new Set(quantities.map((q) => q.approx))).toEqual(
      new Set(['exact', 'over', 'under', 'nearly', 'about']),
    );
    expect(new Set(quantities.map((q) => q.change))).toEqual(new Set([null, 'increase', 'decrease']));
    const units = new Set(quantities.map((q) => q.unit));
    for (const u of ['VND', 'USD', '%', 'pp', 'ha', 'km', 'km2', 'tấn', 'lần', 'dự án', 'lao động', null]) {
      expect(units.has(u), String(u)).toBe(true);
    }
    expect(quantities.some((q) => q.valueMax !== null && q.unit === 'VND')).toBe(true);

    const times = ofKind('time');
    expect(new Set(times.map((t) => t.granularity))).toEqual(
      new Set(['day', 'month', 'quarter', 'half', 'year', 'range', 'duration']),
    );
    const timeTexts = times.map((t) => t.evidence.text);
    for (const re of [
      /^\S+ \d{1,2}\/\d{1,2}$/u,
      /\d-\d{1,2}$/,
      /\d\.\d{1,2}$/,
      /\d\/\d{1,2}\/\d{4}$/,
      /quý [IV]+\/\d{4}/u,
      /tháng đầu năm/u,
      /giai đoạn \d{4}/u,
      /nhiệm kỳ \d{4}/u,
      /thời kỳ \d{4}/u,
    ]) {
      expect(
        timeTexts.some((t) => re.test(t)),
        String(re),
      ).toBe(true);
    }
    expect(new Set(times.map((t) => t.partOfDay))).toEqual(new Set([null, 'sáng', 'chiều', 'tối', 'trưa']));
    expect(
      times.some((t) => t.relative && t.start === null) && times.some((t) => t.relative && t.start !== null),
    ).toBe(true);

    const people = ofKind('person');
    const syllables = new Set(people.map((p) => p.name.split(' ').length));
    for (const n of [2, 3, 4]) expect(syllables.has(n), `${n} syllables`).toBe(true);
    expect(people.some((p) => p.rank !== null && p.titles.length > 1)).toBe(true);
    expect(people.some((p) => p.titles.length === 0)).toBe(true);

    expect(new Set(ofKind('organization').map((o) => o.type)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(ofKind('location').map((l) => l.type))).toEqual(
      new Set(['province', 'city', 'district', 'commune', 'industrial_zone', 'region', 'country', 'road']),
    );
    const indicators = ofKind('indicator');
    expect(new Set(indicators.map((i) => i.status))).toEqual(new Set(['actual', 'estimate', 'target']));
    expect(new Set(indicators.map((i) => i.indicator)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(articles.map((a) => a.facts.documents[0]?.date.slice(0, 4))).size).toBeGreaterThanOrEqual(
      8,
    );
  });

  it('names an organization by its span alone: abbreviations expanded, no place or country it does not write', () => {
    const provinces = new Set(
      (['pre2025', 'post2025'] as const).flatMap((era) =>
        gazetteer()
          .provinces(era)
          .map((u) => u.name),
      ),
    );
    const organizations = ofKind('organization');
    for (const o of organizations) {
      const written = o.evidence.text;
      for (const place of [...provinces, 'Việt Nam'])
        if (o.name.includes(place)) expect(written, `${written} → ${o.name}`).toContain(place);
      expect(o.name, written).not.toMatch(/\b(UBND|HĐND|MTTQ|CHQS|ĐBQH|BTV|KCN|TNHH|CTCP)\b|Uỷ|\bTP\b/u);
      expect(o.shortName).toBe(o.name === written ? null : written);
    }
    const names = new Set(organizations.map((o) => o.name));
    for (const bare of ['Ủy ban nhân dân tỉnh', 'Hội đồng nhân dân tỉnh', 'Tỉnh ủy', 'Trung ương Đảng'])
      expect(names.has(bare), bare).toBe(true);
  });

  it('dates what no sentence dates by the year a January lead reviews, what stands now by its own', () => {
    const reviews = articles.filter(
      (a) =>
        /^date \d{4}-01 /.test(a.text) &&
        /đánh giá tình hình kinh tế - xã hội (?:năm|cuối năm|đầu năm) \d{4}/.test(a.text),
    );
    const before = reviews.filter((a) => {
      const year = Number(a.text.slice(5, 9));
      return a.text.includes(`kinh tế - xã hội năm ${year - 1}`);
    });
    expect(before.length).toBeGreaterThan(0);
    for (const a of before) {
      const year = Number(a.text.slice(5, 9));
      for (const f of a.facts.facts) {
        if (f.kind !== 'indicator') continue;
        // Rates told with no time of their own: the year reviewed, never the article's.
        if (['forest_cover', 'health_insurance_coverage', 'trained_labor_rate'].includes(f.indicator))
          expect(f.period).not.toEqual({ start: `${year}-01-01`, end: `${year}-12-31` });
        // A zone's area and fill rate, the province's population: the article's year.
        if (
          ['area', 'occupancy_rate', 'population'].includes(f.indicator) &&
          f.period.start?.endsWith('-01-01') &&
          f.period.end?.endsWith('-12-31')
        )
          expect(f.period.start).toBe(`${year}-01-01`);
      }
    }
  });

  it('gives provinces the code of their era: post-2025 articles name the 34 new provinces', () => {
    const post = generateArticle(7, { era: 'post2025' });
    expect((post.facts.documents[0]?.date ?? '') >= '2025-07').toBe(true);
    const locations = post.facts.facts.filter((f) => f.kind === 'location');
    expect(locations.some((l) => l.type === 'district')).toBe(false);
    const newCodes = new Set(
      gazetteer()
        .provinces('post2025')
        .map((u) => u.code),
    );
    expect(newCodes.size).toBe(34);
    for (const l of locations)
      if (l.type === 'province' || l.type === 'city') expect(newCodes.has(l.code ?? '')).toBe(true);
    for (const l of locations) if (l.type === 'commune') expect(l.code).toMatch(/^\d{5}$/);
  });
});
