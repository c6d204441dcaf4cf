import type { Dataset } from '../schemas/dataset.js';

const TEXT = 'Tỉnh Gia Lai có 45 dự án, vốn 2,5 tỷ đồng.\n\nNgọc Lan';

/** A small valid dataset with one fact of every kind, written by hand. */
export function validDataset(): Dataset {
  const base = (kind: string, start: number, end: number) => ({
    id: `doc:${kind}:${start}-${end}`,
    documentId: 'doc',
    evidence: { start, end, text: TEXT.slice(start, end) },
  });
  return {
    schemaVersion: '1.0.0',
    generator: { name: 'dukien', version: '0.1.0' },
    documents: [
      {
        id: 'doc',
        source: 'doc.txt',
        sha256: 'a'.repeat(64),
        date: '2024-05',
        title: 'Gia Lai thu hút đầu tư',
        byline: 'Ngọc Lan',
        captions: [],
        paragraphs: [
          { start: 0, end: 42, role: 'lead' },
          { start: 44, end: 52, role: 'byline' },
        ],
        text: TEXT,
      },
    ],
    facts: [
      {
        ...base('quantity', 16, 24),
        kind: 'quantity',
        value: 45,
        valueMax: null,
        unit: 'dự án',
        per: null,
        approx: 'exact',
        ratio: null,
        change: null,
      },
      {
        ...base('location', 0, 11),
        kind: 'location',
        name: 'Gia Lai',
        type: 'province',
        code: '64',
      },
      {
        ...base('time', 0, 4),
        kind: 'time',
        start: '2024-05-01',
        end: '2024-05-31',
        granularity: 'month',
        partOfDay: null,
        duration: null,
        relative: false,
      },
      { ...base('person', 44, 52), kind: 'person', name: 'Ngọc Lan', titles: [], rank: null },
      { ...base('organization', 0, 4), kind: 'organization', name: 'Tỉnh', shortName: null, type: 'other' },
      {
        ...base('indicator', 16, 24),
        kind: 'indicator',
        subject: 'Gia Lai',
        indicator: 'fdi_projects',
        value: 45,
        unit: 'dự án',
        period: { start: null, end: '2024-05-31' },
        status: 'actual',
      },
    ],
  };
}

// biome-ignore lint/suspicious/noExplicitAny: samples are broken on purpose, at arbitrary paths
type Loose = Record<string, any>;
type Mutation = (d: Loose) => void;

/** Datasets that both zod and ajv must reject, by what is wrong with them. */
export function invalidDatasets(): Record<string, unknown> {
  const cases: Record<string, Mutation> = {
    'unknown schema version': (d) => {
      d.schemaVersion = '0.9';
    },
    'a fact of an unknown kind': (d) => {
      d.facts[0].kind = 'event';
    },
    'a negative offset': (d) => {
      d.facts[0].evidence.start = -1;
    },
    'a fractional offset': (d) => {
      d.facts[0].evidence.end = 2.5;
    },
    'empty evidence text': (d) => {
      d.facts[0].evidence.text = '';
    },
    'a value given as a string': (d) => {
      d.facts[0].value = '45';
    },
    'a missing unit (null is required, not absence)': (d) => {
      delete d.facts[0].unit;
    },
    'an unknown approx': (d) => {
      d.facts[0].approx = 'roughly';
    },
    'a ratio with three members': (d) => {
      d.facts[0].ratio = [1, 2, 3];
    },
    'an extra property on a fact': (d) => {
      d.facts[0].confidence = 0.9;
    },
    'an impossible date': (d) => {
      d.facts[2].start = '2024-02-30';
    },
    'a date with time': (d) => {
      d.facts[2].end = '2024-05-31T00:00:00Z';
    },
    'a month 13 document date': (d) => {
      d.documents[0].date = '2024-13';
    },
    'an upper-case sha256': (d) => {
      d.documents[0].sha256 = 'A'.repeat(64);
    },
    'an unknown paragraph role': (d) => {
      d.documents[0].paragraphs[0].role = 'footer';
    },
    'titles not an array': (d) => {
      d.facts[3].titles = 'Bí thư';
    },
    'an unknown location type': (d) => {
      d.facts[1].type = 'planet';
    },
    'an indicator key with spaces': (d) => {
      d.facts[5].indicator = 'grdp growth';
    },
    'an unknown indicator status': (d) => {
      d.facts[5].status = 'maybe';
    },
    'a missing generator': (d) => {
      delete d.generator;
    },
  };
  const out: Record<string, unknown> = {};
  for (const [label, mutate] of Object.entries(cases)) {
    const d = structuredClone(validDataset()) as unknown as Loose;
    mutate(d);
    out[label] = d;
  }
  return out;
}
