import { type ArticleContext, provinceWord } from './context.js';
import { congressOrdinal, documentReference, sessionOrdinal, termOrdinal } from './distractors.js';
import { indicator, TARGET_KEYS } from './indicators.js';
import { company, department, organization, partyBody, provincialBody } from './organizations.js';
import { firstMention, laterMention, type Person } from './people.js';
import {
  communeSeg,
  countryList,
  localSeg,
  location,
  provinceSeg,
  regionSeg,
  roadSeg,
  zoneSeg,
} from './places.js';
import {
  count,
  money,
  multiple,
  percent,
  physical,
  points,
  quantity,
  range,
  rate,
  share,
} from './quantities.js';
import { capitalize, join, type Seg, textOf } from './segment.js';
import {
  dateStyle,
  dayOfMonth,
  dayRange,
  duration,
  horizon,
  lunarDay,
  monthOf,
  monthsOfYear,
  periodOf,
  previousYear,
  quarterOf,
  sameTimeLastYear,
  termStart as termStartTime,
  type When,
  yearOf,
} from './times.js';

/** A sentence: segments, capitalized, closed with a period. */
export const sentence = (...segs: Seg[]): Seg => [capitalize(segs), '.'];

/** The period a report speaks of, consistent with the header month. */
export function reportPeriod(ctx: ArticleContext): When {
  const { rng, year, month } = ctx;
  const options: (() => When)[] = [
    () => yearOf(rng, year),
    () => periodOf(rng, year - rng.int(2, 4), year, 'giai đoạn'),
  ];
  if (month >= 4) options.push(() => quarterOf(rng, year, Math.floor((month - 1) / 3)));
  if (month >= 3) options.push(() => monthsOfYear(rng, year, month - 1));
  if (month >= 7) options.push(() => monthsOfYear(rng, year, 6));
  if (month >= 2) options.push(() => monthOf(rng, year, month - 1));
  if (month === 1) options.push(() => yearOf(rng, year - 1));
  return rng.pick(options)();
}

const EVENTS = ['hội nghị', 'buổi làm việc', 'kỳ họp', 'hội thảo', 'lễ ký kết'];

/** "Sáng 11/11, UBND tỉnh X tổ chức hội nghị ..." and its variants. */
export function lead(
  ctx: ArticleContext,
  people: Person[],
  visit: boolean,
): { paragraph: Seg[]; event: string } {
  const { rng, province, partner } = ctx;
  const style = dateStyle(rng);
  const opening = dayOfMonth(ctx, style, { partOfDay: rng.chance(0.6), opening: true }).seg;
  const form = visit ? 1 : rng.pick([0, 2]);
  const host = people[0] as Person;
  if (form === 0) {
    const body = provincialBody(rng, province, 'hdnd', true);
    const termStart = ctx.year - rng.int(0, 4);
    const term = rng.chance(0.6)
      ? [` ${termOrdinal(ctx)}, `, periodOf(rng, termStart, termStart + 5, 'nhiệm kỳ').seg]
      : [];
    return {
      event: 'kỳ họp',
      paragraph: [
        sentence(opening, ', ', body, term, ` khai mạc ${sessionOrdinal(ctx)}`),
        sentence(
          'Kỳ họp diễn ra trong ',
          duration(rng).seg,
          ', xem xét, thông qua ',
          quantity(rng, count(rng, 'nghị quyết')).seg,
          ' quan trọng',
        ),
      ],
    };
  }
  if (form === 1) {
    // A delegation of the partner province, led by one of its leaders (whose titles
    // name the partner's bodies), visits the province: "đoàn công tác tỉnh X" is a delegation.
    const written = rng.pick(['đoàn công tác', 'Đoàn công tác']);
    const word = partner.type === 'city' ? rng.pick(['thành phố', 'TP']) : 'tỉnh';
    const delegation = organization(
      [`${written} ${word} `, location(partner.name, partner.name, partner.type, partner.code)],
      `Đoàn công tác ${provinceWord(partner)} ${partner.name}`,
      'delegation',
    );
    return {
      event: 'buổi làm việc',
      paragraph: [
        sentence(
          opening,
          ', ',
          delegation,
          ' do ',
          firstMention(rng, host),
          ' dẫn đầu đã đến thăm và làm việc tại ',
          provinceSeg(rng, province, true),
        ),
        sentence(
          'Hai bên đã trao đổi kinh nghiệm về thu hút đầu tư, phát triển hạ tầng và giảm nghèo bền vững',
        ),
      ],
    };
  }
  const event = rng.pick(EVENTS);
  // (In this order, the random draws the corpus was built with.)
  const ubnd = provincialBody(rng, province, 'ubnd', true);
  const reviewed = reportPeriod(ctx);
  const before = ctx.year - 1;
  if (
    ctx.month <= 2 &&
    reviewed.period.start === `${before}-01-01` &&
    reviewed.period.end === `${before}-12-31`
  )
    ctx.review.year = before;
  return {
    event,
    paragraph: [
      sentence(
        opening,
        ', ',
        ubnd,
        ` tổ chức ${event} đánh giá tình hình kinh tế - xã hội `,
        reviewed.seg,
        ' và triển khai nhiệm vụ thời gian tới',
      ),
      sentence('Dự và chủ trì ', event, ' có ', firstMention(rng, host)),
    ],
  };
}

