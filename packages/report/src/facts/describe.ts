import type { Fact, FactOf } from '../core.js';

/** A normalized field as a person reads it: a label and its value as text. */
export type Field = readonly [label: string, value: string];

function period(start: string | null, end: string | null): string {
  if (start === null && end === null) return 'open';
  if (start === end) return start ?? '';
  return `${start ?? '…'}/${end ?? '…'}`;
}

function amount(value: number, unit: string | null, valueMax: number | null = null): string {
  const number = valueMax === null ? String(value) : `${value}–${valueMax}`;
  return unit === null ? number : `${number} ${unit}`;
}

const describers: { [K in Fact['kind']]: (fact: FactOf<K>) => Field[] } = {
  quantity: (f) => [
    ['value', amount(f.value, f.unit, f.valueMax)],
    ...(f.per === null ? [] : [['per', f.per] as const]),
    ['approx', f.approx],
    ...(f.ratio === null ? [] : [['ratio', `${f.ratio[0]}/${f.ratio[1]}`] as const]),
    ...(f.change === null ? [] : [['change', f.change] as const]),
  ],
  time: (f) => [
    ['period', period(f.start, f.end)],
    ['granularity', f.granularity],
    ...(f.partOfDay === null ? [] : [['part of day', f.partOfDay] as const]),
    ...(f.duration === null ? [] : [['duration', f.duration] as const]),
    ...(f.relative ? [['relative', 'yes'] as const] : []),
  ],
  person: (f) => [
    ['name', f.name],
    ...(f.titles.length === 0 ? [] : [['titles', f.titles.join('; ')] as const]),
    ...(f.rank === null ? [] : [['rank', f.rank] as const]),
  ],
  organization: (f) => [
    ['name', f.name],
    ...(f.shortName === null ? [] : [['short name', f.shortName] as const]),
    ['type', f.type],
  ],
  location: (f) => [
    ['name', f.name],
    ['type', f.type],
    ...(f.code === null ? [] : [['code', f.code] as const]),
  ],
  indicator: (f) => [
    ['subject', f.subject],
    ['indicator', f.indicator],
    ['value', amount(f.value, f.unit)],
    ['period', period(f.period.start, f.period.end)],
    ['status', f.status],
  ],
};

/** The normalized fields of a fact, in reading order, leaving out those that are empty. */
export function describeFact(fact: Fact): Field[] {
  return (describers[fact.kind] as (f: Fact) => Field[])(fact);
}

/** The fields in one line, for a table cell. */
export function summarizeFact(fact: Fact): string {
  return describeFact(fact)
    .map(([label, value]) => `${label}: ${value}`)
    .join(' · ');
}
