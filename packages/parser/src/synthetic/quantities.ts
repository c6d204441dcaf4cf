import type { Approx } from '@dukien/core';
import { formatNumber, numberWords } from './number-format.js';
import type { Random } from './random.js';
import { fact, type Seg } from './segment.js';

/** A number with its unit, before qualifiers: text and normalized fields. */
export interface Measure {
  text: string;
  value: number;
  valueMax: number | null;
  unit: string | null;
  per: string | null;
  ratio: [number, number] | null;
}

/** A quantity fact as written, with the fields an indicator repeats. */
export interface Amount {
  seg: Seg;
  value: number;
  unit: string | null;
  approx: Approx;
}

/** An integer n shown with d decimals: the number n / 10^d. */
interface Digits {
  n: number;
  d: number;
}

function digits(rng: Random, lo: number, hi: number, maxDecimals: number): Digits {
  const d = rng.int(0, maxDecimals);
  const scale = 10 ** d;
  return { n: rng.int(Math.ceil(lo * scale), Math.floor(hi * scale)), d };
}

const show = ({ n, d }: Digits): string => formatNumber(n / 10 ** d, d);

/** n / 10^d × factor, exact for the integers money amounts are. */
const scaled = ({ n, d }: Digits, factor: number): number =>
  factor >= 10 ** d ? (n * factor) / 10 ** d : (n / 10 ** d) * factor;

const measure = (
  text: string,
  value: number,
  unit: string | null,
  extra: Partial<Measure> = {},
): Measure => ({
  text,
  value,
  valueMax: null,
  unit,
  per: null,
  ratio: null,
  ...extra,
});

// Money: "2.345 triệu USD", "132.640,5 tỷ đồng", "1,5 nghìn tỷ đồng", "500 triệu VNĐ", "14.500 tỷ" (VND implied).
const MONEY_SCALES: readonly (readonly [string, number, number, number])[] = [
  // word, factor, low, high
  ['tỷ', 1e9, 1, 99_999],
  ['tỉ', 1e9, 1, 9_999],
  ['triệu', 1e6, 1, 9_999],
  ['nghìn tỷ', 1e12, 1, 150],
  ['ngàn tỷ', 1e12, 1, 99],
];

export function money(rng: Random, options: { currency?: 'VND' | 'USD'; implicit?: boolean } = {}): Measure {
  const currency = options.currency ?? (rng.chance(0.75) ? 'VND' : 'USD');
  if (currency === 'USD') {
    const [word, factor] = rng.pick([
      ['triệu', 1e6],
      ['tỷ', 1e9],
      ['nghìn', 1e3],
    ] as const);
    const amount = digits(rng, 1, word === 'tỷ' ? 50 : 9_999, word === 'tỷ' ? 2 : 1);
    const unitWord = rng.weighted([
      ['USD', 9],
      ['đô la Mỹ', 1],
    ] as const);
    return measure(`${show(amount)} ${word} ${unitWord}`, scaled(amount, factor), 'USD');
  }
  const [word, factor, lo, hi] = rng.pick(MONEY_SCALES);
  const amount = digits(rng, lo, hi, factor >= 1e12 ? 1 : 1);
  if (options.implicit) return measure(`${show(amount)} ${word}`, scaled(amount, factor), 'VND');
  const unitWord = rng.weighted([
    ['đồng', 8],
    ['VNĐ', 1],
  ] as const);
  return measure(`${show(amount)} ${word} ${unitWord}`, scaled(amount, factor), 'VND');
}

/** "6,4%", "105%", sometimes "12 phần trăm". */
export function percent(rng: Random, lo = 0.5, hi = 99, maxDecimals = 2): Measure {
  const amount = digits(rng, lo, hi, maxDecimals);
  const sign = rng.chance(0.05) ? ' phần trăm' : '%';
  return measure(`${show(amount)}${sign}`, scaled(amount, 1), '%');
}

/** "2,05 điểm phần trăm": a change of a rate. */
export function points(rng: Random): Measure {
  const amount = digits(rng, 0.1, 9.9, 2);
  return measure(`${show(amount)} điểm phần trăm`, scaled(amount, 1), 'pp');
}