/** "Dự kỳ họp có A; B; C cùng lãnh đạo các sở, ngành, địa phương." */
export function attendees(ctx: ArticleContext, people: Person[], event: string): Seg[] {
  const { rng } = ctx;
  const mentions = people.map((p) => firstMention(rng, p));
  return [sentence(`Dự ${event} có `, join(mentions, '; '), ' cùng lãnh đạo các sở, ngành, địa phương')];
}

/** Results with indicators, each with comparisons: "tăng 9,6% so với cùng kỳ năm trước". */
export function report(ctx: ArticleContext, speaker: Person | undefined): Seg[] {
  const { rng, province } = ctx;
  const period = reportPeriod(ctx);
  const subject = province.name;
  const inlineFirst = rng.chance(0.4);
  const clauses: Seg[] = [];
  const used = new Set<string>();
  const n = rng.int(3, 5);
  for (let i = 0; i < n; i++) {
    let ind = indicator(rng, { subject, period: period.period });
    for (let tries = 0; used.has(ind.key) && tries < 5; tries++)
      ind = indicator(rng, { subject, period: period.period });
    used.add(ind.key);
    const clause: Seg[] = [ind.seg];
    const tail = rng.int(0, 4);
    if (tail === 0) {
      clause.push(
        ', tăng ',
        quantity(rng, percent(rng, 1, 30, 1), { change: 'increase' }).seg,
        ' so với ',
        sameTimeLastYear(rng, period.period).seg,
      );
    } else if (tail === 1 && ind.amount.unit === 'VND') {
      clause.push(
        ', bằng ',
        quantity(rng, percent(rng, 80, 130, 1)).seg,
        rng.pick([' dự toán', ' kế hoạch']),
      );
    } else if (tail === 2 && period.period.granularity === 'year' && period.period.start) {
      clause.push(
        ', gấp ',
        quantity(rng, multiple(rng)).seg,
        ' so với ',
        previousYear(Number(period.period.start.slice(0, 4))).seg,
      );
    }
    clauses.push(clause);
  }
  const source = speaker
    ? ['theo báo cáo do ', firstMention(rng, speaker), ' trình bày, ']
    : ['theo báo cáo của ', department(rng, province, 'Kế hoạch và Đầu tư'), ', '];
  const opener: Seg[] = inlineFirst ? [source, period.seg, ', '] : [period.seg, ', ', source];
  const separator = rng.pick(['; ', ', ']);
  const sentences: Seg[] = [sentence(opener, join(clauses, separator))];
  if (rng.chance(0.4)) {
    // A sentence that names no time reports the article's year (or the year its January lead
    // reviews), whatever the sentence before named.
    const ind = indicator(rng, { subject, period: yearOf(rng, ctx.review.year).period, key: 'poverty_rate' });
    sentences.push(
      sentence(
        ind.seg,
        ', giảm ',
        quantity(rng, points(rng), { change: 'decrease' }).seg,
        ' so với ',
        previousYear(ctx.year).seg,
      ),
    );
  } else if (rng.chance(0.5)) {
    sentences.push(baselineSentence(ctx));
  }
  return sentences;
}

/** A baseline in parentheses: "(đầu nhiệm kỳ là 5,6%)", its own indicator with an open period. */
export function baselineSentence(ctx: ArticleContext): Seg {
  const { rng, province } = ctx;
  // ("Đến nay, …": what stands now is of the article's own year, even in a January review.)
  const now = indicator(rng, {
    subject: province.name,
    period: yearOf(rng, ctx.year).period,
    key: 'poverty_rate',
  });
  const start = termStartTime();
  const value = quantity(rng, percent(rng, 4, 20, 1));
  const base = {
    fact: {
      kind: 'indicator' as const,
      subject: province.name,
      indicator: 'poverty_rate',
      value: value.value,
      unit: '%',
      period: { start: null, end: null },
      status: 'actual' as const,
    },
    segs: [start.seg, ' là ', value.seg],
  };
  return sentence('đến nay, ', now.seg, ' (', base, ')');
}

