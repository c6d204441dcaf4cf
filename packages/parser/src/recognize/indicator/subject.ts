import { ADMIN_UNITS, isProvinceLevel, provinceOf, unitOfCode } from '../../lexicon/admin-units.js';
import { isIslandUnit } from '../../lexicon/island-units.js';
import { foldForMatch, foldKey } from '../../text/fold.js';
import { CharSeeker } from '../../text/seeker.js';
import { vietnameseRegex } from '../../text/vietnamese-regex.js';
import type { DraftOf, RecognizeContext, Span } from '../context.js';
import { mergedFrom } from '../location/merged-from.js';
import { eraOf } from '../location/unit-code.js';
import { isFirm } from '../organization/firm.js';
import { gateNamesIn } from './border-gate.js';
import { firstStartingAt } from './by-start.js';
import { paragraphStartAt, sentenceAround } from './clauses.js';
import { AVERAGE, SOURCE_BEFORE } from './cue-words.js';
import { outOfScope } from './out-of-scope.js';
import { acrossBrackets } from './period.js';
import { lastSiteIn, siteNamedAgainIn, sitesIn } from './tourist-site.js';

// By code and name: merged Gia Lai took code 52, Bình Định's last one, so "khu vực Bình Định (cũ)"
// shares its code with the province that stands.
const POST_REFORM_PROVINCES: ReadonlySet<string> = new Set(
  ADMIN_UNITS.filter((u) => u.era === 'post2025' && isProvinceLevel(u)).map(
    (u) => `${u.code} ${foldForMatch(u.name)}`,
  ),
);
const ZONE_TYPES = new Set(['district', 'commune', 'industrial_zone']);
const PROVINCE_TYPES = new Set(['province', 'city']);

type Place = DraftOf<'location'>;

/**
 * Who reached the statistic of `clause` that starts at `at`, its value at `valueAt`;
 * `own` is the stretch of a parallel clause that names its own subject ("..., KCN Liên Chiểu
 * mới đạt 47,6%").
 */
export type SubjectOf = (
  clause: Span,
  at: number,
  valueAt: number,
  key: string,
  own?: Span,
  phraseEnd?: number,
  valueEnd?: number,
) => string | null;

// What a company reaches: capital, projects, jobs, trade, visitors. Growth, budget or poverty
// figures in the same clause stay the province's. (A board that runs zones reports their
// figures, and the hand-checked articles give those to the zone or the province as often as to
// the board: boards are left out.)
const FIRM_KEYS = new Set([
  'investment_capital',
  'investment_projects',
  'fdi_projects',
  'jobs_created',
  'export_value',
  'import_value',
  'trade_value',
  'occupancy_rate',
  'tourist_arrivals',
  'tourism_revenue',
]);

// "ACV đã giải ngân 7.412 tỷ đồng": the investor that disburses, named right before its verb.
const FIRM_DISBURSES = vietnameseRegex(
  '^\\s*(?:\\([^()]*\\)\\s*)?(?:(?:đã|mới|ước|cũng|tiếp tục|dự kiến)\\s+)*giải ngân(?:[^\\p{L}]|$)',
  'u',
);

// "Tỷ lệ lấp đầy tại KCN Hòa Cầm đạt 82%", "thu ngân sách của khu vực Kon Tum (cũ) đạt …",
// "kim ngạch qua cửa khẩu quốc tế Tịnh Biên đạt …": the place right after "tại", "của", "ở" or
// "qua" is where the figure holds.
const AT_PLACE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:tại|của|ở|qua|thuộc|trên địa bàn|khách đến)\\s+(?:(?:tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|tx\\.?|xã|phường|thị trấn|đặc khu|khu vực|cửa khẩu(?: quốc tế)?|cảng(?: biển)?)\\s+)?$',
  'u',
);

// "kim ngạch xuất khẩu của tỉnh", "toàn tỉnh", "trên địa bàn thành phố": the article's own
// province or city, whatever place was named last; "thu nhập bình quân của xã", "toàn huyện":
// the commune or district named last.
export const OWN_UNIT = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:của|toàn|trên địa bàn|cả)\\s+(tỉnh|thành phố|huyện|quận|thị xã|xã(?!\\s+hội)|phường|thị trấn|đặc khu)(?!\\s+\\p{Lu})(?:[^\\p{L}]|$)',
  'u',
);
// "các lò gốm trong xã đón …", "các cơ sở lưu trú trong phường": the members of a commune or
// district the clause counts. (Not "42 hộ trong xã" after a verb: what a body buys of them.)
const MEMBERS_WITHIN = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:các|những)(?:\\s+\\p{Ll}+){1,4}\\s+trong\\s+(thành phố|huyện|quận|thị xã|xã(?!\\s+hội)|phường|thị trấn|đặc khu)(?!\\s+\\p{Lu})(?:[^\\p{L}]|$)',
  'u',
);
// "trên đảo", "của đảo", "toàn đảo": the island itself, no name after it.
// (Read in the text as written: a capital after it names another island, "trên đảo Hòn Sơn".)
const ON_ISLAND = /(?:^|[^\p{L}])(?:[Tt]rên|[Cc]ủa|[Tt]oàn|[Cc]ả)\s+đảo(?!\s+\p{Lu})(?:[^\p{L}]|$)/u;
const OWNER_AFTER_VALUE = vietnameseRegex(
  '^\\s+của\\s+(tỉnh|thành phố|huyện|quận|thị xã|xã(?!\\s+hội)|phường|thị trấn|đặc khu)(?!\\s+\\p{Lu})(?:[^\\p{L}]|$)',
  'u',
);
// "Năm 2021, huyện trồng mới …": a level word with no name after it, the sentence's subject
// after at most a time or place opener.
// ("Theo ông X, năm 2023 thị xã phấn đấu đón …", "Theo đề án, đến năm 2030 huyện giữ …": a time
// may stand before it; "Riêng dịp nghỉ lễ Quốc khánh 4 ngày (30/8 - 2/9), xã đón …": an opener
// naming a holiday runs longer.)
const UNIT_OPENS_SENTENCE = vietnameseRegex(
  '^\\s*(?:[^,;:.()]{1,48}(?:\\s*\\([^()]*\\))?,\\s*)?(?:(?:(?:đến|tới|trong)\\s+)?(?:năm|quý|tháng)\\s+[\\dIVX/]+\\s+)?(thành phố|huyện|quận|thị xã|xã(?!\\s+hội)|phường|thị trấn|đặc khu)\\s+(?!\\p{Lu})\\p{Ll}',
  'u',
);
// "Ông X, Chủ tịch UBND huyện Trùng Khánh cho biết, trong 8 tháng, huyện đón …": reported speech
// opens a sentence of its own, whose bare level word is the speaker's unit.
const SAID = '(?:^|[^\\p{L}])(?:cho biết|cho hay|thông tin|nói)\\s*,?\\s*';
const SPEECH_OPENS = vietnameseRegex(SAID, 'gu');

// (At most a short opener between: "cho biết, 4 tháng đầu năm 2022, doanh nghiệp đạt …".)
const SAID_BEFORE = vietnameseRegex(`${SAID}(?:[^,;:.()]{1,30},\\s*)?$`, 'u');

function afterSpeech(head: string): string {
  let end = -1;
  for (const m of head.matchAll(SPEECH_OPENS)) end = m.index + m[0].length;
  return end < 0 ? '' : head.slice(end);
}
// "; tỉnh phấn đấu …", "; thành phố có …": the bare level word of the province opening a clause.
// ("…; UBND tỉnh trao quyết định chủ trương đầu tư cho 12 dự án": the province's own bodies too.)
export const PROVINCE_OPENS_CLAUSE = vietnameseRegex(
  '^\\s*(?:[^,;:.]{1,30},\\s*)?(?:(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|tỉnh ủy|thành ủy)\\s+)?(tỉnh|thành phố)\\s+(?!\\p{Lu})\\p{Ll}',
  'u',
);
// "xuất khẩu dừa khu vực Bến Tre (cũ)", "thu nội địa khu vực tỉnh Bình Định (cũ)": the place right
// after the statistic's name, "khu vực" between.
const NAME_TO_PLACE = vietnameseRegex(
  '^\\s*(?:(?:\\p{Ll}+\\s+){0,2}khu vực\\s+(?:(?:tỉnh|thành phố|huyện)\\s+)?)?$',
  'u',
);
const OWN_LOCAL: Readonly<Record<string, string>> = {
  huyện: 'district',
  quận: 'district',
  'thị xã': 'district',
  xã: 'commune',
  phường: 'commune',
  'thị trấn': 'commune',
  'đặc khu': 'commune',
};

/**
 * Who reached a statistic. A place standing in the statistic's own clause
 * before it ("KCN Tân Trường có tổng diện tích ...", "huyện X có 9 xã ...")
 * is the subject; otherwise the province in scope: the nearest province or
 * city named before, outside captions and parentheses (a district named in
 * passing, "(huyện Việt Yên)", does not take over the province's figures);
 * else the province the article names most; else the first organization.
 *
 * The places are sorted once and each statistic looks back from its position,
 * so an article with many places and many figures stays linear.
 */
