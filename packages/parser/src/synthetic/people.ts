import type { ArticleContext } from './context.js';
import { personName } from './names.js';
import {
  company,
  DEPARTMENTS,
  department,
  MINISTRIES,
  ministry,
  nationalBody,
  partyBody,
  provincialBody,
} from './organizations.js';
import type { Random } from './random.js';
import { fact, join, type Seg, textOf } from './segment.js';

/** A title as written, organizations inside it marked as facts. */
export type Title = Seg;

/** Someone the article mentions: a name, the titles of the first mention, a rank. */
export interface Person {
  name: string;
  titles: (() => Title)[];
  /** A short title for later mentions ("Chủ tịch UBND tỉnh"). */
  short: () => Title;
  rank: string | null;
}

type RoleMaker = (ctx: ArticleContext) => {
  titles: (() => Title)[];
  short: () => Title;
  rank: string | null;
};

const withPlace = (rng: Random) => rng.chance(0.3);

// Each role names its body the way articles do: "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Gia Lai",
// "Trưởng ban Tổ chức Tỉnh ủy" (the body starts at "ban"), "Chỉ huy trưởng Bộ CHQS tỉnh".
const ROLES: readonly RoleMaker[] = [
  ({ rng, province }) => {
    const secretary = () => ['Bí thư ', partyBody(rng, province, 'committee', { named: withPlace(rng) })];
    const titles = rng.chance(0.3)
      ? [() => ['Ủy viên ', nationalBody(rng, 'Trung ương Đảng')], secretary]
      : [secretary];
    return { titles, short: secretary, rank: null };
  },
  ({ rng, province }) => {
    const deputy = () => ['Phó Bí thư ', partyBody(rng, province, 'committee', { named: false })];
    const chair = () => ['Chủ tịch ', provincialBody(rng, province, 'ubnd', withPlace(rng))];
    return { titles: [deputy, chair], short: chair, rank: null };
  },
  ({ rng, province }) => {
    const head = rng.pick(['Phó Chủ tịch ', 'Phó Chủ tịch Thường trực ']);
    const title = () => [head, provincialBody(rng, province, 'ubnd', withPlace(rng))];
    return { titles: [title], short: title, rank: null };
  },
  ({ rng, province }) => {
    const head = rng.pick(['Chủ tịch ', 'Phó Chủ tịch ']);
    const title = () => [head, provincialBody(rng, province, 'hdnd', withPlace(rng))];
    return { titles: [title], short: title, rank: null };
  },
  ({ rng, province }) => {
    const board = rng.pick(['organizing', 'propaganda', 'mass'] as const);
    const title = () => ['Trưởng ', partyBody(rng, province, board, { named: false, lowerBan: true })];
    const front = () => ['Chủ tịch ', provincialBody(rng, province, 'mttq', withPlace(rng))];
    return {
      titles: board === 'mass' && rng.chance(0.6) ? [title, front] : [title],
      short: title,
      rank: null,
    };
  },
  ({ rng, province }) => {
    const member = () => ['Ủy viên ', partyBody(rng, province, 'standing', { named: false })];
    const commander = () => ['Chỉ huy trưởng ', provincialBody(rng, province, 'chqs', false)];
    return { titles: [member, commander], short: commander, rank: 'Đại tá' };
  },
  ({ rng, province }) => {
    const deputy = rng.chance(0.4);
    const director = () => [
      deputy ? 'Phó Giám đốc ' : 'Giám đốc ',
      provincialBody(rng, province, 'police', false),
    ];
    const rank = deputy ? rng.pick(['Thượng tá', 'Đại tá']) : rng.pick(['Đại tá', 'Thiếu tướng']);
    return { titles: [director], short: director, rank };
  },
  ({ rng, province }) => {
    const head = rng.pick(['Giám đốc ', 'Phó Giám đốc ']);
    const which = rng.pick(DEPARTMENTS);
    const title = () => [head, department(rng, province, which)];
    return { titles: [title], short: title, rank: null };
  },
  ({ rng, province }) => {
    const head = rng.pick(['Trưởng ', 'Phó Trưởng ']);
    const title = () => [head, provincialBody(rng, province, 'dbqh', false)];
    return { titles: [title], short: title, rank: null };
  },
  ({ rng }) => {
    const head = rng.pick(['Bộ trưởng ', 'Thứ trưởng ']);
    const which = rng.pick(MINISTRIES);
    const title = () => [head, ministry(rng, which)];
    return { titles: [title], short: title, rank: null };
  },
  ({ rng }) => {
    const title = () => ['Phó Thủ tướng ', nationalBody(rng, 'Chính phủ')];
    return { titles: [title], short: title, rank: null };
  },
  ({ rng }) => {
    const head = rng.pick(['Tổng Giám đốc ', 'Chủ tịch HĐQT ', 'Giám đốc ']);
    const firm = company(rng);
    const title = () => [head, firm];
    return { titles: [title], short: title, rank: null };
  },
];

/** A cast of distinct people with distinct roles. */
export function cast(ctx: ArticleContext, size: number): Person[] {
  const names = new Set<string>();
  const roles = ctx.rng.sample(ROLES, size);
  return roles.map((make) => {
    let name = personName(ctx.rng);
    while (names.has(name)) name = personName(ctx.rng);
    names.add(name);
    return { name, ...make(ctx) };
  });
}

const person = (p: Person, titles: Title[], rank: string | null, segs: Seg[]): Seg =>
  fact({ kind: 'person', name: p.name, titles: titles.map((t) => textOf(t)), rank }, segs);

/**
 * A mention of a person with the titles written there:
 * "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X" (titles first), "Đại tá X - Ủy viên BTV Tỉnh ủy,
 * Chỉ huy trưởng Bộ CHQS tỉnh" (rank, name, titles after a dash), "Trưởng ban Dân vận Tỉnh ủy -
 * Chủ tịch Ủy ban MTTQ tỉnh X" (a chain of titles with a dash).
 */
export function firstMention(rng: Random, p: Person): Seg {
  const titles = p.titles.map((make) => make());
  if (p.rank) {
    const after = rng.chance(0.7);
    return after
      ? person(p, titles, p.rank, [`${p.rank} ${p.name} - `, join(titles, ', ')])
      : person(p, titles, p.rank, [`${p.rank} ${p.name}, `, join(titles, ', ')]);
  }
  const separator = titles.length > 1 && rng.chance(0.3) ? ' - ' : ', ';
  return person(p, titles, null, [join(titles, separator), ` ${p.name}`]);
}

/** A later mention: short title and name, "đồng chí X", or the name alone. */
export function laterMention(rng: Random, p: Person): Seg {
  const form = rng.int(0, 2);
  if (form === 0) {
    const title = p.short();
    return person(p, [title], null, [title, ` ${p.name}`]);
  }
  if (form === 1) return ['đồng chí ', person(p, [], null, [p.name])];
  return person(p, [], null, [p.name]);
}