/** Plans: "Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế đạt 8,5 - 9%; ...". */
export function targets(ctx: ArticleContext): Seg[] {
  const { rng, province, year, month } = ctx;
  const targetYear = month >= 10 ? year + 1 : year;
  const when = yearOf(rng, targetYear);
  const subject = province.name;
  const first = indicator(rng, { subject, period: when.period, target: true, key: 'grdp_growth' });
  const others = rng
    .sample(TARGET_KEYS, 2)
    .map((key) => indicator(rng, { subject, period: when.period, target: true, key }).seg);
  const verb = rng.pick(['phấn đấu ', 'đặt mục tiêu ', 'đề ra chỉ tiêu ']);
  const out: Seg[] = [
    sentence(when.seg, `, ${provinceWord(province)} ${verb}`, first.seg, '; ', join(others, '; ')),
  ];
  if (rng.chance(0.6)) {
    out.push(
      sentence(
        `Quy hoạch ${provinceWord(province)} `,
        periodOf(rng, 2021, 2030, 'thời kỳ').seg,
        ', ',
        horizon(rng, rng.pick([2045, 2050])),
        ' xác định ',
        quantity(rng, count(rng, rng.pick(['công trình', 'dự án']))).seg,
        ' trọng điểm, với tổng mức đầu tư ',
        quantity(rng, money(rng, { currency: 'VND' }), { approx: 'about', qualifier: 'khoảng' }).seg,
      ),
    );
  }
  if (rng.chance(0.5)) {
    out.push(
      sentence(
        'mức chi hỗ trợ cho mỗi mô hình sinh kế được nâng lên ',
        quantity(rng, rng.chance(0.5) ? rate(rng) : range(rng, 'money')).seg,
        ' từ ',
        yearOf(rng, targetYear + rng.int(0, 2)).seg,
      ),
    );
  }
  return out;
}

/** Investment and zones: "KCN X có tổng diện tích 210,5 ha, nằm trên quốc lộ 1A ...". */
export function investment(ctx: ArticleContext): Seg[] {
  const { rng, province } = ctx;
  const zone = zoneSeg(ctx);
  const period = reportPeriod(ctx);
  const out: Seg[] = [
    sentence(
      period.seg,
      `, toàn ${provinceWord(province)} `,
      indicator(rng, { subject: province.name, period: period.period, key: 'investment_projects' }).seg,
      ', trong đó có ',
      indicator(rng, { subject: province.name, period: period.period, key: 'fdi_projects' }).seg,
      ' đến từ ',
      countryList(rng, rng.int(1, 3)),
      ', với ',
      indicator(rng, { subject: province.name, period: period.period, key: 'investment_capital' }).seg,
    ),
  ];
  const zoneYear = yearOf(rng, ctx.year).period;
  out.push(
    sentence(
      zone.seg,
      ' có ',
      indicator(rng, { subject: zone.name, period: zoneYear, key: 'area' }).seg,
      ', ',
      indicator(rng, { subject: zone.name, period: zoneYear, key: 'occupancy_rate' }).seg,
      ', nằm trên ',
      roadSeg(rng),
      ' và ',
      roadSeg(rng),
      ', cách trung tâm ',
      localSeg(rng, rng.pick(ctx.localUnits)),
      ' ',
      quantity(rng, physicalUnit(ctx, 'km'), { approx: 'about', qualifier: 'khoảng' }).seg,
    ),
  );
  if (rng.chance(0.7)) {
    // A company's capital is a statistic of the company: "vốn đầu tư 500 tỷ đồng".
    const firm = company(rng);
    const capital = quantity(rng, money(rng), { approx: rng.pick(['exact', 'over'] as const) });
    const capitalIndicator = {
      fact: {
        kind: 'indicator' as const,
        subject: firm.fact.kind === 'organization' ? firm.fact.name : textOf(firm),
        indicator: 'investment_capital',
        value: capital.value,
        unit: capital.unit,
        period: { start: `${ctx.year}-01-01`, end: `${ctx.year}-12-31` },
        status: 'actual' as const,
      },
      segs: ['vốn đầu tư ', capital.seg],
    };
    // The jobs a project will create are its statistic too, an estimate ("dự kiến"), as the
    // hand-checked seeds count them.
    const jobs = quantity(rng, count(rng, 'lao động'), { approx: 'about', qualifier: 'khoảng' });
    const jobsIndicator = {
      fact: {
        kind: 'indicator' as const,
        subject: firm.fact.kind === 'organization' ? firm.fact.name : textOf(firm),
        indicator: 'jobs_created',
        value: jobs.value,
        unit: jobs.unit,
        // (Jobs are counted over the year reported on; the firm's capital stands at the article's.)
        period: { start: `${ctx.review.year}-01-01`, end: `${ctx.review.year}-12-31` },
        status: 'estimate' as const,
      },
      segs: ['tạo việc làm cho ', jobs.seg],
    };
    out.push(
      sentence(
        firm,
        ' đã khởi công nhà máy tại ',
        communeSeg(ctx),
        ' với ',
        capitalIndicator,
        ', ',
        quantity(rng, percent(rng, 100, 100, 0)).seg,
        ' vốn nước ngoài, dự kiến ',
        jobsIndicator,
      ),
    );
  }
  return out;
}