export function subjectFinder(
  ctx: RecognizeContext,
  locations: readonly Place[],
  organizations: readonly DraftOf<'organization'>[],
  people: readonly DraftOf<'person'>[] = [],
): SubjectOf {
  // Provinces and cities abroad ("Quảng Tây", "Seoul") have no code and report no figure here;
  // nor, after the reform, does a province it dissolved ("khu vực Kon Tum (cũ)") unless a clause
  // names it.
  locations = locations.filter((l) => !(PROVINCE_TYPES.has(l.type) && l.code === null));
  // "Cố đô Huế" in an article of 2024 on Thừa Thiên Huế: before the reform the city of Huế lay
  // in the province that shares its code; its figures are the province's.
  if (eraOf(ctx.date) === 'pre2025') {
    const provinces = new Map<string, string>();
    for (const l of locations) if (l.type === 'province' && l.code !== null) provinces.set(l.code, l.name);
    locations = locations.map((l) => {
      const province = l.type === 'city' && l.code !== null ? provinces.get(l.code) : undefined;
      return province === undefined || province === l.name ? l : { ...l, name: province, type: 'province' };
    });
  }
  const current =
    eraOf(ctx.date) === 'post2025'
      ? locations.filter(
          (l) =>
            !PROVINCE_TYPES.has(l.type) ||
            POST_REFORM_PROVINCES.has(`${l.code ?? ''} ${foldForMatch(l.name)}`),
        )
      : locations;
  // "Đoàn công tác tỉnh Hòa Bình … đến thăm và làm việc tại tỉnh Lâm Đồng": the province that
  // sends a delegation is a visitor, its name there half a mention; the host, named as often, is
  // the article's own. (A visitor whose leaders go on to speak of it is named more, and stays.)
  const weight = (l: Place) =>
    DELEGATION_OF.test(ctx.folded.slice(Math.max(0, l.evidence.start - 32), l.evidence.start)) ? 0.5 : 1;
  const counts = new Map<string, number>();
  for (const l of current) {
    if (PROVINCE_TYPES.has(l.type)) counts.set(l.name, (counts.get(l.name) ?? 0) + weight(l));
  }
  // ("Phú Yên: … Tuy Hòa, Tuy An, Sông Cầu …; đường bay Hà Nội - Tuy Hòa": the districts and
  // communes named speak for the province they lie in, half a mention each, when it is named.)
  const era = eraOf(ctx.date);
  const nameOfCode = new Map(
    current.filter((l) => PROVINCE_TYPES.has(l.type) && l.code).map((l) => [l.code, l.name]),
  );
  for (const l of current) {
    if (PROVINCE_TYPES.has(l.type) || l.code === null || !ADMIN_LEVELS.has(l.type)) continue;
    const unit = unitOfCode(l.code, era);
    const name = unit && nameOfCode.get(provinceOf(unit));
    if (name) counts.set(name, (counts.get(name) ?? 0) + 0.5);
  }
  let most: string | null = null;
  for (const [name, n] of counts) if (most === null || n > (counts.get(most) ?? 0)) most = name;
  const fallback = most ?? organizations[0]?.name ?? null;
  // The article's own province and city: the one of each type it names most.
  const mostOfType = (type: string): { name: string | null; count: number } => {
    let best: string | null = null;
    let bestCount = 0;
    const seen = new Map<string, number>();
    for (const l of current) {
      if (l.type !== type) continue;
      // ("thời gian đi từ TP Hồ Chí Minh đến Phan Thiết": a city travellers come from is no city
      // the article is about.)
      if (
        type === CITY_TYPE &&
        ORIGIN_BEFORE.test(ctx.folded.slice(Math.max(0, l.evidence.start - 48), l.evidence.start))
      )
        continue;
      const n = (seen.get(l.name) ?? 0) + weight(l);
      seen.set(l.name, n);
      if (n > bestCount) {
        best = l.name;
        bestCount = n;
      }
    }
    return { name: best, count: bestCount };
  };
  const [ownProvince, ownCity] = [mostOfType('province'), mostOfType('city')];
  // ("Phú Yên … thành phố đón … đường bay Tuy Hòa - Hà Nội": a city of the first rank named less
  // than the province is no "thành phố" of the article's.)
  const ownUnits = {
    tỉnh: ownProvince.name,
    'thành phố': ownCity.count >= ownProvince.count ? ownCity.name : null,
  };
  const homePlace = homeUnit(ctx, locations, organizations);
  const home = homePlace?.name ?? null;
  // The article's own unit when it is a city of its province, named so: "UBND TP Cam Ranh".
  const homeCity =
    homePlace?.type === 'district' &&
    locations.some(
      (l) =>
        l.name === homePlace.name &&
        CITY_TYPE_WORD_BEFORE.test(ctx.folded.slice(Math.max(0, l.evidence.start - 11), l.evidence.start)),
    )
      ? homePlace.name
      : null;

  const byStart = (places: Place[]) =>
    places
      .map((place, order) => ({ place, order }))
      .sort((a, b) => a.place.evidence.start - b.place.evidence.start || a.order - b.order)
      .map(({ place }) => place);
  // "xã được lập từ thị trấn Phó Bảng và các xã Phố Là, Lũng Thầu": the units a merger joined are
  // gone; no figure after them is theirs. (Their districts are often called former: "xã Cao Chương
  // của huyện Trùng Khánh (cũ) và xã Quốc Toản".)
  // ("sau khi hợp nhất hai tỉnh Lào Cai và Yên Bái, … của tỉnh": so is the list a merger names.)
  const standing = (l: Place) =>
    !MERGED_FROM.test(
      ctx.folded.slice(sentenceAround(ctx.text, l.evidence.start, l.evidence.end).start, l.evidence.start),
    ) && !mergedFrom(ctx.text, l.evidence.start);
  const areas = byStart(
    locations.filter((l) => (PROVINCE_TYPES.has(l.type) || ZONE_TYPES.has(l.type)) && standing(l)),
  );
  const firms = [...organizations].filter(isFirm).sort((a, b) => a.evidence.start - b.evidence.start);
  const investors = firms.filter((o) => !PLANT.test(o.name));
  const local = {
    district: byStart(locations.filter((l) => l.type === 'district' && standing(l))),
    commune: byStart(locations.filter((l) => l.type === 'commune' && standing(l))),
  };
  const provincesNamed = byStart(locations.filter((l) => PROVINCE_TYPES.has(l.type)));
  // "Khu vực Mường Lát (cũ)", "khu vực Tam Đảo": districts and communes named as areas.
  const areasNamed = byStart(
    locations.filter(
      (l) =>
        ADMIN_LEVELS.has(l.type) &&
        (AREA_WORD_BEFORE.test(ctx.folded.slice(Math.max(0, l.evidence.start - 10), l.evidence.start)) ||
          /^\s*\(cũ\)/u.test(ctx.text.slice(l.evidence.end, l.evidence.end + 8))),
    ),
  );
  // ("Theo Thuế cơ sở 24 TP.HCM, nguồn thu tăng …": the place in the name of a body the figures
  // are credited to names the body, not the unit they are of.)
  const inSourceBody = (l: Place) =>
    organizations.some(
      (o) =>
        o.evidence.start <= l.evidence.start &&
        l.evidence.end <= o.evidence.end &&
        SOURCE_BEFORE.test(ctx.folded.slice(Math.max(0, o.evidence.start - 6), o.evidence.start)),
    );
  const provincial = byStart(current.filter((l) => PROVINCE_TYPES.has(l.type)));
  // ("hợp nhất với TP.HCM và Bà Rịa - Vũng Tàu": a list shares the scope of its first place.)
  const outOfScopeInList = (l: Place): boolean =>
    [l, listOpening(ctx.text, provincial, l, 0)].some((p) =>
      outOfScope(ctx.folded, p.evidence.start, p.evidence.end),
    );
  // "… với 52 ghe Ngo của các tỉnh Sóc Trăng, Trà Vinh, … và TP Cần Thơ tranh tài": the provinces a
  // plural lists as taking part; none of them is who a later figure is of.
  const participant = (l: Place): boolean =>
    PARTICIPANTS.test(ctx.folded.slice(Math.max(0, l.evidence.start - 160), l.evidence.start));
  const inScope = outsideAsides(ctx, provincial).filter(
    (l) => !outOfScopeInList(l) && !inSourceBody(l) && !participant(l),
  );

  const paragraphStart = (at: number): number => paragraphStartAt(ctx.paragraphs, at);
  // Where the body begins: a headline names a firm short ("HTX Lác Xanh"), the lead in full.
  const bodyStart = ctx.paragraphs.find((p) => p.role === 'title')?.end ?? 0;
  // "đề nghị UBND huyện phối hợp với Sở Tài nguyên và Môi trường TP.HCM …, phấn đấu thu ngân sách
  // đạt …": the place of a partner body names whom the figure's unit works with, not the unit.
  const inPartnerBody = (place: Place): boolean =>
    organizations.some(
      (o) =>
        o.evidence.start <= place.evidence.start &&
        place.evidence.end <= o.evidence.end &&
        PARTNER_BEFORE.test(ctx.folded.slice(Math.max(0, o.evidence.start - 16), o.evidence.start)),
    );

  // "Trà Vinh năm 2023: Trung tâm Điện lực Duyên Hải phát hơn 22,6 tỷ kWh, thu ngân sách ước đạt
  // 5.412 tỷ đồng": a place inside a firm's name that reported a figure of its own before names
  // the firm, not where the next figure holds.
  const inFirmWithItsOwnFigure = (place: Place, at: number): boolean =>
    firms.some(
      (o) =>
        o.evidence.start <= place.evidence.start &&
        place.evidence.end <= o.evidence.end &&
        /\d/u.test(ctx.text.slice(o.evidence.end, at)),
    );

  // "Giám đốc Hợp tác xã Lâm sản Khau Tinh cho biết, hợp tác xã có 32 thành viên …; 6 tháng
  // doanh thu đạt 3,2 tỉ đồng", "Tổng Giám đốc công ty cho biết, kim ngạch xuất khẩu của công ty
  // đạt 12,6 triệu USD": the firm the paragraph named, then spoke of by its bare kind.
  /**
   * The firm of `among` the paragraph from `paragraph` names last before `before`, else the first
   * the article's body (then its title) names: the article's own firm of that kind.
   */
  const articlesFirm = (among: readonly DraftOf<'organization'>[], paragraph: number, before: number) =>
    firmBefore(ctx.text, among, paragraph, before) ??
    firstFirm(ctx.text, among, bodyStart, before) ??
    firstFirm(ctx.text, among, 0, before);

  const firmReferredBack = (clauseStart: number, valueAt: number) => {
    const from = Math.min(sentenceAround(ctx.text, clauseStart, clauseStart).start, clauseStart);
    const bare = BARE_FIRM.exec(ctx.text.slice(from, valueAt));
    if (bare) {
      // ("Công ty X ký hợp đồng với HTX Y …; kim ngạch của công ty": the last firm of that kind.)
      // ("Mỏ đang tạo việc làm cho …": a mine is the firm that runs it, of whatever kind.)
      const kind = firmKind(bare[0]);
      // ("Dây chuyền mới tạo việc làm cho 140 lao động": a production line opening a sentence is
      // a firm's.)
      if (bare[0] === 'Dây chuyền') return lineOwner(ctx.text, firms, from + bare.index);
      // ("Công ty TNHH X khởi công nhà máy … Nhà máy dự kiến tạo việc làm cho …": a plant no
      // plant's name was given for is the company's that builds it.)
      const named = kind === null ? firms : firms.filter((o) => firmKind(o.name) === kind);
      const ofKind = kind === 'plant' && named.length === 0 ? firms : named;
      const start = paragraphStart(clauseStart);
      // ("Công ty CP X khánh thành nhà máy … [a paragraph later] 9 tháng, công ty xuất khẩu đạt …":
      // a paragraph that names no firm of the kind speaks of the article's own, the first it named,
      // not a partner or a lessor named after it.)
      // ("HTX đã ký hợp đồng với Công ty Y … Vào chính vụ, HTX còn tạo việc làm cho …": a bare "HTX"
      // is the article's cooperative, named in an earlier paragraph, never a company this one names.)
      // ("Homestay Mùa Sở … homestay đón …": a guesthouse named before, never another firm.)
      if (kind === 'lodging') return articlesFirm(ofKind, start, from + bare.index);
      if (kind === 'cooperative')
        return (
          articlesFirm(ofKind, start, from + bare.index) ??
          firmBefore(ctx.text, firms, start, from + bare.index)
        );
      return (
        firmBefore(ctx.text, ofKind, start, from + bare.index) ??
        firmBefore(ctx.text, firms, start, from + bare.index) ??
        firstFirm(ctx.text, ofKind, bodyStart, from + bare.index) ??
        firstFirm(ctx.text, ofKind, 0, from + bare.index)
      );
    }
    // "Ông X, Giám đốc Công ty Y, cho biết doanh nghiệp đã …": in the words of a firm's head,
    // "doanh nghiệp" is that firm, named earlier in the same sentence.
    const enterprise = BARE_ENTERPRISE.exec(ctx.text.slice(from, valueAt));
    // "Công ty X … giải quyết việc làm cho 2.000 lao động. Doanh nghiệp đang triển khai giai đoạn
    // 2 với vốn đầu tư 1.250 tỷ đồng": a sentence that opens on the enterprise doing something goes
    // on about the firm the sentence before it named.
    if (enterprise && ENTERPRISE_ACTS.test(ctx.text.slice(from, valueAt)) && from > 0) {
      const floor = paragraphStart(clauseStart);
      let previous = sentenceAround(ctx.text, from - 2, from - 2);
      let firm = firmBefore(ctx.text, firms, Math.max(previous.start, floor), from);
      // ("Công ty X …. Năm nay, doanh nghiệp dự kiến xuất khẩu …. Doanh nghiệp hiện tạo việc làm …":
      // back along the sentences that speak of it by its kind.)
      while (
        firm === undefined &&
        previous.start > floor + 1 &&
        BARE_KIND_OF_FIRM.test(ctx.text.slice(previous.start, previous.end))
      ) {
        const before = sentenceAround(ctx.text, previous.start - 2, previous.start - 2);
        if (before.start >= previous.start) break;
        previous = before;
        firm = firmBefore(ctx.text, firms, Math.max(previous.start, floor), from);
      }
      return firm;
    }
    if (!enterprise || !SAID_BEFORE.test(ctx.folded.slice(from, from + enterprise.index))) return undefined;
    return firmBefore(ctx.text, firms, from, from + enterprise.index);
  };

  // Every body named, in text order.
  const bodies = [...organizations].sort((a, b) => a.evidence.start - b.evidence.start);

  // "Tại huyện Xuyên Mộc, Công ty TNHH X đón khách trở lại …; công suất phòng tháng 3 đạt 68%":
  // the firm a sentence opens with, after at most a short opener, is the subject of its later
  // clauses, as a place is.
  // ("…; tỷ lệ lấp đầy của khu công nghiệp này đạt 96%" speaks of the zone again.)
  const firmOpeningSentence = (clauseStart: number, valueAt: number) => {
    const own = ctx.text.slice(clauseStart, valueAt);
    if (BARE_ZONE.test(own) || BARE_ECONOMIC_ZONE.test(own) || /\snày(?:[^\p{L}]|$)/u.test(own))
      return undefined;
    const sentence = sentenceAround(ctx.text, clauseStart, clauseStart);
    if (sentence.start >= clauseStart) return undefined;
    // ("…; UBND tỉnh trao quyết định chủ trương đầu tư cho 12 dự án": a clause that names who acts
    // is that one's.)
    if (bodies.some((o) => o.evidence.start >= clauseStart && o.evidence.end <= valueAt)) return undefined;
    const first = firms.find((o) => o.evidence.start >= sentence.start && o.evidence.end <= clauseStart);
    if (!first || !SENTENCE_OPENER.test(ctx.text.slice(sentence.start, first.evidence.start)))
      return undefined;
    return first;
  };

  // "Công ty X (Doosan Vina, 100% vốn Hàn Quốc) năm 2017 đạt kim ngạch …": a bracket with
  // figures ends a clause, but the company before it opens the next.
  const firmBeforeBracket = (clauseStart: number) => {
    const close = ctx.text.lastIndexOf(')', clauseStart);
    if (close < 0 || !/^\)\s*$/.test(ctx.text.slice(close, clauseStart))) return undefined;
    const open = ctx.text.lastIndexOf('(', close);
    if (open < 0) return undefined;
    const firm = firmBefore(ctx.text, firms, paragraphStart(clauseStart), open);
    return firm && /^\s*$/.test(ctx.text.slice(firm.evidence.end, open)) ? firm : undefined;
  };

  // "KKT Nghi Sơn có 318 dự án. Tỉ lệ lấp đầy các KCN trong khu kinh tế đạt 56,4%": the economic
  // zone the paragraph named, spoken of again by its bare kind.
  const zones = areas.filter((a) => a.type === 'industrial_zone');
  const zoneReferredBack = (clauseStart: number, valueAt: number) => {
    const text = ctx.text.slice(clauseStart, valueAt);
    const economic = BARE_ECONOMIC_ZONE.exec(text);
    const bare = economic ?? BARE_ZONE.exec(text);
    if (!bare) return undefined;
    // ("Trưởng ban Quản lý KKT Đông Nam Nghệ An cho biết, các KCN, KKT trên địa bàn tỉnh thu hút …":
    // zones the clause places in the whole province are all of its zones, not the one named before.)
    if (OWN_UNIT.exec(ctx.folded.slice(clauseStart, valueAt))?.[1] === PROVINCE_WORD) return undefined;
    const before = clauseStart + bare.index;
    for (let i = zones.length - 1; i >= 0; i--) {
      const zone = zones[i]!;
      if (zone.evidence.end > before) continue;
      if (zone.evidence.start < paragraphStart(clauseStart)) break;
      if (!economic || ECONOMIC_ZONE_NAME.test(foldForMatch(zone.evidence.text))) return zone;
    }
    // "Khu kinh tế Vũng Áng …" in the lead, "… trên địa bàn khu kinh tế đạt 6.215 tỉ đồng" paragraphs
    // later: the one economic zone an article names is the one it speaks of again.
    // (Not the "Khu kinh tế tỉnh" of a board's name, nor a clause that says "toàn tỉnh".)
    const inBody = bodies.some((o) => o.evidence.start <= before && before < o.evidence.end);
    return economic && !inBody && !OWN_UNIT.test(ctx.folded.slice(clauseStart, valueAt))
      ? onlyEconomicZone(before)
      : undefined;
  };
  // "Theo Ban Quản lý Khu du lịch quốc gia Tam Chúc, trong 5 tháng khu du lịch đón …": the bare
  // kind of a tourist site is the body named before in the paragraph that runs it.
  const siteReferredBack = (clauseStart: number, valueAt: number) => {
    const bare = BARE_SITE.exec(ctx.text.slice(clauseStart, valueAt));
    if (!bare) return undefined;
    const before = clauseStart + bare.index;
    const from = paragraphStart(clauseStart);
    return bodies.findLast(
      (o) => o.evidence.end <= before && o.evidence.start >= from && SITE_BODY.test(foldForMatch(o.name)),
    );
  };
  const zoneAfterValue = (valueEnd: number) => {
    const into = INTO.exec(ctx.text.slice(valueEnd, valueEnd + 24));
    if (!into) return undefined;
    const from = valueEnd + into[0].length;
    const named = zones.find((z) => z.evidence.start === from);
    // ("5 dự án FDI vào KCN Thạnh Lộc và KCN Bình Hòa": projects shared among zones are the province's.)
    if (named)
      return ANOTHER_ZONE_AFTER.test(ctx.text.slice(named.evidence.end, named.evidence.end + 24))
        ? undefined
        : named;
    return BARE_ECONOMIC_ZONE.exec(ctx.text.slice(from - 1, from + 14))?.index === 0
      ? onlyEconomicZone(from)
      : undefined;
  };
  const onlyEconomicZone = (before: number) => {
    const named = zones.filter(
      (z) => z.evidence.end <= before && ECONOMIC_ZONE_NAME.test(foldForMatch(z.evidence.text)),
    );
    return named.length > 0 && named.every((z) => z.name === named[0]!.name) ? named[0] : undefined;
  };

  // "Riêng Trung tâm Du lịch Phong Nha - Kẻ Bàng, trong 8 tháng đón gần 570.000 lượt khách": a
  // body a sentence singles out with "Riêng" reached the figures of that sentence.
  // ("…; riêng Ban Quản lý Quần thể danh thắng Tràng An đón hơn 182.000 lượt khách": or a clause,
  // the body then doing what the figure counts.)
  const bodySingledOut = (clauseStart: number, valueAt: number) => {
    const sentence = sentenceAround(ctx.text, clauseStart, clauseStart);
    for (const from of [sentence.start, clauseStart]) {
      const opener = SINGLED_OUT.exec(ctx.text.slice(from, from + 12));
      if (!opener) continue;
      const body = firstAfter(bodies, from + opener[0].length, valueAt);
      if (!body || body.evidence.start !== from + opener[0].length) continue;
      const after = ctx.folded.slice(body.evidence.end, valueAt);
      if (!/^\s*,/.test(after) && !SITE_VERB.test(after)) continue;
      return lastBefore(areas, valueAt, body.evidence.end, valueAt) ? undefined : body;
    }
    return undefined;
  };

  // "Uỷ ban MTTQ Việt Nam tỉnh đã hỗ trợ xây mới 415 căn nhà", "Quỹ Vì người nghèo tỉnh 6 tháng
  // vận động được 14,3 tỉ đồng": the front or a fund opening a sentence as who acts reached its
  // figures ("Theo Ủy ban MTTQ tỉnh, …" only says where they come from).
  // "Ban Quản lý dự án … tỉnh được giao 2.460 tỷ đồng nhưng mới giải ngân 412 tỷ đồng": a
  // project board spends the capital it was given, as the front or a fund raises its own.
  const socialBodies = bodies.filter((o) => o.type === 'front' || FUND.test(o.name));
  const projectBoards = bodies.filter((o) => PROJECT_BOARD.test(o.name));
  const socialBodyActing = (clauseStart: number, valueAt: number, key: string) => {
    const sentence = sentenceAround(ctx.text, clauseStart, clauseStart);
    const body = firstAfter(key === DISBURSEMENT ? projectBoards : socialBodies, sentence.start, valueAt);
    // ("Năm 2021, Quỹ Vì người nghèo vận động …": a time may open the sentence before it.)
    const opener = ctx.text.slice(sentence.start, body?.evidence.start ?? sentence.start);
    if (!body || (opener.trim() !== '' && !TIME_OPENER.test(opener))) return undefined;
    // ("Ban Quản lý dự án … tỉnh, đơn vị được giao nhiều vốn nhất với 1.612 tỷ đồng, mới giải ngân
    // 512,6 tỷ đồng": past an apposition that speaks of the board as "đơn vị".)
    const between = ctx.folded.slice(body.evidence.end, valueAt).replace(UNIT_APPOSITION, ' ');
    if (/^\s*[,(]|;/.test(between) || SAID_ANYWHERE.test(between)) return undefined;
    return lastBefore(areas, valueAt, body.evidence.end, valueAt) ? undefined : body;
  };

  // "Về phía nhà đầu tư có ông Choi Jae-won, Chủ tịch Tập đoàn Kumjin …" … "Ông Choi Jae-won cho
  // biết, …, tập đoàn đã tạo việc làm cho khoảng 2.300 lao động": in a speaker's words, the bare
  // kind of a firm is the firm the speaker's title named, however far back.
  const peopleByStart = [...people].sort((a, b) => a.evidence.start - b.evidence.start);
  // Reported speech before the value in its sentence: where the sentence opens and where its verb
  // of saying stands.
  const speechBefore = (clauseStart: number, valueAt: number) => {
    const sentence = sentenceAround(ctx.text, clauseStart, clauseStart);
    const said = SAID_ANYWHERE.exec(ctx.folded.slice(sentence.start, valueAt));
    return said ? { from: sentence.start, saidAt: sentence.start + said.index } : undefined;
  };
  const speakerOf = (speech: { from: number; saidAt: number }) =>
    peopleByStart.findLast((p) => p.evidence.start >= speech.from && p.evidence.end <= speech.saidAt);
  // What the speaker's title names, at this mention or the latest one before it that has a title.
  const titledEarlier = <T>(
    speaker: DraftOf<'person'>,
    inTitle: (person: DraftOf<'person'>) => T | undefined,
  ) => {
    for (let i = peopleByStart.length - 1; i >= 0; i--) {
      const person = peopleByStart[i]!;
      if (person.name !== speaker.name || person.evidence.start > speaker.evidence.start) continue;
      const found = inTitle(person);
      if (found) return found;
    }
    return undefined;
  };
  // The quote the value stands in, opened in its paragraph and not closed before it.
  const quoteAround = (valueAt: number) => {
    const paragraph = ctx.paragraphs.find((p) => p.start <= valueAt && valueAt < p.end);
    if (!paragraph) return undefined;
    const open = ctx.text.lastIndexOf('“', valueAt);
    if (open < paragraph.start) return undefined;
    const close = ctx.text.indexOf('”', open);
    return close >= 0 && close < valueAt ? undefined : { paragraph, open };
  };
  // What the title of the paragraph's people names, the person nearest the quote first.
  const titledNearQuote = <T>(
    quote: { paragraph: Span; open: number },
    inTitle: (person: DraftOf<'person'>) => T | undefined,
  ) => {
    const speakers = peopleByStart
      .filter((p) => p.evidence.start >= quote.paragraph.start && p.evidence.end <= quote.paragraph.end)
      .sort((a, b) => Math.abs(a.evidence.start - quote.open) - Math.abs(b.evidence.start - quote.open));
    for (const speaker of speakers) {
      const found = titledEarlier(speaker, inTitle);
      if (found) return found;
    }
    return undefined;
  };
  const inSpan = (person: DraftOf<'person'>) => (o: DraftOf<'organization'>) =>
    o.evidence.start >= person.evidence.start && o.evidence.end <= person.evidence.end;

  // "Về phía nhà đầu tư có ông Choi Jae-won, Chủ tịch Tập đoàn Kumjin …" … "Ông Choi Jae-won cho
  // biết, …, tập đoàn đã tạo việc làm cho khoảng 2.300 lao động": in a speaker's words, the bare
  // kind of a firm is the firm the speaker's title named, however far back.
  const firmOfTitle = (person: DraftOf<'person'>) => firms.find(inSpan(person));
  const speakersFirm = (clauseStart: number, valueAt: number) => {
    const speech = speechBefore(clauseStart, valueAt);
    if (!speech) return paragraphSpeakersFirm(clauseStart, valueAt);
    if (!BARE_KIND_OF_FIRM.test(ctx.text.slice(speech.saidAt, valueAt))) return undefined;
    const speaker = speakerOf(speech);
    return speaker && titledEarlier(speaker, firmOfTitle);
  };
  // "Theo ông Khải, sản phẩm của công ty … Năm 2023, kim ngạch xuất khẩu của công ty đạt …": a
  // paragraph opening on whose words it gives goes on in them; "công ty" is the speaker's firm.
  const paragraphSpeakersFirm = (clauseStart: number, valueAt: number) => {
    const from = paragraphStart(clauseStart);
    const according = ACCORDING_TO_PERSON.exec(ctx.text.slice(from, from + 40));
    if (!according) return undefined;
    const sentence = sentenceAround(ctx.text, clauseStart, clauseStart);
    if (!BARE_KIND_OF_FIRM.test(ctx.text.slice(Math.min(sentence.start, clauseStart), valueAt)))
      return undefined;
    // ("Theo ông Khải": the one of that given name the article named in full before.)
    const given = according[1]!;
    const speaker = peopleByStart.findLast(
      (p) => p.evidence.start < from && (p.name === given || p.name.endsWith(` ${given}`)),
    );
    return speaker && titledEarlier(speaker, firmOfTitle);
  };
  // "Ông Yamada, Tổng Giám đốc Công ty X đánh giá, … “Chúng tôi dự kiến nâng tổng vốn đầu tư lên
  // 400 triệu USD”, ông Yamada nói": "we" in a firm's head's quoted words is the firm.
  const quotedFirm = (valueAt: number) => {
    const quote = quoteAround(valueAt);
    if (!quote) return undefined;
    const words = ctx.text.slice(quote.open, valueAt);
    if (!WE.test(ctx.folded.slice(quote.open, valueAt)) && !BARE_KIND_OF_FIRM.test(words)) return undefined;
    return titledNearQuote(quote, firmOfTitle);
  };

  // "Giám đốc Ban Quản lý dự án … Bùi Văn Thắng cho biết, năm 2025 đơn vị được giao 3.420 tỷ
  // đồng, đến nay mới giải ngân 1.351 tỷ đồng", "“Riêng tháng 11, Ban giải ngân thêm 286 tỷ đồng”":
  // a board or an agency spoken of again by "đơn vị" or a bare "Ban", in its own words or its
  // head's, reached the figure. (A people's committee or a party body speaks for its place.)
  const ownBody = (body: DraftOf<'organization'> | undefined) =>
    body && !PLACE_BODIES.has(body.type) ? body : undefined;
  const bodyOfTitle = (person: DraftOf<'person'>) => ownBody(bodies.find(inSpan(person)));
  const speakersBody = (clauseStart: number, valueAt: number) => {
    const speech = speechBefore(clauseStart, valueAt);
    if (speech) {
      if (!BODY_AGAIN.test(ctx.text.slice(speech.saidAt, valueAt))) return undefined;
      // ("Trung tâm Du lịch X (thuộc Ban Quản lý Y) cho biết, … đơn vị đón …": the bracket names
      // the body the speaker's belongs to, not the speaker's.)
      const speakerBody = ownBody(
        bodies.findLast(
          (o) =>
            o.evidence.start >= speech.from &&
            o.evidence.end <= speech.saidAt &&
            !OWNER_IN_BRACKET.test(ctx.text.slice(Math.max(0, o.evidence.start - 12), o.evidence.start)),
        ),
      );
      const speaker = speakerOf(speech);
      return namedCooperative((speaker && titledEarlier(speaker, bodyOfTitle)) ?? speakerBody, clauseStart);
    }
    // In a quote: the head the paragraph names, nearest to it.
    const quote = quoteAround(valueAt);
    if (!quote || !BODY_AGAIN.test(ctx.text.slice(quote.open, valueAt))) return undefined;
    return titledNearQuote(quote, bodyOfTitle);
  };

  // "Bà X, Giám đốc HTX cho biết, đơn vị hiện … tạo việc làm cho 180 lao động": a bare "HTX" is the
  // cooperative the article named.
  const namedCooperative = (body: DraftOf<'organization'> | undefined, before: number) => {
    if (body?.name !== BARE_COOPERATIVE) return body;
    const named = firms.filter((o) => o.name !== BARE_COOPERATIVE && firmKind(o.name) === 'cooperative');
    return articlesFirm(named, paragraphStart(before), before) ?? body;
  };

  /** The last body named in [from, before) whose name opens with this kind: "chi cục", "trung tâm". */
  const bodyOfKind = (kind: string, from: number, before: number) => {
    const key = foldKey(kind);
    return bodies.findLast(
      (o) => o.evidence.start >= from && o.evidence.end <= before && foldKey(o.name).startsWith(key),
    );
  };
  // "Chi cục Hải quan cửa khẩu quốc tế Lao Bảo … Năm 2023, chi cục được giao dự toán thu 440 tỉ
  // đồng": an agency spoken of again by its bare kind, in lower case, is the one of that kind
  // the paragraph named last.
  const agencyReferredBack = (clauseStart: number, valueAt: number) => {
    const sentence = sentenceAround(ctx.text, clauseStart, clauseStart);
    const bare = AGENCY_AGAIN.exec(ctx.text.slice(sentence.start, valueAt));
    if (!bare) return undefined;
    const [kind, before] = [bare[1]!, sentence.start + bare.index];
    // (A capitalized kind is a name the article gave before, in any paragraph.)
    return (
      bodyOfKind(kind, paragraphStart(clauseStart), before) ??
      (/^\p{Lu}/u.test(kind) ? bodyOfKind(kind, 0, before) : undefined)
    );
  };

  // "Riêng Trung tâm Du lịch Phong Nha - Kẻ Bàng 10 tháng đón 863.420 lượt khách", "trung tâm đón
  // 41.250 lượt khách": the body that receives the visitors, named in the clause or by its bare
  // kind after one its paragraph named; no unit's own body (a province's is the province's), and
  // no firm, which the firms' own rules read.
  const hostBefore = (clauseStart: number, valueAt: number) => {
    const receives = (from: number) => RECEIVES.test(ctx.folded.slice(from, valueAt));
    const named = bodies.findLast(
      (o) => o.evidence.start >= clauseStart && o.evidence.end <= valueAt && !PLACE_BODIES.has(o.type),
    );
    // (A firm, named or "HTX" again, is read as firms are.)
    if (named && (isFirm(named) || named.name === BARE_COOPERATIVE)) return undefined;
    if (named && receives(named.evidence.end)) return named;
    // ("Trưởng Ban Quản lý vịnh Hạ Long cho biết, 7 tháng, ban đã đón …": past the body named, its
    // bare kind receiving.)
    const from = named?.evidence.end ?? clauseStart;
    const bare = BARE_HOST.exec(ctx.text.slice(from, valueAt));
    if (!bare || !receives(from + bare.index + bare[0].length)) return undefined;
    const before = from + bare.index;
    // (The one its paragraph named, else the last the article named: "Trung tâm … đón …" a
    // paragraph before "Riêng tháng 6, trung tâm đón …".)
    return bodyOfKind(bare[1]!, paragraphStart(clauseStart), before) ?? bodyOfKind(bare[1]!, 0, before);
  };

  // "Riêng các điểm di tích do Trung tâm Bảo tồn Di tích Cố đô Huế quản lý, 10 tháng đã đón …",
  // "Theo Trung tâm …, lượng khách tham quan các điểm di tích do đơn vị quản lý đạt …": the body
  // that runs the sites the visitors came to, named there, or by "đơn vị" or its bare kind.
  const managingBody = (clauseStart: number, valueAt: number) => {
    const sentence = sentenceAround(ctx.text, clauseStart, clauseStart);
    const managed = MANAGED_BY.exec(ctx.text.slice(sentence.start, valueAt));
    if (!managed) return undefined;
    const [at, end] = [sentence.start + managed.index, sentence.start + managed.index + managed[0].length];
    const named = bodies.findLast((o) => o.evidence.start >= at && o.evidence.end <= end);
    if (named) return ownBody(named);
    const kind = managed[1]!;
    if (foldKey(kind) === UNIT_WORD)
      return ownBody(
        bodies.findLast((o) => o.evidence.end <= at && o.evidence.start >= paragraphStart(clauseStart)),
      );
    return BARE_MANAGER.test(kind)
      ? (bodyOfKind(kind, paragraphStart(clauseStart), at) ?? bodyOfKind(kind, 0, at))
      : undefined;
  };

  // "Khu du lịch thác Bản Giốc (xã Đàm Thủy, huyện Trùng Khánh) đón hơn 563.000 lượt khách",
  // "Riêng Cao nguyên đá Đồng Văn đón …": the site or the region that receives the visitors, right
  // before it does, past where it lies; not the commune in the bracket, nor the province.
  const regions = byStart(locations.filter((l) => l.type === 'region'));
  const sites = sitesIn(ctx.text);
  const siteNames = new Set(sites.map((site) => site.name));
  const siteReceiving = (clauseStart: number, valueAt: number): string | undefined => {
    const receives = (from: number) =>
      RECEIVES.test(ctx.folded.slice(from, valueAt).replace(/^\s*\([^()]*\)/u, ''));
    const site = lastSiteIn(sites, clauseStart, valueAt);
    const region = lastBefore(regions, valueAt, clauseStart, valueAt);
    // ("Ban Quản lý vịnh Hạ Long cho biết, …": a site in a body's name is the body's.)
    const inBody = (start: number) => bodies.some((o) => o.evidence.start < start && start < o.evidence.end);
    // ("Theo ông X, Giám đốc Công ty CP Du lịch Tràng An, … khu du lịch sinh thái Tràng An đón …": the
    // firm its sentence named for the site runs it, and the firms' own rules read it.)
    const sentenceStart = sentenceAround(ctx.text, clauseStart, clauseStart).start;
    const runBy = (name: string, before: number) =>
      firms.some(
        (o) =>
          o.evidence.start >= sentenceStart &&
          o.evidence.end <= before &&
          foldKey(o.name).endsWith(foldKey(name)),
      );
    if (site && receives(site.end) && !inBody(site.start) && !runBy(site.name, site.start)) return site.name;
    const again = siteNamedAgainIn(ctx.text, siteNames, clauseStart, valueAt);
    if (again && receives(again.end) && !inBody(again.start) && !runBy(again.name, again.start))
      return again.name;
    if (region && receives(region.evidence.end) && !inBody(region.evidence.start)) return region.name;
    return undefined;
  };

  // "Phong Nha: HTX Ánh Dương đón gần 7.800 lượt khách", the lead "Hợp tác xã Du lịch thám hiểm Ánh
  // Dương": a headline's short name of a firm is the firm the body names in full.
  const fullNames = new Map<string, string>();
  for (const o of firms) {
    if (o.evidence.end > bodyStart) continue;
    const kind = firmKind(o.name);
    const ownName = o.name.replace(FIRM_KIND, '');
    if (ownName === o.name) continue;
    const full = firms.find(
      (b) =>
        b.evidence.start >= bodyStart &&
        b.name.length > o.name.length &&
        firmKind(b.name) === kind &&
        b.name.endsWith(` ${ownName}`),
    );
    if (full) fullNames.set(o.name, full.name);
  }
  // "Lào Cai 9 tháng: Sa Pa đón hơn 3,2 triệu lượt khách, xuất khẩu quế vượt 100 triệu USD": in a
  // headline, a resort named for its visitors leaves a later figure on another matter, past a
  // comma, to the province the headline opens with.
  const title = ctx.paragraphs.find((p) => p.role === 'title');
  const headlineUnitPastVisitors = (at: number, valueAt: number, key: string): Place | undefined => {
    if (!title || valueAt > title.end || TOURISM_KEYS.has(key)) return undefined;
    const colon = ctx.text.indexOf(':', title.start);
    if (colon < 0 || colon > at) return undefined;
    const comma = ctx.text.lastIndexOf(', ', at);
    if (comma <= colon || lastBefore(areas, valueAt, comma, valueAt)) return undefined;
    const resort = lastBefore(areas, comma, colon, comma);
    if (!resort || !VISITORS.test(ctx.folded.slice(resort.evidence.end, comma))) return undefined;
    return lastBefore(provincial, colon, title.start, colon);
  };
  // "Quảng Nam năm 2019: Thaco tiêu thụ hơn 112.000 xe, Hội An đón 5,3 triệu lượt khách": in a
  // headline, a place that opens its own comma's clause, right before the statistic's words, is
  // who reached it, not a firm named before.
  const placeOpeningClause = (at: number): Place | undefined => {
    if (!title || at > title.end) return undefined;
    const place = lastBefore(areas, at, Math.max(0, at - 40), at);
    if (!place || !ACTS_NEXT.test(ctx.folded.slice(place.evidence.end, at))) return undefined;
    const opens = Math.max(
      ...[', ', '; ', ': '].map((sep) => ctx.text.lastIndexOf(sep, place.evidence.start)),
    );
    if (opens < 0) return undefined;
    return CLAUSE_OPENS_ON_PLACE.test(ctx.folded.slice(opens + 2, place.evidence.start)) ? place : undefined;
  };
  const subjectOf: SubjectOf = (clause, at, valueAt, key, own, phraseEnd, valueEnd) => {
    const found = findSubject(clause, at, valueAt, key, own, phraseEnd, valueEnd);
    return (found !== null && fullNames.get(found)) || found;
  };
  /** The place before `place`, back to `from`, that a bracket or an apposition after it locates. */
  const pastWhereItLies = (place: Place | undefined, from: number): Place | undefined => {
    let found = place;
    for (
      let hops = 0;
      hops < 3 &&
      found &&
      (inBracketAfterPlace(ctx.text, from, found, areas) ||
        inAppositionAfterPlace(ctx.text, from, found, areas));
      hops++
    )
      found = lastBefore(areas, found.evidence.start, from, found.evidence.start);
    return found;
  };
  const findSubject: SubjectOf = (clause, at, valueAt, key, own, phraseEnd, valueEnd) => {
    // "trao giấy chứng nhận đăng ký đầu tư cho 4 dự án vào KKT Dung Quất", "thu hút thêm 10 dự án
    // vào KKT": the zone the projects go into.
    const into = INTO_ZONE_KEYS.has(key) && valueEnd !== undefined ? zoneAfterValue(valueEnd) : undefined;
    if (into) return into.name;
    const headline = headlineUnitPastVisitors(at, valueAt, key);
    if (headline) return headline.name;
    if (own) {
      // ("…, riêng KCN Tam Anh (xã Tam Anh Nam, huyện Núi Thành) mới đạt 18%": past where it lies.)
      const named = pastWhereItLies(lastBefore(areas, valueAt, own.start, valueAt), own.start);
      if (named) return named.name;
    }
    const manager = TOURISM_KEYS.has(key) ? managingBody(clause.start, valueAt) : undefined;
    if (manager) return manager.name;
    const host = hostBefore(clause.start, valueAt);
    if (host) return host.name;
    const receiving = key === VISITORS_KEY ? siteReceiving(clause.start, valueAt) : undefined;
    if (receiving) return receiving;
    let atPlace = lastBefore(areas, valueAt, at, valueAt);
    // "kim ngạch XNK qua Cửa khẩu quốc tế Hữu Nghị đạt …": a border gate the gazetteer does not
    // know (no commune bears its name) is still where the figure holds.
    // ("Qua cửa khẩu quốc tế Lệ Thanh (huyện Đức Cơ), kim ngạch … đạt …": or the gate the
    // sentence opens with.)
    const sentenceStart = sentenceAround(ctx.text, clause.start, clause.start).start;
    // ("Bà X, Giám đốc Sở Công Thương cho biết, cửa khẩu quốc tế Hữu Nghị (…) dẫn đầu với kim ngạch
    // …": reported speech opens a sentence of its own.)
    const speech = afterSpeech(ctx.text.slice(sentenceStart, at));
    const opening = speech === '' ? sentenceStart : at - speech.length;
    const gate =
      borderGateIn(ctx.text, at, valueAt) ??
      // ("Cửa khẩu quốc tế Hữu Nghị (thị trấn Đồng Đăng) dẫn đầu với kim ngạch …": or the gate the
      // sentence opens on, as its subject.)
      (/^\s*[Qq]ua\s/u.test(ctx.text.slice(opening, opening + 8))
        ? borderGateIn(ctx.text, opening, at)
        : // ("Tại cửa khẩu quốc tế Trà Lĩnh, … kim ngạch …; nhập khẩu …": or the gate it opens at;
          // "Riêng cửa khẩu quốc tế Hữu Nghị, kim ngạch …": or singles out.)
          /^\s*(?:(?:Tại|Riêng)\s+)?Cửa khẩu\s/iu.test(ctx.text.slice(opening, opening + 18))
          ? gateNamesIn(ctx.text, opening, at)[0]
          : undefined);
    // ("… cửa khẩu quốc tế Trà Lĩnh … Quý III/2024, kim ngạch qua cửa khẩu này đạt …": the gate
    // named last, spoken of again.)
    if (!gate && GATE_AGAIN.test(ctx.text.slice(at, valueAt))) {
      const named = gateNamesIn(ctx.text, 0, at).at(-1);
      if (named) return named.name;
    }
    // ("… cửa khẩu Kim Thành … Riêng quý II, kim ngạch qua Kim Thành đạt …": or by its name alone
    // after "qua".)
    if (!gate) {
      const bareName = GATE_NAME_AGAIN.exec(ctx.text.slice(at, valueAt))?.[1];
      if (bareName && gateNamesIn(ctx.text, 0, at).some((g) => g.name === bareName)) return bareName;
    }
    // ("Tại cửa khẩu quốc tế Trà Lĩnh, … Thu ngân sách từ hoạt động XNK tại cửa khẩu đạt …": a bare
    // "tại/qua cửa khẩu" is the gate its paragraph named.)
    if (!gate && BARE_GATE.test(ctx.text.slice(at, valueAt))) {
      const named = gateNamesIn(ctx.text, paragraphStart(clause.start), at).at(-1);
      if (named) return named.name;
    }
    // ("qua cửa khẩu chính Chi Ma (xã Yên Khoái, huyện Lộc Bình)": the bracket says where it lies.)
    if (
      gate &&
      (!atPlace ||
        atPlace.evidence.start < gate.at ||
        /^\s*\([^()]*$/.test(ctx.text.slice(gate.at + gate.name.length, atPlace.evidence.start)))
    )
      return gate.name;
    // "của KCN Khai Quang (TP Vĩnh Yên) đạt 98,5%": the bracket says where the zone lies.
    // ("tỷ lệ lấp đầy của KCN Minh Quân tại phường Âu Lâu đạt 27,5%": so does a place after "tại".)
    atPlace = pastWhereItLies(atPlace, at);
    // "tỷ lệ lấp đầy KCN Bảo Minh đạt 96%": a place right after the name of the statistic.
    const named =
      atPlace !== undefined &&
      phraseEnd !== undefined &&
      NAME_TO_PLACE.test(ctx.folded.slice(phraseEnd, atPlace.evidence.start));
    if (
      atPlace &&
      (named ||
        AT_PLACE.test(ctx.folded.slice(Math.max(at, atPlace.evidence.start - 24), atPlace.evidence.start)) ||
        PLACE_THEN_VERB.test(ctx.folded.slice(atPlace.evidence.end, valueAt)) ||
        (atPlace.type === 'industrial_zone' &&
          atPlace.evidence.start >= clause.start &&
          FROM_BEFORE.test(
            ctx.folded.slice(Math.max(at, atPlace.evidence.start - 8), atPlace.evidence.start),
          )))
    )
      return atPlace.name;
    const clauseOpener = placeOpeningClause(at);
    if (clauseOpener) return clauseOpener.name;
    const singled =
      bodySingledOut(clause.start, valueAt) ??
      socialBodyActing(clause.start, valueAt, key) ??
      speakersBody(clause.start, valueAt) ??
      agencyReferredBack(clause.start, valueAt);
    if (singled) return singled.name;
    if (key === DISBURSEMENT) {
      const firm = firmBefore(ctx.text, firms, clause.start, valueAt);
      if (firm && FIRM_DISBURSES.test(ctx.folded.slice(firm.evidence.end, valueAt))) return firm.name;
    }
    // "Tại KCN Ninh Thủy, Công ty X đang xây dựng nhà máy …; tỷ lệ lấp đầy của KCN này đạt 81,3%":
    // the zone the figure's own words point back to, not the firm that builds in it.
    // ("Trong quý III, khu này đã khởi công 4 nhà máy, tổng vốn đầu tư …": or the clause's.)
    const pointedFrom = ZONE_POINTED_BACK.test(ctx.text.slice(at, valueAt))
      ? at
      : ZONE_ACTS.test(ctx.text.slice(clause.start, Math.max(at, Math.min(valueAt, at + 24))))
        ? clause.start
        : null;
    if (FIRM_KEYS.has(key) && pointedFrom !== null) {
      const zone = zoneReferredBack(pointedFrom, valueAt);
      if (zone) return zone.name;
    }
    // "Công ty TNHH X đã khởi công nhà máy tại KCN Y, vốn đầu tư 45 triệu USD": the company the
    // clause opens with reached the figure, not the place where it builds.
    if (FIRM_KEYS.has(key) && !OWN_UNIT.test(ctx.folded.slice(clause.start, valueAt))) {
      const inClause = firmBefore(ctx.text, firms, clause.start, valueAt);
      const elsewhere = () =>
        // "… Công ty X khởi công nhà máy. Dự án có vốn đầu tư 95 triệu USD": the project is the
        // company's, named last in the paragraph.
        // (The plant a company builds is its project, not who invests: "Công ty X khởi công Nhà
        // máy thủy điện Y. Dự án có …" is X's.)
        (PROJECT_OPENS.test(ctx.folded.slice(clause.start, at))
          ? (firmBefore(ctx.text, investors, paragraphStart(clause.start), clause.start) ??
            firmBefore(ctx.text, firms, paragraphStart(clause.start), clause.start))
          : undefined) ??
        firmReferredBack(clause.start, valueAt) ??
        firmBeforeBracket(clause.start) ??
        firmOpeningSentence(clause.start, valueAt) ??
        speakersFirm(clause.start, valueAt) ??
        quotedFirm(valueAt);
      // ("… toàn huyện hiện có 9 HTX và hơn 2.100 hộ làm nghề; năm 2023, giá trị xuất khẩu sản phẩm
      // cói đạt …": nor where the sentence spoke of its whole unit before the clause.)
      const wholeUnit = () =>
        OWN_UNIT.test(ctx.folded.slice(sentenceAround(ctx.text, clause.start, clause.start).start, valueAt));
      const firm = inClause ?? (wholeUnit() ? undefined : elsewhere());
      if (firm) return firm.name;
    }
    // "Trưởng BQL KKT Dung Quất và các KCN Quảng Ngãi cho biết, … giá trị sản xuất công nghiệp
    // trong KKT ước đạt …": the economic zone the figure's own words name by its bare kind, not a
    // place the clause named before them.
    if (BARE_ECONOMIC_ZONE.test(ctx.text.slice(at, valueAt))) {
      const zone = zoneReferredBack(at, valueAt);
      if (zone) return zone.name;
    }
    let inClause = lastBefore(areas, at + 1, clause.start, at);
    // "Điện Biên … giáp tỉnh Sơn La và Lào, có dân số …": a neighbour, or a place a distance is
    // measured from, is not who the figure is of; the place before it may be.
    // "Tại Khu kinh tế Chân Mây - Lăng Cô (huyện Phú Lộc), …": a place in brackets says where the
    // one before it lies; that one is the subject.
    while (
      inClause &&
      (isNeighbour(ctx.folded, clause.start, inClause.evidence.start) ||
        onRoute(ctx.folded, clause.start, inClause.evidence.start) ||
        isDestination(ctx.folded, clause.start, inClause.evidence.start, at) ||
        inPartnerBody(inClause) ||
        inFirmWithItsOwnFigure(inClause, at) ||
        inBracketAfterPlace(ctx.text, clause.start, inClause, areas) ||
        inAppositionAfterPlace(ctx.text, clause.start, inClause, areas))
    )
      inClause = lastBefore(areas, inClause.evidence.start, clause.start, at);
    // "… có ba KCN là KCN Hòa Hiệp 1, KCN An Phú và KCN Đông Bắc Sông Cầu, tỷ lệ lấp đầy bình
    // quân đạt 71,5%": an average over a list is of the whole the list belongs to.
    // ("3 dự án tại Quỳnh Lưu, Thanh Chương và Nam Đàn với tổng vốn đăng ký 2.640 tỷ đồng": so is a
    // sum over the places a list after "tại" names.)
    if (inClause) {
      const first = listOpening(ctx.text, areas, inClause, clause.start);
      const overList =
        AVERAGE.test(ctx.folded.slice(at, valueAt)) ||
        (ADMIN_LEVELS.has(inClause.type) &&
          first.type === inClause.type &&
          /\svà\s/u.test(ctx.text.slice(first.evidence.end, inClause.evidence.start)) &&
          AT_PLACE.test(
            ctx.folded.slice(Math.max(clause.start, first.evidence.start - 24), first.evidence.start),
          ));
      if (first !== inClause && overList)
        inClause = lastBefore(areas, first.evidence.start, clause.start, at);
    }
    // "11 tháng năm 2024, VQG Mũi Cà Mau đón 462.300 lượt khách": a place inside the proper name of
    // the body that does what the figure counts names that body, not a unit of its own (a level
    // word before the place, "Ban Quản lý các KCN tỉnh Hà Nam", names the unit's body instead).
    // ("Ban Quản lý Khu kinh tế Phú Quốc cấp mới 11 dự án": a zone a board runs reports its own figures.)
    const acting =
      inClause &&
      !ZONE_TYPES.has(inClause.type) &&
      bodies.find(
        (o) =>
          o.evidence.start < inClause.evidence.start &&
          inClause.evidence.end <= o.evidence.end &&
          !PLACE_BODIES.has(o.type) &&
          !LEVEL_BEFORE_PLACE.test(ctx.folded.slice(o.evidence.start, inClause.evidence.start)) &&
          /^\s*(?:đã\s+|ước\s+|sẽ\s+)?$/u.test(ctx.folded.slice(o.evidence.end, at)),
      );
    if (acting) return acting.name;
    // "… đặc khu Phú Quốc đón 15 triệu lượt khách/năm, tổng thu du lịch toàn tỉnh đạt …": the
    // province's own word for itself ("toàn tỉnh", "của tỉnh") in a later part of the clause names
    // the province. (Not in the place's own part: "KKT Dung Quất và các KCN của tỉnh thu hút …".)
    if (inClause && !provinceOwnsLaterPart(ctx.folded, inClause.evidence.end, valueAt)) return inClause.name;
    const sentence = sentenceAround(ctx.text, clause.start, clause.start);
    // "… hợp nhất vào tỉnh Phú Thọ … Tỉnh mới có diện tích tự nhiên …": the new province is the one
    // a merger was said to form.
    if (NEW_UNIT_OPENS.test(ctx.folded.slice(sentence.start, valueAt))) {
      const formed = provincesNamed.findLast(
        (p) =>
          p.evidence.end <= sentence.start &&
          MERGED_INTO.test(ctx.folded.slice(Math.max(0, p.evidence.start - 40), p.evidence.start)),
      );
      if (formed) return formed.name;
    }
    // "Huyện Hải Hậu được chọn thí điểm …; tỉnh phấn đấu đến năm 2020 có 100% số xã …": a clause
    // that opens with the province's bare level word is the province's, whatever the sentence
    // opened with.
    const provinceOpens = PROVINCE_OPENS_CLAUSE.exec(ctx.folded.slice(clause.start, valueAt))?.[1];
    const opener =
      provinceOpens === undefined
        ? undefined
        : provinceOpens === CITY_WORD && homeCity !== null
          ? homeCity
          : ownUnits[provinceOpens as keyof typeof ownUnits];
    if (opener) return opener;
    // "Phú Quốc đón … Thành phố đón 47 chuyến tàu, lượt khách tàu biển đạt …": in a province's
    // article, a clause or sentence opening on a bare "thành phố" is the city it named last.
    const cityOpens =
      provinceOpens === CITY_WORD ||
      PROVINCE_OPENS_CLAUSE.exec(ctx.folded.slice(sentence.start, valueAt))?.[1] === CITY_WORD;
    if (cityOpens && !ownUnits['thành phố'] && homeCity === null) {
      const city = lastCityBefore(ctx.folded, local.district, at);
      if (city) return city.name;
    }
    // "KCN Hoà Tâm có tổng diện tích 315 ha; giai đoạn 1 … tổng vốn đầu tư 1.470 tỉ đồng": the
    // place a sentence opens with is the subject of its later clauses too.
    if (sentence.start < clause.start) {
      const opener = firstAfter(areas, sentence.start, clause.start);
      if (opener && SENTENCE_OPENER.test(ctx.text.slice(sentence.start, opener.evidence.start)))
        return opener.name;
      // "đề nghị huyện Sìn Hồ hoàn thành …; năm 2022 có thêm 2 xã đạt chuẩn": what a leader asks
      // of a district or province, that one is to reach.
      const asked = lastBefore(areas, clause.start, sentence.start, clause.start);
      if (asked && REQUEST_BEFORE.test(ctx.folded.slice(sentence.start, asked.evidence.start)))
        return asked.name;
    }
    // "Năm 2021, huyện trồng mới 612 ha, nâng tổng diện tích lên 3.180 ha", "toàn huyện có 4/16
    // xã đạt chuẩn; diện tích chè đạt 1.420 ha": the district or commune the sentence is about,
    // before the clause, over a province the paragraph named before.
    // Where the title names the unit the article is about, a bare "Phường có …" is that one.
    // (A bracket ends no sentence: "tỷ lệ hộ nghèo của xã còn 41,5% (cuối năm 2024 là 48,2%); thu
    // nhập bình quân đầu người đạt …" is still the commune's.)
    // "Công suất phòng bình quân của các cơ sở lưu trú trên đảo đạt 63,2%": the island the article
    // named last, as "toàn huyện" is the district.
    if (ON_ISLAND.test(ctx.text.slice(clause.start, Math.max(valueAt, phraseEnd ?? valueAt)))) {
      const island = byStart([...local.district, ...local.commune].filter((l) => isIslandUnit(l.name)))
        .filter((l) => l.evidence.end <= at)
        .at(-1);
      if (island) return island.name;
    }
    const head = ctx.folded.slice(acrossBrackets(ctx.text, sentence).start, valueAt);
    const lowerLevelIn = (word: string | undefined) =>
      word !== undefined && homePlace?.type === 'district' && OWN_LOCAL[word] === 'commune'
        ? word
        : undefined;
    const unit =
      // ("4/5 xã của thị xã đạt chuẩn nông thôn mới": a count of units names its owner after it.)
      OWN_UNIT.exec(ctx.folded.slice(clause.start, Math.max(valueAt, phraseEnd ?? valueAt)))?.[1] ??
      MEMBERS_WITHIN.exec(ctx.folded.slice(clause.start, Math.max(valueAt, phraseEnd ?? valueAt)))?.[1] ??
      // ("tạo việc làm cho hơn 1.100 lao động của xã": the owner right after what is counted.)
      (valueEnd === undefined
        ? undefined
        : OWNER_AFTER_VALUE.exec(ctx.folded.slice(valueEnd, valueEnd + 24))?.[1]) ??
      // ("…, huyện sẽ hỗ trợ xã A …; năm 2024, xã phấn đấu đón …": a clause opening on its own
      // level word, after the sentence's.)
      (clause.start > sentence.start
        ? UNIT_OPENS_SENTENCE.exec(ctx.folded.slice(clause.start, valueAt))?.[1]
        : undefined) ??
      (home
        ? // ("Thủ Dầu Một: …" … "toàn phường hiện còn 7 lò gốm (…), giải quyết việc làm cho …": in the
          // article of a district, a commune's level word the sentence opened on.)
          lowerLevelIn(OWN_UNIT.exec(head)?.[1])
        : (OWN_UNIT.exec(head)?.[1] ??
          UNIT_OPENS_SENTENCE.exec(head)?.[1] ??
          UNIT_OPENS_SENTENCE.exec(afterSpeech(head))?.[1]));
    // Whether the sentence, before the value, names a district or commune of its own.
    const namedInSentence = (type: 'district' | 'commune') =>
      local[type].some((l) => l.evidence.start >= sentence.start && l.evidence.end <= at);
    const localType = unit === undefined ? undefined : OWN_LOCAL[unit];
    const ownUnit =
      unit === undefined
        ? null
        : localType === 'district' || localType === 'commune'
          ? // "Đại hội Đảng bộ xã Rạch Kiến: …" … "toàn xã hiện có 62 doanh nghiệp": in the article of
            // a commune or district, its own level word is that unit, unless the sentence named
            // another of its level first.
            homePlace?.type === localType && !namedInSentence(localType)
            ? homePlace.name
            : (lastTyped(ctx.folded, local[localType], at, unit as string)?.name ?? null)
          : ownUnits[unit as keyof typeof ownUnits];
    if (ownUnit && localType !== undefined) return ownUnit;
    // "Kinh Môn: Nông dân xã Minh Hòa …" … "Xã phấn đấu đến năm 2025 mở rộng diện tích gừng lên 40
    // ha": in the article of a district, a sentence opening on the commune's level word is the
    // commune it named last.
    const levelOpening = home && unit === undefined ? UNIT_OPENS_SENTENCE.exec(head)?.[1] : undefined;
    const openingType = levelOpening === undefined ? undefined : OWN_LOCAL[levelOpening];
    // ("Phù Lãng: Làng gốm …" … "Xã đặt mục tiêu đến năm 2030 đón 60.000 lượt khách": in the
    // article of a commune, a sentence opening on its level word is that commune, whatever other
    // place the sentences between named.)
    if (levelOpening !== undefined && openingType !== undefined) {
      const level = openingType as 'district' | 'commune';
      if (homePlace?.type !== level) {
        const named = lastTyped(ctx.folded, local[level], at, levelOpening);
        if (named) return named.name;
      } else if (!namedInSentence(level)) return homePlace.name;
    }
    // "Cam Ranh: Hàng hoá qua cảng …" … "thu ngân sách trên địa bàn thành phố": in the article of a
    // province's city, "thành phố" is that city, not a city of the first rank it names in passing.
    if (unit === CITY_WORD && homeCity !== null) return homeCity;
    // "TP Hội An … Doanh thu du lịch của thành phố": in a province's article, "thành phố" is the
    // city of the province it named last, not a city of the first rank.
    if (unit === CITY_WORD && ownUnit === null) {
      const city = lastCityBefore(ctx.folded, local.district, at);
      if (city) return city.name;
    }
    const zone = zoneReferredBack(clause.start, valueAt);
    if (zone) return zone.name;
    // "Sản lượng lúa của HTX vụ này ước đạt 4.830 tấn", "HTX hiện có 1.480 thành viên, tổng diện
    // tích canh tác 310 ha": a cooperative named before, spoken of again by its bare kind in the
    // sentence, reached the figure (output and land too, not only a firm's trade).
    const said = ctx.text.slice(sentence.start, valueAt);
    // (A plain search first: the pattern's look-behind is slow to try at every position.)
    if ((said.includes('HTX') || /ợp tác xã/u.test(said)) && COOPERATIVE_AGAIN.test(said)) {
      const cooperative = firmReferredBack(clause.start, valueAt);
      if (cooperative && firmKind(cooperative.name) === 'cooperative') return cooperative.name;
    }
    if (said.includes('omestay') && LODGING_AGAIN.test(said)) {
      const lodging = firmReferredBack(clause.start, valueAt);
      if (lodging && firmKind(lodging.name) === 'lodging') return lodging.name;
    }
    const site = siteReferredBack(clause.start, valueAt);
    if (site) return site.name;
    // A province named in an earlier paragraph (a venue, a partner) does not carry over: each
    // paragraph's figures are the article's own unless it names another province.
    // "Riêng khu vực Bình Định (cũ) đón …; doanh thu du lịch của khu vực này đạt …": the area named
    // last, a former province too, spoken of again.
    if (THIS_AREA.test(ctx.folded.slice(clause.start, valueAt))) {
      // ("Khu vực Mường Lát (cũ) là địa bàn khó khăn nhất tỉnh; tỷ lệ hộ nghèo của khu vực này …":
      // or a former district or commune named as an area.)
      const from = paragraphStart(clause.start);
      const [wide, local] = [provincesNamed, areasNamed].map((l) => lastBefore(l, clause.start, from, at));
      const named = local && (!wide || local.evidence.start > wide.evidence.start) ? local : wide;
      if (named) return named.name;
    }
    const province = lastBefore(inScope, clause.start, paragraphStart(clause.start), at);
    // "… từ Cao Bằng về Hà Nội … giải ngân của tỉnh": a city of the first rank is no "tỉnh".
    const misnamed = unit === PROVINCE_WORD && ownUnit !== null && province?.type === 'city';
    // "Khách tự lái từ TP.HCM, Đồng Nai … Doanh thu du lịch toàn tỉnh …": a province visitors or
    // goods come from is not the one "tỉnh" speaks of.
    const origin =
      unit === PROVINCE_WORD &&
      ownUnit !== null &&
      province !== undefined &&
      ORIGIN_BEFORE.test(
        ctx.folded.slice(Math.max(0, province.evidence.start - 48), province.evidence.start),
      );
    if (province && !misnamed && !origin) return province.name;
    if (ownUnit) return ownUnit;
    return home ?? fallback;
  };
  return subjectOf;
}

// The kind a firm's name opens with, and its legal form: what is left is the firm's own name.
const FIRM_KIND =
  /^(?:Tổng công ty|Công ty|Hợp tác xã|Tập đoàn)(?:\s+(?:cổ phần|trách nhiệm hữu hạn|TNHH))?\s+/iu;

const DELEGATION_OF = vietnameseRegex(
  '(?:^|[^\\p{L}])đoàn công tác\\s+(?:của\\s+)?(?:(?:tỉnh|thành phố|tp\\.?)\\s*)?$',
  'u',
);

const ACCORDING_TO_PERSON =
  /^Theo\s+(?:ông|bà|anh|chị)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)\s*,/u;
