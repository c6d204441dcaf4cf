import type { ArticleContext } from './context.js';
import { type Era, gazetteer, type Unit } from './gazetteer.js';
import { indicator } from './indicators.js';
import { byline } from './names.js';
import { provincialBody } from './organizations.js';
import {
  attendees,
  baselineSentence,
  caption,
  closing,
  geography,
  investment,
  lead,
  report,
  social,
  speech,
  targets,
  trade,
} from './paragraphs.js';
import { cast, type Person } from './people.js';
import { provinceSeg } from './places.js';
import { Random } from './random.js';
import { type PlacedFact, type Seg, TextWriter } from './segment.js';
import { monthsOfYear, yearOf } from './times.js';

/** A generated article before it becomes a dataset: its text, paragraph roles and facts. */
export interface Article {
  date: string;
  title: string;
  text: string;
  /** Paragraph roles in order, the header line first. */
  roles: ('title' | 'lead' | 'body' | 'caption' | 'byline')[];
  byline: string;
  facts: PlacedFact[];
}

export interface ArticleOptions {
  /** Force the era of the article's administrative units. */
  era?: Era;
}

function pickDate(rng: Random, era: Era): { year: number; month: number } {
  if (era === 'post2025') {
    const year = rng.pick([2025, 2026]);
    return { year, month: year === 2025 ? rng.int(7, 12) : rng.int(1, 12) };
  }
  return { year: rng.int(2016, 2024), month: rng.int(1, 12) };
}

function context(rng: Random, options: ArticleOptions): ArticleContext {
  const era = options.era ?? (rng.chance(0.15) ? 'post2025' : 'pre2025');
  const { year, month } = pickDate(rng, era);
  const gaz = gazetteer();
  const provinces = gaz.provinces(era);
  let province = rng.pick(provinces);
  let localUnits: readonly Unit[] =
    era === 'pre2025' ? gaz.districts(province.code) : gaz.communes(province.code, era);
  while (localUnits.length < 3) {
    province = rng.pick(provinces);
    localUnits = era === 'pre2025' ? gaz.districts(province.code) : gaz.communes(province.code, era);
  }
  let partner = rng.pick(provinces);
  while (partner.code === province.code) partner = rng.pick(provinces);
  const communesByDistrict = new Map<string, readonly Unit[]>();
  if (era === 'pre2025')
    for (const d of localUnits) communesByDistrict.set(d.code, gaz.communes(d.code, era));
  return { rng, year, month, era, province, partner, localUnits, communesByDistrict, review: { year } };
}

/** A title with facts of its own: the header line is read like the body. */
function title(ctx: ArticleContext): Seg {
  const { rng, province, partner } = ctx;
  return rng.pick([
    () => [
      provinceSeg(rng, province, false),
      ' - ',
      provinceSeg(rng, partner, false),
      ' trao đổi kinh nghiệm phát triển kinh tế - xã hội',
    ],
    () => {
      const when = monthsOfYear(rng, ctx.year, Math.max(ctx.month - 1, 2));
      const projects = indicator(rng, { subject: province.name, period: when.period, key: 'fdi_projects' });
      return [provinceSeg(rng, province, false), ' thu hút ', projects.seg, ' trong ', when.seg];
    },
    () => {
      const when = yearOf(rng, ctx.year);
      return [
        provinceSeg(rng, province, false),
        ' phấn đấu ',
        indicator(rng, { subject: province.name, period: when.period, target: true, key: 'grdp_growth' }).seg,
        ' trong ',
        when.seg,
      ];
    },
    () => [
      'Nâng cao hiệu quả hoạt động của ',
      provincialBody(rng, province, rng.pick(['hdnd', 'mttq', 'dbqh'] as const), true),
    ],
    () => ['Đẩy mạnh thu hút đầu tư, phát triển hạ tầng giao thông'],
  ])();
}

/** Composes one article: header, lead, body paragraphs in varied order, captions, byline. */
export function composeArticle(seed: number, options: ArticleOptions = {}): Article {
  const rng = new Random(seed);
  const ctx = context(rng, options);
  // In a visit, the host leads the partner province's delegation: their titles name its bodies.
  const visit = rng.chance(0.25);
  const people = cast(ctx, rng.int(3, 6));
  if (visit) people[0] = cast({ ...ctx, province: ctx.partner }, 1)[0] ?? (people[0] as Person);
  const host = people[0];
  const speaker = people[1];
  if (!host || !speaker) throw new Error('a cast has at least three people');
  const { paragraph: leadParagraph, event } = lead(ctx, people, visit);

  const body: Seg[][] = [];
  body.push(attendees(ctx, people.slice(1), event));
  const optional: (() => Seg[])[] = [
    () => report(ctx, rng.chance(0.5) ? speaker : undefined),
    () => investment(ctx),
    () => geography(ctx),
    () => social(ctx),
    () => targets(ctx),
    () => trade(ctx),
    () => [baselineSentence(ctx)],
  ];
  for (const make of rng.sample(optional, rng.int(3, optional.length))) body.push(make());
  body.push(speech(ctx, speaker, people[2]));
  body.push(closing(ctx, host));

  // Captions go between paragraphs, never first or last.
  const spaced = (sentences: Seg[]): Seg[] => sentences.flatMap((s, i) => (i === 0 ? [s] : [' ', s]));
  const paragraphs: { segs: Seg[]; role: 'lead' | 'body' | 'caption' }[] = [
    { segs: spaced(leadParagraph), role: 'lead' },
  ];
  for (const segs of body) {
    if (rng.chance(0.35)) paragraphs.push({ segs: [caption(ctx, people, event)], role: 'caption' });
    paragraphs.push({ segs: spaced(segs), role: 'body' });
  }

  const writer = new TextWriter();
  const date = `${ctx.year}-${String(ctx.month).padStart(2, '0')}`;
  writer.write(`${rng.chance(0.7) ? ' ' : ''}date ${date} `);
  const titleStart = writer.position;
  writer.write(title(ctx));
  const titleText = writer.toString().slice(titleStart);
  for (const p of paragraphs) {
    writer.write('\n\n');
    writer.write(p.segs);
  }
  const signature = byline(rng);
  writer.write(`\n\n${signature}\n`);
  return {
    date,
    title: titleText,
    text: writer.toString(),
    roles: ['title', ...paragraphs.map((p) => p.role), 'byline'],
    byline: signature,
    facts: writer.facts,
  };
}