/** "8,5 - 9%", "từ 7 đến 7,5%", "8 - 12 km", "từ 86 đến 88 triệu đồng". */
export function range(rng: Random, kind: 'percent' | 'km' | 'money'): Measure {
  const step = kind === 'percent' ? 0.5 : kind === 'km' ? 1 : 2;
  const low = kind === 'percent' ? rng.int(10, 18) / 2 : rng.int(3, 90);
  const high = low + step * rng.int(1, 4);
  const lowText = formatNumber(low, Number.isInteger(low) ? 0 : 1);
  const highText = formatNumber(high, Number.isInteger(high) ? 0 : 1);
  const [unitText, unit, factor] =
    kind === 'percent' ? ['%', '%', 1] : kind === 'km' ? [' km', 'km', 1] : [' triệu đồng', 'VND', 1e6];
  const join = rng.pick([
    (a: string, b: string) => `${a} - ${b}`,
    (a: string, b: string) => `từ ${a} đến ${b}`,
    (a: string, b: string) => `${a} đến ${b}`,
    (a: string, b: string) => `từ ${a} - ${b}`,
  ]);
  return measure(`${join(lowText, highText)}${unitText}`, low * factor, unit, { valueMax: high * factor });
}

// Areas, lengths and masses: "210,5 ha", "18.096 km2", "560 nghìn tấn", "hơn 40 kg".
const PHYSICAL: readonly (readonly [string, string, number, number, number])[] = [
  // written unit, unit, low, high, decimals
  ['ha', 'ha', 5, 250_000, 1],
  ['héc-ta', 'ha', 5, 5_000, 0],
  ['km2', 'km2', 100, 20_000, 1],
  ['m2', 'm2', 50, 90_000, 0],
  ['km', 'km', 1, 900, 1],
  ['tấn', 'tấn', 10, 900_000, 0],
  ['kg', 'kg', 1, 900, 0],
];

export function physical(rng: Random): Measure {
  const [written, unit, lo, hi, maxDecimals] = rng.pick(PHYSICAL);
  if (unit === 'tấn' && rng.chance(0.4)) {
    const amount = digits(rng, 1, 999, 1);
    const word = rng.pick(['nghìn', 'ngàn', 'triệu']);
    return measure(`${show(amount)} ${word} tấn`, scaled(amount, word === 'triệu' ? 1e6 : 1e3), 'tấn');
  }
  const amount = digits(rng, lo, hi, maxDecimals);
  return measure(`${show(amount)} ${written}`, scaled(amount, 1), unit);
}

// Counted nouns as the unit, written as the head noun phrase ("dự án FDI" counts "dự án").
const COUNTED: readonly (readonly [string, string, number])[] = [
  // written noun, unit, typical maximum
  ['dự án', 'dự án', 500],
  ['dự án FDI', 'dự án', 900],
  ['dự án đầu tư', 'dự án', 300],
  ['doanh nghiệp', 'doanh nghiệp', 9_000],
  ['lao động', 'lao động', 60_000],
  ['hộ', 'hộ', 20_000],
  ['hộ dân', 'hộ dân', 5_000],
  ['nhà ở', 'nhà ở', 9_000],
  ['nhà đại đoàn kết', 'nhà đại đoàn kết', 3_000],
  ['xã', 'xã', 200],
  ['huyện', 'huyện', 15],
  ['công trình', 'công trình', 400],
  ['học sinh', 'học sinh', 30_000],
  ['lượt khách', 'lượt khách', 900_000],
  ['cửa khẩu quốc tế', 'cửa khẩu', 3],
  ['nghị quyết', 'nghị quyết', 40],
  ['đại biểu', 'đại biểu', 500],
  ['sản phẩm OCOP', 'sản phẩm', 300],
  ['khu công nghiệp', 'khu công nghiệp', 30],
  ['cụm công nghiệp', 'cụm công nghiệp', 60],
  ['trường học', 'trường học', 120],
  ['đảng viên', 'đảng viên', 4_000],
];

export const COUNTED_NOUNS = COUNTED.map(([written]) => written);

/** "110 dự án", "mười lăm dự án", "3,9 triệu lượt khách", "396 dự án FDI". */
export function count(rng: Random, noun?: string): Measure {
  const entry = (noun && COUNTED.find(([w]) => w === noun)) || rng.pick(COUNTED);
  const [written, unit, max] = entry;
  if (max <= 100 && rng.chance(0.35)) {
    const n = rng.int(2, max);
    return measure(`${numberWords(n)} ${written}`, n, unit);
  }
  if (max >= 100_000 && rng.chance(0.5)) {
    const amount = digits(rng, 1, 9.9, 1);
    return measure(`${show(amount)} triệu ${written}`, scaled(amount, 1e6), unit);
  }
  const n = rng.int(2, max);
  return measure(`${formatNumber(n, 0)} ${written}`, n, unit);
}