const PROVINCE_WORD = foldKey('tỉnh');

/** Whether "toàn tỉnh", "của tỉnh" stands in folded[from, to) past a comma after `from`. */
function provinceOwnsLaterPart(folded: string, from: number, to: number): boolean {
  const comma = folded.slice(from, to).search(/[,;]/u);
  if (comma < 0) return false;
  return OWN_UNIT.exec(folded.slice(from + comma, to))?.[1] === PROVINCE_WORD;
}
// "từ TP.HCM, Đồng Nai", "đến từ tỉnh Lâm Đồng": where visitors or goods come from, a list of
// places between.
const ORIGIN_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:đến từ|tới từ|từ)\\s+(?:[^;:!?()]{0,36},\\s*)?(?:(?:tỉnh|thành phố|tp\\.?)\\s*)?$',
  'u',
);
const PARTNER_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])(?:phối hợp(?: với)?|cùng với|với)\\s+$', 'u');
const CITY_TYPE_WORD_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])(?:tp\\.?|thành phố)\\s*$', 'u');
const THIS_AREA = vietnameseRegex('(?:^|[^\\p{L}])(?:khu vực|địa bàn|vùng) này(?:[^\\p{L}]|$)', 'u');
const ADMIN_LEVELS: ReadonlySet<string> = new Set(['district', 'commune']);
const CITY_TYPE = 'city';
const AREA_WORD_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])khu vực\\s+$', 'u');
// Between two places of a list, with the next one's type word: ", KCN ", " và xã ".
const LIST_GAP = vietnameseRegex(
  '^\\s*(?:,\\s*(?:và\\s+)?|và\\s+)(?:(?:kcn|ccn|kkt|khu công nghiệp|cụm công nghiệp|xã|phường|huyện|thị xã|thành phố|tp\\.?|tỉnh)\\s*)?$',
  'u',
);

