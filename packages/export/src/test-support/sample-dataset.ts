import {
  compareFacts,
  type Dataset,
  type Document,
  type Fact,
  type FactKind,
  type FactOf,
} from '@dukien/core';

// Composed for these tests: quotes, commas and a line break inside cells, a negative
// change, a ratio, a range, a period and a title that a spreadsheet would run as a formula.
const TEXT_A = [
  '=HYPERLINK("http://x","y") Tỉnh Quảng Trị, "năm 2024"',
  '',
  'Sáng 12/3/2024, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn B cho biết 9/10 huyện đạt chuẩn.',
  'Tăng trưởng GRDP ước đạt 7,5%; xuất khẩu giảm 5 triệu USD, từ 8,5 - 9%.',
  '',
  'Minh Anh',
].join('\n');

const TEXT_B = 'UBND tỉnh Đồng Nai có +3 dự án mới.\nMinh Châu';

/** The evidence of the first occurrence of `needle` after `from`, in code points. */
function at(documentId: string, text: string, needle: string, from = 0) {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`sample: "${needle}" not in ${documentId}`);
  const start = [...text.slice(0, i)].length;
  const end = start + [...needle].length;
  return { documentId, evidence: { start, end, text: needle } };
}

function fact<K extends FactKind>(
  base: ReturnType<typeof at>,
  rest: Omit<FactOf<K>, 'id' | 'documentId' | 'evidence'> & { kind: K },
): FactOf<K> {
  const { start, end } = base.evidence;
  return { id: `${base.documentId}:${rest.kind}:${start}-${end}`, ...base, ...rest } as FactOf<K>;
}

const DOC_A: Document = {
  id: 'qt/2024-03-a',
  source: 'qt/2024-03-a.txt',
  sha256: '0123456789abcdef'.repeat(4),
  date: '2024-03',
  title: '=HYPERLINK("http://x","y") Tỉnh Quảng Trị, "năm 2024"',
  byline: 'Minh Anh',
  captions: ['Ảnh: lễ ký kết', '-Đại biểu dự hội nghị'],
  paragraphs: [
    { start: 0, end: 53, role: 'title' },
    { start: 55, end: 145, role: 'lead' },
    { start: 146, end: 217, role: 'body' },
    { start: 219, end: 227, role: 'byline' },
  ],
  text: TEXT_A,
};

const DOC_B: Document = {
  id: 'dn/2024-05-b',
  source: 'dn/2024-05-b.txt',
  sha256: 'f'.repeat(64),
  date: '2024-05',
  title: '',
  byline: null,
  captions: [],
  paragraphs: [],
  text: TEXT_B,
};

const A = (needle: string, from?: number) => at(DOC_A.id, TEXT_A, needle, from);
const B = (needle: string) => at(DOC_B.id, TEXT_B, needle);

const facts: Fact[] = [
  fact(A('Quảng Trị'), { kind: 'location', name: 'Quảng Trị', type: 'province', code: '45' }),
  fact(A('Sáng 12/3/2024'), {
    kind: 'time',
    start: '2024-03-12',
    end: '2024-03-12',
    granularity: 'day',
    partOfDay: 'sáng',
    duration: null,
    relative: false,
  }),
  fact(A('Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn B'), {
    kind: 'person',
    name: 'Lê Văn B',
    titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
    rank: null,
  }),
  fact(A('HĐND tỉnh'), {
    kind: 'organization',
    name: 'Hội đồng nhân dân tỉnh',
    shortName: 'HĐND tỉnh',
    type: 'council',
  }),
  fact(A('9/10 huyện'), {
    kind: 'quantity',
    value: 9,
    valueMax: null,
    unit: 'huyện',
    per: null,
    approx: 'exact',
    ratio: [9, 10],
    change: null,
  }),
  fact(A('ước đạt 7,5%'), {
    kind: 'indicator',
    subject: 'Quảng Trị',
    indicator: 'grdp_growth',
    value: 7.5,
    unit: '%',
    period: { start: '2024-01-01', end: null },
    status: 'estimate',
  }),
  fact(A('5 triệu USD'), {
    kind: 'quantity',
    value: -5000000,
    valueMax: null,
    unit: 'USD',
    per: null,
    approx: 'exact',
    ratio: null,
    change: 'decrease',
  }),
  fact(A('8,5 - 9%'), {
    kind: 'quantity',
    value: 8.5,
    valueMax: 9,
    unit: '%',
    per: null,
    approx: 'about',
    ratio: null,
    change: null,
  }),
  fact(B('UBND tỉnh Đồng Nai'), {
    kind: 'organization',
    name: 'Ủy ban nhân dân tỉnh Đồng Nai',
    shortName: 'UBND tỉnh Đồng Nai',
    type: 'government',
  }),
  fact(B('Đồng Nai'), { kind: 'location', name: 'Đồng Nai', type: 'province', code: '75' }),
  fact(B('+3 dự án'), {
    kind: 'quantity',
    value: 3,
    valueMax: null,
    unit: 'dự án',
    per: null,
    approx: 'exact',
    ratio: null,
    change: 'increase',
  }),
];

/** A small, valid dataset in dataset order with at least one fact of every kind. */
export function sampleDataset(): Dataset {
  return structuredClone({
    schemaVersion: '1.0.0',
    generator: { name: 'dukien', version: '0.1.0' },
    documents: [DOC_B, DOC_A].sort((a, b) => (a.id < b.id ? -1 : 1)),
    facts: [...facts].sort(compareFacts),
  });
}