function physicalUnit(ctx: ArticleContext, unit: string) {
  for (;;) {
    const m = physical(ctx.rng);
    if (m.unit === unit) return m;
  }
}

/** Where the province stands: region, neighbours, border, roads. */
export function geography(ctx: ArticleContext): Seg[] {
  const { rng, province, partner } = ctx;
  return [
    sentence(
      provinceSeg(rng, province, true),
      ' thuộc ',
      regionSeg(rng),
      ', giáp ',
      provinceSeg(rng, partner, true),
      ' và ',
      countryList(rng, 1),
      ', có ',
      quantity(rng, count(rng, 'cửa khẩu quốc tế')).seg,
      ' và ',
      indicator(rng, { subject: province.name, period: yearOf(rng, ctx.year).period, key: 'population' }).seg,
    ),
    sentence(
      `Thời gian qua, ${provinceWord(province)} đã đầu tư nâng cấp `,
      quantity(rng, physicalUnit(ctx, 'km'), { approx: rng.pick(['exact', 'over', 'nearly'] as const) }).seg,
      ' đường giao thông nông thôn, trong đó có tuyến ',
      roadSeg(rng),
      ' đi qua ',
      localSeg(rng, rng.pick(ctx.localUnits)),
    ),
  ];
}

/** Social results: ratios, houses, "gần một nửa". */
export function social(ctx: ArticleContext): Seg[] {
  const { rng, province } = ctx;
  const period = reportPeriod(ctx);
  const subject = province.name;
  return [
    sentence(
      period.seg,
      `, toàn ${provinceWord(province)} có `,
      indicator(rng, { subject, period: period.period, key: 'new_rural_communes' }).seg,
      '; hỗ trợ xây dựng ',
      indicator(rng, { subject, period: period.period, key: 'houses_built' }).seg,
      ' cho hộ nghèo với kinh phí ',
      quantity(rng, money(rng, { currency: 'VND' }), { approx: rng.pick(['exact', 'over'] as const) }).seg,
    ),
    // The second sentence names no time: its figures are of the article's year (or the reviewed one).
    sentence(
      indicator(rng, {
        subject,
        period: yearOf(rng, ctx.review.year).period,
        key: rng.pick(['health_insurance_coverage', 'forest_cover', 'trained_labor_rate']),
      }).seg,
      '; ',
      indicator(rng, { subject, period: yearOf(rng, ctx.review.year).period, key: 'jobs_created' }).seg,
      ', trong đó ',
      quantity(rng, count(rng, 'lao động')).seg,
      ' đi làm việc ở nước ngoài',
    ),
    sentence(
      'hiện còn ',
      quantity(rng, share(rng), { approx: 'nearly', qualifier: 'gần' }).seg,
      ' diện tích cây trồng chưa được tưới chủ động',
    ),
  ];
}