/** The first place of the list `last` closes ("A, B và C"): `last` itself when it is alone. */
function listOpening(text: string, areas: readonly Place[], last: Place, floor: number): Place {
  let first = last;
  for (;;) {
    const before = lastBefore(areas, first.evidence.start, floor, first.evidence.start);
    if (!before || !LIST_GAP.test(foldForMatch(text.slice(before.evidence.end, first.evidence.start)))) break;
    first = before;
  }
  return first;
}

// Between a place and the statistic's words: nothing but a tense or an estimate.
const ACTS_NEXT = vietnameseRegex('^\\s*(?:(?:đã|ước|dự kiến|cũng)\\s+)?$', 'u');
// Before a place that opens its clause: at most "riêng" and its type word.
const CLAUSE_OPENS_ON_PLACE = vietnameseRegex(
  '^\\s*(?:(?:riêng|còn)\\s+)?(?:(?:huyện|quận|thị xã|thành phố|tp\\.?|tỉnh|xã|phường|thị trấn|đặc khu)\\s+)?$',
  'u',
);
// "KKT Nghi Sơn có 318 dự án", "tỉnh Bình Dương đạt 3,2 tỷ USD": the place the verb of the
// value follows is who has it.
const PLACE_THEN_VERB = vietnameseRegex(
  '^\\s*(?:đã\\s+|hiện\\s+|ước\\s+|dự kiến\\s+)?(?:có|đạt|thu hút|còn)\\s*$',
  'u',
);
// "thu ngân sách từ KKT Dung Quất": what a zone yields is the zone's.
const FROM_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])từ\\s+$', 'u');
// "khu kinh tế" in lower case with no name after it; "KKT", "Khu kinh tế …" open a zone's name.
// "… trong khu kinh tế", "tỷ lệ lấp đầy của khu đạt 58%": a zone spoken of again by its kind.
// ("thu ngân sách trên địa bàn KKT đạt …": its abbreviation too.)
// What goes into a zone: "4 dự án vào KKT Dung Quất", "10 dự án FDI mới vào KCN Quang Châu".
const INTO = /^(?:\s+(?:FDI|mới|đầu tư)){0,2}\s+vào\s+/u;
const ANOTHER_ZONE_AFTER = /^\s*(?:,|và)\s*(?:các\s+)?(?:KCN|KKT|CCN|[Kk]hu|[Cc]ụm)(?![\p{L}])/u;
const INTO_ZONE_KEYS = new Set(['investment_projects', 'fdi_projects']);
const BARE_ECONOMIC_ZONE =
  /(?:^|[^\p{L}])(?:[Kk]hu kinh tế|KKT)(?!\s+(?:mở\s+|ven biển\s+|cửa khẩu\s+)?\p{Lu})(?![\p{L}\p{N}])/u;