/** "11/13 huyện", "243/431 xã": value is the part. */
export function ratio(
  rng: Random,
  nouns: readonly string[] = ['huyện', 'xã', 'chỉ tiêu', 'đại biểu'],
): Measure {
  const noun = rng.pick(nouns);
  const whole =
    noun === 'huyện'
      ? rng.int(7, 15)
      : noun === 'xã'
        ? rng.int(80, 450)
        : noun === 'chỉ tiêu'
          ? rng.int(18, 30)
          : rng.int(45, 95);
  const part = rng.int(Math.ceil(whole / 2), whole);
  return measure(`${part}/${whole} ${noun}`, part, noun, { ratio: [part, whole] });
}

/** "1,5 lần" in "gấp 1,5 lần". */
export function multiple(rng: Random): Measure {
  const amount = digits(rng, 1.1, 4.5, 1);
  return measure(`${show(amount)} lần`, scaled(amount, 1), 'lần');
}

/** Rates: "38 đến 40 triệu đồng/người/năm", "12.000 tấn/năm", "58,5 tạ/ha". */
export function rate(rng: Random): Measure {
  const form = rng.int(0, 2);
  if (form === 0) {
    const amount = digits(rng, 20, 180, 1);
    // Tables and some outlets shorten "triệu đồng" to "trđ".
    const written = rng.chance(0.15) ? 'trđ' : 'triệu đồng';
    return measure(`${show(amount)} ${written}/người/năm`, scaled(amount, 1e6), 'VND', { per: 'người/năm' });
  }
  if (form === 1) {
    const n = rng.int(1, 90) * 1000;
    return measure(`${formatNumber(n, 0)} tấn/năm`, n, 'tấn', { per: 'năm' });
  }
  const amount = digits(rng, 40, 70, 1);
  return measure(`${show(amount)} tạ/ha`, scaled(amount, 1), 'tạ', { per: 'ha' });
}

// Shares of a whole in words: "hai phần ba" is 2/3, rounded to four places; no unit.
const SHARES: readonly (readonly [string, number])[] = [
  ['một nửa', 0.5],
  ['một phần ba', 0.3333],
  ['hai phần ba', 0.6667],
  ['một phần tư', 0.25],
  ['ba phần tư', 0.75],
  ['hai phần năm', 0.4],
];

/** A share in words, "một nửa" or a fraction. */
export function share(rng: Random): Measure {
  const [text, value] = rng.pick(SHARES);
  return measure(text, value, null);
}

// Qualifiers inside the span: "hơn 315 tỷ đồng", "ước đạt 6,4%", "gần 3.500 nhà ở".
export const QUALIFIERS: Record<Approx, readonly string[]> = {
  exact: [''],
  over: ['hơn', 'trên', 'vượt'],
  under: ['dưới', 'chưa đến'],
  nearly: ['gần'],
  about: ['khoảng', 'ước đạt', 'ước tính', 'xấp xỉ', 'dự kiến', 'chừng'],
};

export interface QuantityOptions {
  approx?: Approx;
  qualifier?: string;
  change?: 'increase' | 'decrease' | null;
}

/** Wraps a measure with its qualifier into a quantity fact. */
export function quantity(rng: Random, m: Measure, options: QuantityOptions = {}): Amount {
  const approx = options.approx ?? 'exact';
  const qualifier = options.qualifier ?? rng.pick(QUALIFIERS[approx]);
  const text = qualifier ? `${qualifier} ${m.text}` : m.text;
  const seg = fact(
    {
      kind: 'quantity',
      value: m.value,
      valueMax: m.valueMax,
      unit: m.unit,
      per: m.per,
      approx: qualifier ? approx : 'exact',
      ratio: m.ratio,
      change: options.change ?? null,
    },
    text,
  );
  return { seg, value: m.value, unit: m.unit, approx: qualifier ? approx : 'exact' };
}

/** A random qualifier class, mostly exact. */
export const someApprox = (rng: Random): Approx =>
  rng.weighted([
    ['exact', 6],
    ['over', 2],
    ['nearly', 1],
    ['about', 2],
    ['under', 1],
  ] as const);
