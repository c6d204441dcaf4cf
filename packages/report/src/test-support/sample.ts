import type { Dataset, Document, Fact, FactKind, FactOf } from '../core.js';

/** A document around `text`, composed for tests. */
export function sampleDocument(id: string, text: string, title = text.split('\n')[0] ?? ''): Document {
  return {
    id,
    source: `${id}.txt`,
    sha256: 'a'.repeat(64),
    date: '2024-05',
    title,
    byline: null,
    captions: [],
    paragraphs: [],
    text,
  };
}

const DEFAULTS: { [K in FactKind]: Omit<FactOf<K>, 'id' | 'documentId' | 'evidence' | 'kind'> } = {
  quantity: { value: 1, valueMax: null, unit: null, per: null, approx: 'exact', ratio: null, change: null },
  time: {
    start: '2024-01-01',
    end: '2024-12-31',
    granularity: 'year',
    partOfDay: null,
    duration: null,
    relative: false,
  },
  person: { name: 'Nguyễn Văn A', titles: [], rank: null },
  organization: { name: 'Ủy ban nhân dân tỉnh', shortName: null, type: 'government' },
  location: { name: 'Đồng Nai', type: 'province', code: null },
  indicator: {
    subject: 'Đồng Nai',
    indicator: 'grdp_growth',
    value: 7.5,
    unit: '%',
    period: { start: null, end: null },
    status: 'actual',
  },
};

/** A fact on the `nth` (1-based) occurrence of `needle`, offsets in code points. */
export function sampleFact<K extends FactKind>(
  document: Document,
  kind: K,
  needle: string,
  fields: Partial<FactOf<K>> = {},
  nth = 1,
): FactOf<K> {
  let at = -1;
  for (let n = 0; n < nth; n++) at = document.text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`sample: "${needle}" not in ${document.id}`);
  const start = [...document.text.slice(0, at)].length;
  const end = start + [...needle].length;
  return {
    id: `${document.id}:${kind}:${start}-${end}`,
    documentId: document.id,
    kind,
    evidence: { start, end, text: needle },
    ...DEFAULTS[kind],
    ...fields,
  } as unknown as FactOf<K>;
}

/** A dataset of the given documents and facts. */
export function sampleDataset(documents: Document[], facts: Fact[]): Dataset {
  return { schemaVersion: '1.0.0', generator: { name: 'test', version: '0' }, documents, facts };
}