// ("Đến ngày 31/10/2025, khu đã thu hút 7 dự án", "Trong 6 tháng, khu thu hút thêm 7 dự án": "khu"
// as the subject of a verb.)
// ("7 tháng, KCN này có 5 dự án FDI", "Hiện KCN có tổng diện tích …": its abbreviation, one zone;
// not "các KCN", "29 KCN đang hoạt động" nor "DN trong KCN", the zones at large.)
const BARE_ZONE =
  /(?:^|[^\p{L}])(?:khu công nghiệp|của khu|khu này|toàn khu|khu(?=\s+(?:đã|đang|hiện|có|thu hút|cấp mới|tiếp nhận|khởi công)\s)|KCN(?=\s+này\s)|(?<!(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi|[Cc]ả|trong|tại|\d)\s)KCN(?=\s+(?:đã|đang|hiện|có)\s))(?!\s+\p{Lu})(?:[^\p{L}]|$)/u;
const ECONOMIC_ZONE_NAME = vietnameseRegex('^(?:kkt|khu kinh tế)', 'u');
// "KCN này", "khu công nghiệp này", "khu này": a zone pointed back to by "this".
const THIS_ZONE = String.raw`(?:KCN|[Kk]hu công nghiệp|[Kk]hu)\s+này(?:[^\p{L}]|$)`;
const ZONE_POINTED_BACK = new RegExp(String.raw`(?:^|[^\p{L}])` + THIS_ZONE, 'u');
// ("… khu này đã khởi công 4 nhà máy": the zone acting, not where a firm builds, "tại khu này".)
// ("Trong 6 tháng, khu thu hút thêm 7 dự án": or "khu" alone, right before what it did.)
const ZONE_ACTS = new RegExp(
  String.raw`(?:^|[^\p{L}])(?<!(?:tại|ở|trong|vào|của)\s)(?:${THIS_ZONE}|[Kk]hu\s+(?:đã\s+|cũng\s+)?(?:thu hút|cấp mới|tiếp nhận|khởi công)(?:[^\p{L}]|$))`,
  'u',
);
const VISITORS_KEY = 'tourist_arrivals';
// "khu du lịch đón …", "của khu di tích": the kind of a site with no name after it, one site.
const BARE_SITE =
  /(?<!(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi|[Cc]ả|[Tt]ừng|[Mm]ỗi)\s)(?:^|(?<=[^\p{L}]))(?:khu du lịch|khu di tích)(?!\s+\p{Lu})(?=[\s,.;]|$)/u;
