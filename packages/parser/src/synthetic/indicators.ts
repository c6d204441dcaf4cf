import type { Approx, IndicatorStatus } from '@dukien/core';
import { formatNumber } from './number-format.js';
import {
  type Amount,
  count,
  type Measure,
  money,
  percent,
  physical,
  quantity,
  range,
  ratio,
  someApprox,
} from './quantities.js';
import type { Random } from './random.js';
import { fact, type Seg } from './segment.js';
import type { Period, When } from './times.js';

/**
 * How an indicator is written: phrases from packages/parser/data/indicators.json's
 * vocabulary, the measure it takes, and whether the value comes first
 * ("98 xã đạt chuẩn nông thôn mới") or the phrase does ("tỷ lệ hộ nghèo giảm còn 6,12%").
 */
interface IndicatorSpec {
  key: string;
  phrases: readonly string[];
  measure: (rng: Random, target: boolean) => Measure;
  /** Verbs between phrase and value when the value has no "ước đạt" of its own. */
  verbs: readonly string[];
  /** The value is a change ("chỉ số sản xuất công nghiệp tăng 10,2%"). */
  change?: boolean;
  /** Value first, then this phrase. */
  after?: readonly string[];
  /** Where a time may sit inside the span (after the phrase); false for verbs like "thu hút". */
  timeInside?: boolean;
}

const growth = (rng: Random, target: boolean): Measure =>
  target && rng.chance(0.5) ? range(rng, 'percent') : percent(rng, 3, 12, 2);

const perCapita = (rng: Random): Measure => {
  if (rng.chance(0.75)) {
    const n = rng.int(300, 2000);
    return {
      text: `${formatNumber(n / 10, 1)} triệu đồng`,
      value: n * 100_000,
      valueMax: null,
      unit: 'VND',
      per: null,
      ratio: null,
    };
  }
  const usd = rng.int(1500, 9000);
  return {
    text: `${formatNumber(usd, 0)} USD`,
    value: usd,
    valueMax: null,
    unit: 'USD',
    per: null,
    ratio: null,
  };
};

const people = (rng: Random): Measure => {
  const n = rng.int(5, 40);
  return {
    text: `${formatNumber(n / 10, 1)} triệu người`,
    value: n * 100_000,
    valueMax: null,
    unit: 'người',
    per: null,
    ratio: null,
  };
};

const score = (rng: Random): Measure => {
  const n = rng.int(5800, 7400);
  return {
    text: `${formatNumber(n / 100, 2)} điểm`,
    value: n / 100,
    valueMax: null,
    unit: 'điểm',
    per: null,
    ratio: null,
  };
};