/** A speech by someone already introduced, with document numbers that are no quantities. */
export function speech(ctx: ArticleContext, speaker: Person, other: Person | undefined): Seg[] {
  const { rng, province } = ctx;
  const style = dateStyle(rng);
  const asOf = dayOfMonth(ctx, style);
  const yearEndMonth = monthOf(rng, ctx.year, 12, true);
  const out: Seg[] = [
    sentence(
      'phát biểu tại hội nghị, ',
      laterMention(rng, speaker),
      ' đề nghị các sở, ngành tiếp tục thực hiện hiệu quả ',
      documentReference(ctx),
      ', tập trung tháo gỡ khó khăn cho ',
      quantity(rng, count(rng, 'dự án')).seg,
      ' chậm tiến độ',
    ),
    sentence(
      'tính đến ',
      asOf.seg,
      ', ',
      indicator(rng, { subject: province.name, period: asOf.period, key: 'public_investment_disbursement' })
        .seg,
      '; phấn đấu đến hết ',
      yearEndMonth.seg,
      ' ',
      {
        fact: {
          kind: 'indicator' as const,
          subject: province.name,
          indicator: 'public_investment_disbursement',
          value: 100,
          unit: '%',
          period: { start: yearEndMonth.period.start, end: yearEndMonth.period.end },
          status: 'target' as const,
        },
        segs: ['giải ngân ', quantity(rng, percent(rng, 100, 100, 0)).seg],
      },
      ' kế hoạch vốn',
    ),
  ];
  if (other) {
    out.push(
      sentence(
        'tiếp thu ý kiến, ',
        laterMention(rng, other),
        ' cho biết Đại hội ',
        partyBody(rng, province, 'party', { named: false }),
        ` ${congressOrdinal(ctx)} đã đề ra `,
        quantity(rng, count(rng, 'nghị quyết')).seg,
        ' chuyên đề và ',
        quantity(rng, rng.chance(0.5) ? range(rng, 'km') : physicalUnit(ctx, 'ha')).seg,
        ' đất dành cho phát triển công nghiệp',
      ),
    );
  }
  return out;
}

/** Trade: export markets, quarter and month results. */
export function trade(ctx: ArticleContext): Seg[] {
  const { rng, province, year, month } = ctx;
  const quarter = month > 3 ? quarterOf(rng, year, Math.floor((month - 1) / 3)) : quarterOf(rng, year - 1, 4);
  const previousMonth = month > 1 ? monthOf(rng, year, month - 1) : monthOf(rng, year - 1, 12, true);
  return [
    sentence(
      'riêng ',
      quarter.seg,
      ', ',
      indicator(rng, { subject: province.name, period: quarter.period, key: 'export_value' }).seg,
      ', thị trường chính là ',
      countryList(rng, rng.int(2, 3)),
    ),
    sentence(
      'trong ',
      previousMonth.seg,
      ', ',
      indicator(rng, { subject: province.name, period: previousMonth.period, key: 'cpi' }).seg,
      ' so với ',
      sameTimeLastYear(rng, previousMonth.period).seg,
      '; giá lúa tăng ',
      quantity(rng, percent(rng, 1, 15, 1), { change: 'increase' }).seg,
      ', một số mô hình liên kết đạt ',
      quantity(rng, rate(rng)).seg,
    ),
  ];
}

/** Closing: the next session day, a range of days. */
export function closing(ctx: ArticleContext, host: Person): Seg[] {
  const { rng } = ctx;
  const out: Seg[] = [
    sentence(
      rng.pick(['dịp này, ', 'cũng tại buổi làm việc, ']),
      laterMention(rng, host),
      ' đã trao tặng ',
      quantity(rng, count(rng, rng.pick(['nhà đại đoàn kết', 'công trình']))).seg,
      ' cho ',
      provincialBody(rng, ctx.province, 'mttq', rng.chance(0.5)),
    ),
  ];
  const ending = rng.int(0, 2);
  if (ending === 0) {
    out.push(sentence('các hoạt động hưởng ứng sẽ diễn ra từ ', dayRange(ctx).seg, ' tại ', communeSeg(ctx)));
  } else if (ending === 1) {
    out.push(
      sentence(
        'lễ hội truyền thống của địa phương diễn ra vào ',
        lunarDay(ctx).seg,
        ' tại ',
        communeSeg(ctx),
      ),
    );
  } else {
    out.push(sentence('kỳ họp dự kiến bế mạc vào ', dayOfMonth(ctx, dateStyle(rng)).seg));
  }
  return out;
}

/** Short photo captions: who or what is in the picture. */
export function caption(ctx: ArticleContext, people: Person[], event: string): Seg {
  const { rng } = ctx;
  const p = rng.pick(people);
  return rng.pick([
    () => [capitalize(`quang cảnh ${event}`), '.'],
    () => [capitalize(laterMention(rng, p)), ` phát biểu tại ${event}.`],
    () => ['Đại biểu dự ', event, '.'],
    () => ['Các đại biểu thăm ', zoneSeg(ctx).seg, '.'],
    () => [capitalize(firstMention(rng, p)), ' trao quà cho người dân.'],
  ])();
}