// A body that runs a tourist site or a relic site: its board, its centre.
const SITE_BODY = vietnameseRegex('(?:khu du lịch|khu di tích)', 'u');
// Between who receives visitors and the number: a time at most, "đón", a qualifier.
const RECEIVES = vietnameseRegex(
  '^[^,;:.()\\d]{0,4}(?:(?:trong\\s+)?(?:\\d+\\s+tháng(?:\\s+đầu\\s+năm)?|quý\\s+[ivx]+|tháng\\s+\\d+|năm\\s+\\d{4})\\s+)?(?:đã\\s+)?đón\\s+(?:được\\s+)?(?:hơn|gần|khoảng|trên|chừng)?\\s*$',
  'u',
);
// "do Trung tâm Bảo tồn Di tích Cố đô Huế quản lý", "do đơn vị quản lý": who runs the sites.
const MANAGED_BY = /(?:^|(?<=[^\p{L}]))do\s+([^,.;:()]{2,80}?)\s+quản lý(?![\p{L}\p{M}])/u;
const BARE_MANAGER = /^(?:[Tt]rung tâm|[Bb]an(?: quản lý)?)$/u;
const UNIT_WORD = foldKey('đơn vị');
// A cooperative named again by its kind alone: "HTX đón …".
const BARE_COOPERATIVE = 'Hợp tác xã';
// "trung tâm đón …": the bare kind of a body that receives visitors, no name after it.
// ("Trưởng Ban Quản lý vịnh Hạ Long cho biết, 7 tháng, ban đã đón …": "ban" alone, for its board.)
const BARE_HOST = /(?:^|(?<=[^\p{L}]))(trung tâm|ban quản lý|ban)(?!\s+\p{Lu})(?=\s)/u;
const PARTICIPANTS = vietnameseRegex(
  '(?:^|[^\\p{L}])của\\s+(?:các|những)\\s+tỉnh(?:,\\s*thành(?:\\s+phố)?)?\\s+(?:[^\\s,.;:()\\d]+(?:\\s+|,\\s*))*$',
  'u',
);
const MERGED_FROM = vietnameseRegex(
  '(?:lập|thành lập|hợp nhất|sáp nhập|nhập)\\s+(?:(?:từ\\s+)?ngày\\s+[\\d/.-]+\\s+)?(?:từ|trên cơ sở)(?:\\s|$)(?:[^.;:()]|\\(cũ\\))*$',
  'u',
);
// The bare kind of one firm, no name after it: it refers back to one named before ("các công ty"
// are many, "doanh nghiệp" too often any).
const BARE_FIRM =
  /(?<!(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi)\s)(?:^|(?<=[^\p{L}]))(?:[Hh]ợp tác xã|HTX|[Cc]ông ty|[Nn]hà máy|[Tt]ập đoàn|Mỏ|Dây chuyền|[Hh]omestay)(?=[\s,.;]+(?!\p{Lu}))/u;