const SPECS: readonly IndicatorSpec[] = [
  {
    key: 'grdp_growth',
    phrases: [
      'tốc độ tăng trưởng kinh tế',
      'tăng trưởng kinh tế',
      'tốc độ tăng trưởng GRDP',
      'tăng trưởng GRDP',
      'tốc độ tăng trưởng bình quân',
    ],
    measure: growth,
    verbs: ['đạt ', 'đạt ', ''],
    timeInside: true,
  },
  {
    key: 'grdp_per_capita',
    phrases: ['GRDP bình quân đầu người', 'thu nhập bình quân đầu người'],
    measure: perCapita,
    verbs: ['đạt '],
    timeInside: true,
  },
  {
    key: 'grdp',
    phrases: ['quy mô nền kinh tế', 'quy mô GRDP', 'tổng sản phẩm trên địa bàn (GRDP)'],
    measure: (r) => money(r, { currency: 'VND' }),
    verbs: ['đạt '],
    timeInside: true,
  },
  {
    key: 'investment_projects',
    phrases: ['thu hút', 'cấp mới'],
    measure: (r) => count(r, 'dự án'),
    verbs: [''],
  },
  { key: 'fdi_projects', phrases: [''], measure: (r) => count(r, 'dự án FDI'), verbs: [''] },
  {
    key: 'investment_capital',
    phrases: ['tổng vốn đăng ký', 'tổng vốn đầu tư', 'tổng số vốn', 'vốn đăng ký'],
    measure: (r) => money(r, { implicit: r.chance(0.15) }),
    verbs: ['', 'đạt ', 'là '],
  },
  {
    key: 'social_investment',
    phrases: ['tổng vốn đầu tư toàn xã hội', 'vốn đầu tư toàn xã hội'],
    measure: (r) => money(r, { currency: 'VND' }),
    verbs: ['đạt '],
    timeInside: true,
  },
  {
    key: 'public_investment_disbursement',
    phrases: ['giải ngân vốn đầu tư công'],
    measure: (r) => percent(r, 35, 100, 1),
    verbs: ['đạt ', 'mới đạt '],
  },
  {
    key: 'poverty_rate',
    phrases: ['tỷ lệ hộ nghèo', 'tỉ lệ hộ nghèo'],
    measure: (r) => percent(r, 0.5, 15, 2),
    verbs: ['giảm còn ', 'còn ', 'là '],
    timeInside: true,
  },
  {
    key: 'budget_revenue',
    phrases: [
      'thu ngân sách nhà nước trên địa bàn',
      'thu ngân sách nhà nước',
      'tổng thu ngân sách',
      'thu nội địa',
    ],
    measure: (r) => money(r, { currency: 'VND', implicit: r.chance(0.2) }),
    verbs: ['đạt ', ''],
    timeInside: true,
  },
  {
    key: 'budget_expenditure',
    phrases: ['tổng chi ngân sách địa phương', 'chi ngân sách'],
    measure: (r) => money(r, { currency: 'VND' }),
    verbs: ['đạt ', 'là '],
  },
  {
    key: 'export_value',
    phrases: ['kim ngạch xuất khẩu', 'giá trị xuất khẩu'],
    measure: (r) => money(r, { currency: 'USD' }),
    verbs: ['đạt ', ''],
    timeInside: true,
  },
  {
    key: 'import_value',
    phrases: ['kim ngạch nhập khẩu'],
    measure: (r) => money(r, { currency: 'USD' }),
    verbs: ['đạt '],
    timeInside: true,
  },
  {
    key: 'trade_value',
    phrases: ['tổng kim ngạch xuất nhập khẩu'],
    measure: (r) => money(r, { currency: 'USD' }),
    verbs: ['đạt '],
    timeInside: true,
  },
  {
    key: 'retail_sales',
    phrases: ['tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'tổng mức bán lẻ hàng hóa'],
    measure: (r) => money(r, { currency: 'VND' }),
    verbs: ['đạt '],
  },
  {
    key: 'industrial_production_index',
    phrases: ['chỉ số sản xuất công nghiệp (IIP)', 'chỉ số sản xuất công nghiệp'],
    measure: (r) => percent(r, 1, 20, 2),
    verbs: ['tăng '],
    change: true,
    timeInside: true,
  },
  {
    key: 'industrial_output',
    phrases: ['giá trị sản xuất công nghiệp'],
    measure: (r) => percent(r, 1, 20, 1),
    verbs: ['tăng '],
    change: true,
  },
  { key: 'tourist_arrivals', phrases: ['đón'], measure: (r) => count(r, 'lượt khách'), verbs: [''] },
  {
    key: 'tourism_revenue',
    phrases: ['doanh thu du lịch', 'tổng thu từ du lịch'],
    measure: (r) => money(r, { currency: 'VND' }),
    verbs: ['đạt '],
  },
  {
    key: 'new_rural_communes',
    phrases: [''],
    measure: (r) => (r.chance(0.5) ? ratio(r, ['xã', 'huyện']) : count(r, 'xã')),
    verbs: [''],
    after: [' đạt chuẩn nông thôn mới', ' được công nhận đạt chuẩn nông thôn mới'],
  },
  {
    key: 'new_enterprises',
    phrases: [''],
    measure: (r) => count(r, 'doanh nghiệp'),
    verbs: [''],
    after: [' thành lập mới', ' đăng ký thành lập mới'],
  },
  {
    key: 'urbanization_rate',
    phrases: ['tỷ lệ đô thị hóa'],
    measure: (r) => percent(r, 15, 85, 1),
    verbs: ['đạt '],
  },
  {
    key: 'trained_labor_rate',
    phrases: ['tỷ lệ lao động qua đào tạo'],
    measure: (r) => percent(r, 40, 85, 1),
    verbs: ['đạt '],
  },
  {
    key: 'jobs_created',
    phrases: ['giải quyết việc làm cho', 'giải quyết việc làm mới cho', 'tạo việc làm cho'],
    measure: (r) => count(r, 'lao động'),
    verbs: [''],
  },
  {
    key: 'health_insurance_coverage',
    phrases: ['tỷ lệ bao phủ bảo hiểm y tế', 'tỷ lệ người dân tham gia bảo hiểm y tế'],
    measure: (r) => percent(r, 80, 99.5, 1),
    verbs: ['đạt '],
  },
  {
    key: 'forest_cover',
    phrases: ['tỷ lệ che phủ rừng', 'độ che phủ rừng'],
    measure: (r) => percent(r, 15, 70, 1),
    verbs: ['đạt ', 'duy trì ở mức '],
  },
  {
    key: 'rice_output',
    phrases: ['sản lượng lúa', 'sản lượng lương thực'],
    measure: (r) => physicalOf(r, 'tấn'),
    verbs: ['đạt '],
    timeInside: true,
  },
  {
    key: 'houses_built',
    phrases: [''],
    measure: (r) => count(r, r.chance(0.5) ? 'nhà ở' : 'nhà đại đoàn kết'),
    verbs: [''],
  },
  {
    key: 'area',
    phrases: ['tổng diện tích', 'diện tích tự nhiên'],
    measure: (r) => physicalOf(r, r.chance(0.5) ? 'ha' : 'km2'),
    verbs: ['', 'là '],
  },
  {
    key: 'occupancy_rate',
    phrases: ['tỷ lệ lấp đầy', 'tỉ lệ lấp đầy'],
    measure: (r) => percent(r, 30, 100, 1),
    verbs: ['đạt '],
  },
  { key: 'population', phrases: ['dân số', 'quy mô dân số'], measure: people, verbs: ['', 'là '] },
  {
    key: 'cpi',
    phrases: ['chỉ số giá tiêu dùng (CPI)'],
    measure: (r) => percent(r, 0.5, 6, 2),
    verbs: ['tăng '],
    change: true,
  },
  { key: 'pci', phrases: ['chỉ số năng lực cạnh tranh cấp tỉnh (PCI)'], measure: score, verbs: ['đạt '] },
];

function physicalOf(rng: Random, unit: string): Measure {
  for (;;) {
    const m = physical(rng);
    if (m.unit === unit) return m;
  }
}

export const INDICATOR_KEYS = SPECS.map((s) => s.key);

export interface IndicatorOptions {
  subject: string;
  /** The period of the clause when no time sits inside the span. */
  period: Period;
  target?: boolean;
  key?: string;
  /** A time written inside the span, after the phrase ("tăng trưởng GRDP 6 tháng đầu năm ước đạt 7,12%"). */
  inlineTime?: When;
}

export interface Indicator {
  seg: Seg;
  amount: Amount;
  key: string;
}

// Qualifiers that read well after a verb: "đạt hơn", "còn dưới", "thu hút khoảng".
const AFTER_VERB: Record<Approx, readonly string[]> = {
  exact: [''],
  over: ['hơn', 'trên'],
  under: ['dưới'],
  nearly: ['gần'],
  about: ['khoảng', 'xấp xỉ'],
};

/** Indicators a plan sets targets for. */
export const TARGET_KEYS = [
  'grdp_per_capita',
  'budget_revenue',
  'export_value',
  'social_investment',
  'poverty_rate',
  'forest_cover',
  'urbanization_rate',
  'health_insurance_coverage',
  'new_rural_communes',
  'jobs_created',
  'trained_labor_rate',
];

const ESTIMATE_WORDS = new Set(['ước đạt', 'ước tính', 'dự kiến']);

/**
 * An indicator clause: the span runs from the phrase to the value (or from the
 * value to the phrase), the quantity inside it is a fact of its own.
 */
export function indicator(rng: Random, options: IndicatorOptions): Indicator {
  const spec = (options.key && SPECS.find((s) => s.key === options.key)) || rng.pick(SPECS);
  const target = options.target ?? false;
  const m = spec.measure(rng, target);
  // Targets are "trên 8%" or "8%", not estimates; ranges and ratios carry no qualifier.
  const approx =
    m.valueMax !== null || m.ratio !== null
      ? 'exact'
      : target
        ? rng.pick(['exact', 'exact', 'over', 'under'] as const)
        : someApprox(rng);
  const verb = rng.pick(spec.verbs);
  // After a verb ("đạt khoảng", "thu hút khoảng") "ước đạt" cannot follow: "khoảng", "xấp xỉ" do.
  const verbBefore = verb !== '' || spec.verbs.every((v) => v === '');
  const amount = quantity(rng, m, {
    approx,
    change: spec.change ? 'increase' : null,
    ...(verbBefore ? { qualifier: rng.pick(AFTER_VERB[approx]) } : {}),
  });
  const estimate = [...ESTIMATE_WORDS].some((w) => textStartsWith(amount.seg, w));
  const status: IndicatorStatus = target ? 'target' : estimate ? 'estimate' : 'actual';
  const phrase = rng.pick(spec.phrases);
  const inline = spec.timeInside && options.inlineTime ? options.inlineTime : undefined;
  const period = inline ? inline.period : options.period;
  const segs: Seg[] = [];
  if (spec.after) {
    segs.push(amount.seg, rng.pick(spec.after));
  } else {
    if (phrase) segs.push(phrase, ' ');
    if (inline) segs.push(inline.seg, ' ');
    segs.push(verb, amount.seg);
  }
  const seg = fact(
    {
      kind: 'indicator',
      subject: options.subject,
      indicator: spec.key,
      value: amount.value,
      unit: amount.unit,
      period: { start: period.start, end: period.end },
      status,
    },
    segs,
  );
  return { seg, amount, key: spec.key };
}

function textStartsWith(seg: Seg, prefix: string): boolean {
  if (typeof seg === 'string') return seg.startsWith(prefix);
  if ('fact' in seg) return seg.segs.length > 0 && textStartsWith(seg.segs[0] as Seg, prefix);
  return seg.length > 0 && textStartsWith(seg[0] as Seg, prefix);
}