// A cooperative's bare kind, no name after it and no plural or count before it ("9 HTX").
const COOPERATIVE_AGAIN =
  /(?<!(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi|[Mm]ỗi|\d)\s)(?:^|(?<=[^\p{L}]))(?:[Hh]ợp tác xã|HTX)(?=[\s,.;]+(?!\p{Lu}))/u;
// A guesthouse's bare kind, likewise.
const LODGING_AGAIN =
  /(?<!(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi|[Mm]ỗi|[Ll]àm|\d)\s)(?:^|(?<=[^\p{L}]))[Hh]omestay(?=[\s,.;]+(?!\p{Lu}))/u;

/** The kind of firm a name or a bare word opens with: a group, a company, a cooperative or a plant. */
export function firmKind(name: string): 'company' | 'cooperative' | 'plant' | 'group' | 'lodging' | null {
  // ("Công ty Cổ phần Tập đoàn Trường Hải": a group, whatever its legal form.)
  if (/^(?:[Cc]ông ty (?:[Cc]ổ phần|TNHH|trách nhiệm hữu hạn)\s+)?[Tt]ập đoàn/u.test(name)) return 'group';
  if (/^(?:Tổng )?[Cc]ông ty/u.test(name)) return 'company';
  if (/^(?:[Hh]ợp tác xã|HTX)/u.test(name)) return 'cooperative';
  if (/^[Nn]hà máy/u.test(name)) return 'plant';
  if (/^[Hh]omestay/u.test(name)) return 'lodging';
  return null;
}

const ENTERPRISE_ACTS =
  /^\s*Doanh nghiệp\s+(?:này\s+)?(?:hiện\s+|cũng\s+|vừa\s+)?(?:đang|đã|sẽ|dự kiến|tiếp tục|có|đầu tư|triển khai|mở rộng|tạo|giải quyết)\s/u;
const BARE_ENTERPRISE =
  /(?<!(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi)\s)(?:^|(?<=[^\p{L}]))[Dd]oanh nghiệp(?=[\s,.;]+(?!\p{Lu}|FDI|nhà nước|tư nhân|trong|ngoài|nhỏ|vừa|có vốn))/u;

// A clause that opens with "Dự án" (the project), a few words at most before its statistic.
// ("Dự án có công suất 48 MW, gồm hai tổ máy, tổng vốn đầu tư …": or what the project has, listed
// before it.)
const PROJECT_OPENS = vietnameseRegex(
  '^\\s*dự án(?:(?:\\s+\\p{Ll}+){0,3}|\\s+(?:có|gồm|với)\\s[^.;:]{0,80},(?:\\s+(?:dự kiến|sẽ|góp phần))?)\\s*$',
  'u',
);

// "giáp", "tiếp giáp với", "cách": what follows names a neighbour or a landmark.
const NEIGHBOUR_CUE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:giáp|cách|liền kề|sát cạnh|bên cạnh)(?:\\s+(?:với|ranh))?\\s+([^\\d;:]{0,40})$',
  'u',
);

/** A place inside a bracket that opens right after another place of the clause. */
function inBracketAfterPlace(
  text: string,
  clauseStart: number,
  place: Place,
  areas: readonly Place[],
): boolean {
  const before = text.slice(clauseStart, place.evidence.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || open < before.lastIndexOf(')')) return false;
  const at = clauseStart + open;
  return lastBefore(areas, at, clauseStart, at) !== undefined;
}

// ", huyện Long Mỹ," after "xã Lương Tâm": the district a commune lies in, named after it.
// "KCN Mỹ Phước 3 ở thị xã Bến Cát có tỷ lệ lấp đầy …": where a zone lies, after it.
// ("Khu kinh tế Thái Bình, nay thuộc tỉnh Hưng Yên, 9 tháng thu hút 14 dự án": or a few words
// before "của"/"thuộc" the unit after them.)
// ("KCN Cổ Chiên rộng 205 ha ở huyện Càng Long": its size may stand between.)
// ("KCN Yên Phong trên địa bàn các xã Long Châu, Yên Trung": or the units it spreads over.)
const WHERE_IT_LIES =
  /^\s*(?:,|,?\s*(?:(?:rộng|có diện tích|diện tích|quy mô)\s+(?:hơn\s+|gần\s+|khoảng\s+)?[\d.,]+\s*(?:ha|km2)\s+)?(?:ở|tại|thuộc|(?:nằm\s+)?trên địa bàn(?:\s+các)?)|,\s*[^,;:()\d]{1,30}?\s(?:của|thuộc))\s*(?:huyện|quận|thị xã|thành phố|tỉnh|phường|xã|khu vực|TP\.?)\s+$/u;
// ", ", " và ": the next unit of a list of them.
const NEXT_LISTED = /^(?:,\s*|\s+và\s+)$/u;
const LEVEL_BELOW: Readonly<Record<string, readonly string[]>> = {
  district: ['commune'],
  // (A commune right under its province: "xã Lũng Cú, tỉnh Hà Giang".)
  province: ['district', 'commune'],
};

/** A district (province) right after a commune (district) of the clause, a comma between. */
function inAppositionAfterPlace(
  text: string,
  clauseStart: number,
  place: Place,
  areas: readonly Place[],
): boolean {
  const before = lastBefore(areas, place.evidence.start, clauseStart, place.evidence.start);
  if (before === undefined) return false;
  // ("… trên địa bàn các xã Long Châu, Yên Trung, Đông Phong": each of a list, as its first.)
  if (
    before.type === place.type &&
    place.type !== 'industrial_zone' &&
    NEXT_LISTED.test(text.slice(before.evidence.end, place.evidence.start))
  )
    return inAppositionAfterPlace(text, clauseStart, before, areas);
  // ("KCN Liên Hà Thái thuộc Khu kinh tế Thái Bình có diện tích …": an industrial park in the
  // economic zone it belongs to.)
  if (
    before.type === 'industrial_zone' &&
    place.type === 'industrial_zone' &&
    ECONOMIC_ZONE_NAME.test(foldForMatch(place.evidence.text)) &&
    !ECONOMIC_ZONE_NAME.test(foldForMatch(before.evidence.text))
  )
    return IN_ZONE.test(text.slice(before.evidence.end, place.evidence.start));
  return (
    (LEVEL_BELOW[place.type]?.includes(before.type) === true ||
      (before.type === 'industrial_zone' && place.type !== 'industrial_zone')) &&
    WHERE_IT_LIES.test(text.slice(before.evidence.end, place.evidence.start).replace(BESIDE_ROAD, ''))
  );
}

const IN_ZONE = /^\s*,?\s*(?:nằm\s+)?(?:thuộc|trong)\s+$/u;

// ("KCN Hòa Hiệp bên quốc lộ 29 tại thị xã Đông Hòa": the road a zone lies beside may come between.)
const BESIDE_ROAD =
  /^\s*(?:nằm\s+)?(?:bên|cạnh|dọc|ven)\s+(?:quốc lộ|QL|đường tỉnh|ĐT|tỉnh lộ)\.?\s*\d+[A-Z]?(?=\s)/u;

// "yêu cầu đẩy mạnh thu hút đầu tư vào Khu kinh tế Hòn La, KCN Tây Bắc Đồng Hới và KCN Cam Liên,
// phấn đấu năm 2024 tăng trưởng GRDP đạt 7,5%": the places investment is drawn into, listed before
// a later part of the clause, are no subject of it.
const INTO_LIST = vietnameseRegex(
  '(?:đầu tư|thu hút|kêu gọi)[^.;:()]{0,20}\\svào\\s+[^.;:()\\d]{0,80}$',
  'u',
);

// (Only when the later part sets an aim of its own: "… đầu tư vào Khu kinh tế X, tổng vốn 1.265 tỷ
// đồng" is the capital that went there.)
const AIM_AFTER_COMMA = vietnameseRegex(',\\s*(?:phấn đấu|đặt mục tiêu|mục tiêu)(?:[^\\p{L}]|$)', 'u');

/** A place in a list of where investment goes, before a later part of the clause that sets an aim. */
function isDestination(folded: string, clauseStart: number, placeStart: number, at: number): boolean {
  return (
    INTO_LIST.test(folded.slice(Math.max(clauseStart, placeStart - 100), placeStart)) &&
    AIM_AFTER_COMMA.test(folded.slice(placeStart, at))
  );
}

// "dự án cải tạo quốc lộ 279 đoạn qua huyện Mường Ảng": the stretch of a road a place names.
const ROUTE_CUE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:đoạn(?:\\s+(?:đi|chạy))?|chạy)\\s+qua\\s+(?:địa bàn\\s+)?[^\\d;:,]{0,30}$',
  'u',
);

/** A place a road's stretch runs through ("… quốc lộ 279 đoạn qua huyện Mường Ảng"), in the same clause. */
function onRoute(folded: string, clauseStart: number, placeStart: number): boolean {
  return ROUTE_CUE.test(folded.slice(Math.max(clauseStart, placeStart - 60), placeStart));
}

/** A place in a list after "giáp" or "cách", in the same clause. */
function isNeighbour(folded: string, clauseStart: number, placeStart: number): boolean {
  return NEIGHBOUR_CUE.test(folded.slice(Math.max(clauseStart, placeStart - 60), placeStart));
}

/**
 * The unit "của xã", "toàn huyện" point back to: the last one named with that type word before
 * `at` ("Bí thư Đảng ủy xã Đôn Châu … Tỷ lệ hộ nghèo của xã"), else the last one named at all
 * (one inside a body's name, "Trung tâm Điện lực Duyên Hải", is named without it).
 */
const COMMITTEE = foldKey('ủy');
const CITY_WORD = foldKey('thành phố');

const CITY_PREFIX = 'thành phố';
const NEW_UNIT_OPENS = vietnameseRegex(
  '^\\s*(?:[^,;:.]{1,30},\\s*)?(?:tỉnh|thành phố) mới\\s+(?!\\p{Lu})\\p{Ll}',
  'u',
);
const MERGED_INTO = vietnameseRegex(
  '(?:hợp nhất|sáp nhập|nhập)\\s+(?:vào|thành)\\s+(?:tỉnh|thành phố)\\s+$',
  'u',
);

/** The last district named as a city ("TP Hội An", "thành phố Vinh") that ends before `at`. */
function lastCityBefore(folded: string, districts: readonly Place[], at: number): Place | undefined {
  for (let i = districts.length - 1; i >= 0; i--) {
    const d = districts[i]!;
    if (d.evidence.end > at) continue;
    const before = folded.slice(Math.max(0, d.evidence.start - 10), d.evidence.start);
    if (/(?:^|[^\p{L}])(?:thành phố|tp\.?)\s*$/u.test(before)) return d;
    // ("Phú Quốc đón … Thành phố đón 47 chuyến tàu": a city the gazetteer knows, named bare.)
    if (d.code !== null && unitOfCode(d.code, 'pre2025')?.prefix === CITY_PREFIX) return d;
  }
  return undefined;
}

function lastTyped(
  folded: string,
  sorted: readonly Place[],
  at: number,
  typeWord: string,
): Place | undefined {
  // "huyện Tân Sơn", or the district's party committee, "Huyện ủy Tân Sơn".
  const committee = `${typeWord} ${COMMITTEE}`;
  const typed = sorted.filter((p) => {
    if (p.evidence.end > at) return false;
    const before = folded
      .slice(Math.max(0, p.evidence.start - committee.length - 1), p.evidence.start)
      .trim();
    return before.endsWith(typeWord)
      ? before.slice(-typeWord.length - 1).trim() === typeWord
      : before === committee;
  });
  return typed.at(-1) ?? lastBefore(sorted, at, 0, at);
}

/**
 * The last company of `sorted` named in [from, to), outside brackets: "(thuộc Tập đoàn
 * Trường Phong)" names the owner of the company before it, which is the one that reports.
 */
const LINE_MENTION = /dây chuyền/giu;

/**
 * "Công ty X khánh thành dây chuyền sản xuất …; … cung ứng cho Honda … Dây chuyền mới tạo việc
 * làm cho 140 lao động": the line is the one a firm was said to have, the firm named before the
 * last mention of a line in that sentence, not the last firm named.
 */
function lineOwner(
  text: string,
  sorted: readonly DraftOf<'organization'>[],
  at: number,
): DraftOf<'organization'> | undefined {
  const mentions = [...text.slice(0, at).matchAll(LINE_MENTION)].map((m) => m.index);
  for (const mention of mentions.reverse()) {
    const owner = firmBefore(text, sorted, sentenceAround(text, mention, mention).start, mention);
    if (owner) return owner;
  }
  return undefined;
}

function firmBefore(
  text: string,
  sorted: readonly DraftOf<'organization'>[],
  from: number,
  to: number,
): DraftOf<'organization'> | undefined {
  for (let i = sorted.length - 1; i >= 0; i--) {
    const o = sorted[i]!;
    if (o.evidence.end > to) continue;
    if (o.evidence.start < from) return undefined;
    if (ownerOfFirmBefore(text, sorted, i, from)) continue;
    if (reportsItself(text.slice(from, o.evidence.start))) return outermost(sorted, o);
  }
  return undefined;
}

// "Công ty TNHH Fukang Technology thuộc Tập đoàn Foxconn (Đài Loan) … được điều chỉnh vốn tăng thêm
// 383 triệu USD": the group a firm "belongs to", right after its name, is its owner, not who acts.
const BELONGS_TO = /^\s+(?:trực\s+)?thuộc\s+$/u;

/** Whether sorted[i] is named as the owner of the firm named right before it, at or after `from`. */
function ownerOfFirmBefore(
  text: string,
  sorted: readonly DraftOf<'organization'>[],
  i: number,
  from: number,
): boolean {
  const owned = sorted[i - 1];
  return (
    owned !== undefined &&
    owned.evidence.start >= from &&
    BELONGS_TO.test(text.slice(owned.evidence.end, sorted[i]!.evidence.start))
  );
}

/**
 * Whether a firm after `before` reports for itself: not inside a bracket, and not the owner
 * named in apposition ("Công ty X, thành viên Tập đoàn Y,").
 */
function reportsItself(before: string): boolean {
  return before.lastIndexOf('(') <= before.lastIndexOf(')') && !OWNER_BEFORE.test(before);
}

/** Of `sorted` (by start), the first firm named in [from, to) that reports for itself. */
function firstFirm(
  text: string,
  sorted: readonly DraftOf<'organization'>[],
  from: number,
  to: number,
): DraftOf<'organization'> | undefined {
  for (const o of sorted) {
    if (o.evidence.start < from) continue;
    if (o.evidence.end > to) return undefined;
    if (reportsItself(text.slice(0, o.evidence.start))) return outermost(sorted, o);
  }
  return undefined;
}

/**
 * The firm whose name holds this one's, if any: "Liên danh Công ty X - Tập đoàn Y" acts as one,
 * not as its last member.
 */
function outermost(
  sorted: readonly DraftOf<'organization'>[],
  firm: DraftOf<'organization'>,
): DraftOf<'organization'> {
  let out = firm;
  for (const o of sorted) {
    if (o.evidence.start > firm.evidence.start) break;
    if (o.evidence.start <= out.evidence.start && o.evidence.end >= out.evidence.end && o !== out) out = o;
  }
  return out;
}

// A level word right before a place: the place is the unit a body of that level serves.
const LEVEL_BEFORE_PLACE = /(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận|xã|phường|khu vực)\s+$/u;

// "(thuộc Ban Quản lý …)", "(trực thuộc …)": a bracket that names the body another belongs to.
const OWNER_IN_BRACKET = /\((?:trực\s+)?thuộc\s+$/u;

// ("Công ty X (Hàn Quốc), nhà cung ứng tấm nền cho Công ty Y, nhận …": the customer named in
// apposition does not report either.)
const OWNER_BEFORE =
  /,\s*(?:là\s+)?(?:(?:thành viên|đơn vị thành viên|công ty con|thuộc)(?:\s+của)?|(?:nhà cung ứng|nhà cung cấp|đối tác|vệ tinh|khách hàng)[^,;()]{0,40}?\s(?:cho|của))\s*$/u;

/**
 * The district or commune an article reports on, when its title opens with it ("Mai Châu: 9
 * tháng ...", "Phường Vũ Phúc sau ...") or with a body of it ("Đại hội Đảng bộ xã Trà Cú: ..."):
 * its figures are that unit's, not the province's, unless a clause names another. A title that
 * names a province first reports on the province; a place later in a title ("thông quan tại
 * cửa khẩu Tân Thanh") is where something happened, not who reports.
 */
function homeUnit(
  ctx: RecognizeContext,
  locations: readonly Place[],
  organizations: readonly DraftOf<'organization'>[],
): Place | null {
  const title = ctx.paragraphs.find((p) => p.role === 'title');
  if (!title) return null;
  let first: Place | undefined;
  for (const l of locations) {
    if (l.evidence.start < title.start || l.evidence.end > title.end) continue;
    if (!PROVINCE_TYPES.has(l.type) && !HOME_TYPES.has(l.type)) continue;
    if (!first || l.evidence.start < first.evidence.start) first = l;
  }
  // "TP.HCM: Phường Chánh Hiệp thu ngân sách …": the province names where; the unit the title's
  // sentence opens with after the colon is what the article reports on.
  if (first && !HOME_TYPES.has(first.type)) {
    const colon = ctx.text.indexOf(':', first.evidence.end);
    if (colon >= 0 && colon < title.end && /^\s*$/.test(ctx.text.slice(first.evidence.end, colon))) {
      const unit = locations.find(
        (l) =>
          HOME_TYPES.has(l.type) &&
          l.evidence.start > colon &&
          l.evidence.end <= title.end &&
          UNIT_WORD_ONLY.test(ctx.text.slice(colon + 1, l.evidence.start)),
      );
      if (unit) return unit;
    }
  }
  if (!first || !HOME_TYPES.has(first.type)) return null;
  const { start, end } = first.evidence;
  const opens = TITLE_OPENING.test(ctx.text.slice(title.start, start));
  const body = organizations.some(
    (o) => o.evidence.start <= start && end <= o.evidence.end && LOCAL_BODIES.has(o.type),
  );
  return opens || body ? first : null;
}

// The header's date, then at most the unit's type word.
// ("Khu vực Triệu Sơn (cũ): …": or the area of a former unit.)
const TITLE_OPENING =
  /^(?:date\s+\d{4}-\d{2}\s+)?(?:khu vực\s+)?(?:(?:huyện|quận|thị xã|thành phố|tp\.?|xã|phường|thị trấn)\s+)?$/iu;
const LOCAL_BODIES = new Set(['party', 'government', 'council']);
// (The type word is needed: "Lâm Đồng: Bảo Lâm tăng trưởng 7,2%" still reports on the province.)
const UNIT_WORD_ONLY = /^\s*(?:huyện|quận|thị xã|xã|phường|thị trấn)\s*$/iu;
const HOME_TYPES = new Set(['district', 'commune']);
/** Statistics of tourism: visitors, their takings, the rooms they fill. */
export const TOURISM_KEYS: ReadonlySet<string> = new Set([
  'tourist_arrivals',
  'tourism_revenue',
  'occupancy_rate',
]);
// (Past a decimal comma: "đón hơn 10,2 triệu lượt khách".)
const VISITORS = vietnameseRegex(
  '^\\s+(?:[^,;()]{0,24}\\s)?(?:đón|thu hút)\\s(?:[^,;()]|(?<=\\d),(?=\\d))*lượt\\s+khách[^,;()]*$',
  'u',
);

// Nothing before the sentence's subject but a short opener and its comma ("Theo thiết kế, ").
const SENTENCE_OPENER = /^\s*(?:[^,.;:()\d]{0,40},\s*)?$/u;
const SINGLED_OUT = /^[\s;,]*Riêng\s+/iu;
// What a body singled out does with the figure: receives, licenses, reaches.
const SITE_VERB = vietnameseRegex('^\\s*(?:đã\\s+)?(?:đón|phục vụ|cấp mới|thu hút|đạt|có)\\s', 'u');
const FUND = /^Quỹ\s/u;
// A time opening a sentence, a comma after it: "Năm 2021, ", "6 tháng đầu năm 2024, "; in a
// title, after the header and the place it names: "Thừa Thiên Huế: Năm 2021, ".
// ("Đáng chú ý, đến ngày 31/8, …": a word that points the sentence out may stand before the time.)
const TIME_OPENER =
  /^(?:date \d{4}-\d{2} )?(?:[^,;:.]{1,40}:\s*)?(?:[^,;:.\d]{1,20},\s*)?[^,;:.]{0,24}\d[^,;:.]{0,12},\s*$/u;
const UNIT_APPOSITION = vietnameseRegex('^\\s*,\\s*đơn vị\\s[^,;()]{1,80},', 'u');
const PLANT = /^Nhà máy\s/u;
const PROJECT_BOARD = /^Ban [Qq]uản lý (?:các )?dự án\s/u;
const DISBURSEMENT = 'public_investment_disbursement';
// Bodies that speak for their place: its people's committee, council, party committee, front.
const PLACE_BODIES = new Set(['government', 'council', 'party', 'front', 'delegation']);
// Kinds of agency a text names again bare, in lower case: "chi cục", "ban quản lý", "bệnh viện".
// ("Năm 2023, Bảo tàng đón khoảng 512.000 lượt khách", "các điểm di tích do Trung tâm quản lý":
// a museum or a centre, capitalized as a name is, spoken of again before its verb; "xây dựng
// Trung tâm thể thao dưới nước" opens a new name.)
const AGENCY_AGAIN =
  /(?<!(?:[Cc]ác|[Nn]hững|[Mm]ỗi|[Nn]hiều)\s)(?:^|(?<=[^\p{L}]))(chi cục|ban quản lý|bệnh viện|(?:[Bb]ảo tàng|Trung tâm)(?=\s+(?:đã|đang|sẽ|vừa|cũng|được|đón|thu|quản lý|giải ngân|có|phục vụ|đạt)\s))(?!\s+\p{Lu})(?=[\s,])/u;
// A board or an agency spoken of again: "đơn vị" (not "các đơn vị"), a bare capitalized "Ban".
// ("các điểm di tích do Trung tâm quản lý": so does a bare capitalized "Trung tâm".)
const BODY_AGAIN =
  /(?<!(?:[Cc]ác|[Nn]hững|[Mm]ỗi)\s)(?:^|(?<=[^\p{L}]))(?:đơn vị(?!\s+\p{Lu})|(?:Ban|Trung tâm)(?=\s+\p{Ll}))/u;
const WE = vietnameseRegex('(?:^|[^\\p{L}])chúng tôi(?:[^\\p{L}]|$)', 'u');
// The bare kind of a firm, no name after it: "tập đoàn đã tạo việc làm", "công ty có 2.000 lao động";
// in a firm's head's words, "đơn vị" too ("kim ngạch xuất khẩu của đơn vị đạt 12,3 triệu USD").
const BARE_KIND_OF_FIRM =
  /(?<!(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi|[Mm]ỗi)\s)(?:^|(?<=[^\p{L}]))(?:[Tt]ập đoàn|[Cc]ông ty|[Dd]oanh nghiệp|[Hh]ợp tác xã|[Nn]hà máy|[Đđ]ơn vị)(?=[\s,.;]+(?!\p{Lu}))/u;
const SAID_ANYWHERE = vietnameseRegex(SAID, 'u');
const REQUEST_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:đề nghị|yêu cầu)\\s+(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\s+)?$',
  'u',
);

/** Of `sorted` (by start), the first place or body starting in [from, to) and ending by `to`. */
function firstAfter<T extends { evidence: Span }>(
  sorted: readonly T[],
  from: number,
  to: number,
): T | undefined {
  const place = sorted[firstStartingAt(sorted, from)];
  return place && place.evidence.start < to && place.evidence.end <= to ? place : undefined;
}

/**
 * Of `sorted` (by start), the place starting latest in [from, below) that ends by `endBy`;
 * among places with the same start, the first given. Walks back only over places that
 * reach past `endBy`.
 */
function lastBefore(sorted: readonly Place[], below: number, from: number, endBy: number): Place | undefined {
  let found: Place | undefined;
  for (let i = firstStartingAt(sorted, below) - 1; i >= 0; i--) {
    const place = sorted[i] as Place;
    if (place.evidence.start < from) break;
    if (found && place.evidence.start < found.evidence.start) break;
    if (place.evidence.end <= endBy) found = place;
  }
  return found;
}

/**
 * The places (sorted by start) that stand neither in a caption nor inside parentheses on
 * one line ("(huyện Việt Yên)"). One sweep: captions and seekers move forward with the places.
 */
function outsideAsides(ctx: RecognizeContext, sorted: readonly Place[]): Place[] {
  const captions = ctx.paragraphs.filter((p) => p.role === 'caption').sort((a, b) => a.start - b.start);
  const open = new CharSeeker(ctx.text, '(');
  const close = new CharSeeker(ctx.text, ')');
  const newline = new CharSeeker(ctx.text, '\n');
  let caption = 0;
  return sorted.filter(({ evidence: { start, end } }) => {
    while (caption < captions.length && (captions[caption]?.end ?? 0) <= start) caption++;
    const around = captions[caption];
    if (around && around.start <= start && start < around.end) return false;
    const opened = open.last(start);
    if (opened < 0 || close.last(start) > opened || newline.last(start - 1) >= opened) return true;
    const closed = close.next(end);
    const lineEnd = newline.next(end);
    return !(closed >= 0 && (lineEnd < 0 || lineEnd >= closed));
  });
}

const GATE_AGAIN = /(?:^|[^\p{L}])[Cc]ửa khẩu này(?:[^\p{L}]|$)/u;
const GATE_NAME_AGAIN = /(?:^|[^\p{L}])qua\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})/u;
const BARE_GATE =
  /(?:^|[^\p{L}])(?:tại|qua) cửa khẩu(?=\s+\p{Ll})(?!\s+(?:quốc tế|chính|phụ|song phương|các|của|trên|biên giới|phía))/u;

/** The last border gate named with its preposition "qua" in text[from, to), and where its name starts. */
const borderGateIn = (text: string, from: number, to: number) => gateNamesIn(text, from, to, true).at(-1);
