import type { Period } from '@dukien/core';
import { foldForMatch } from '../text/fold.js';
import { vietnameseRegex } from '../text/vietnamese-regex.js';
import { type DraftOf, evidence, type RecognizeContext, readableSpans, type Span } from './context.js';
import { startingIn } from './indicator/by-start.js';
import {
  clauseAround,
  paragraphStartAt,
  sentenceAround,
  withAntecedent,
  withListHeading,
} from './indicator/clauses.js';
import { AVERAGE, SOURCE_BEFORE } from './indicator/cue-words.js';
import { isCountedUnit, unitFits, unitsOf } from './indicator/lexicon.js';
import { levelForTimeStretch, parallelStretch } from './indicator/parallel.js';
import {
  acrossBrackets,
  articleYear,
  calendarYear,
  FROM_VALUE_BEFORE,
  periodOf,
  TO_LEVEL,
  VISION_BEFORE,
} from './indicator/period.js';
import { findIndicatorPhrases, type PhraseMatch } from './indicator/phrases.js';
import { type RespectiveValue, respectiveValues } from './indicator/respectively.js';
import { governs } from './indicator/result-verb.js';
import { clauseAims, namesPlanBefore, statusOf } from './indicator/status.js';
import {
  firmKind,
  OWN_UNIT,
  PROVINCE_OPENS_CLAUSE,
  subjectFinder,
  TOURISM_KEYS,
} from './indicator/subject.js';
import { lastSiteIn, sitesIn } from './indicator/tourist-site.js';
import { CURRENCIES } from './units.js';

export interface IndicatorInputs {
  quantities: readonly DraftOf<'quantity'>[];
  times: readonly DraftOf<'time'>[];
  locations: readonly DraftOf<'location'>[];
  organizations: readonly DraftOf<'organization'>[];
  /** People with their titles: a speaker's firm is what "tập đoàn" in their words points back to. */
  people?: readonly DraftOf<'person'>[];
}

/** How far (in characters) a phrase may stand before its value, within one clause. */
const MAX_GAP = 90;
/** How far a phrase may follow its value ("12 xã được công nhận đạt chuẩn nông thôn mới"). */
const MAX_TRAILING_GAP = 24;
// ("Tỉ trọng … trong tổng kim ngạch xuất khẩu của tỉnh giảm từ 28,4% xuống 21,6%": so is the total
// it is taken of.)
const DENOMINATOR = vietnameseRegex('(?:^|[^\\p{L}])trong(?:\\s+tổng)?\\s+$', 'u');
const STANDARD_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])tiêu chuẩn\\s+$', 'u');
const CAPACITY_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:công suất|năng lực|quy mô)(?:\\s+(?:thiết kế|khai thác|phục vụ|đón|tiếp nhận|xử lý))?\\s*$',
  'u',
);
const COORDINATION = vietnameseRegex('^\\s*(?:,|và|,\\s*và|cùng)\\s*$', 'u');
const TARGET_NEXT = vietnameseRegex(
  '^\\s*,\\s*(?:phấn đấu|mục tiêu|dự kiến|định hướng)[^;:()]{0,40}?\\s(?:đạt|là|lên|còn|khoảng)\\s*$',
  'u',
);
// "tỷ lệ hộ nghèo giảm bình quân 2,3%/năm, hiện còn 9,6%": after the change, the level it came to.
const LEVEL_AFTER_CHANGE = vietnameseRegex(
  '^\\s*,\\s*(?:(?:hiện nay|hiện|nay|đến nay|đến cuối năm|cuối năm)\\s+)?(?:(?:chỉ|vẫn)\\s+)?còn\\s*$',
  'u',
);
const AFTER_LENGTH_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])sau\\s+$', 'u');
// "GRDP ước đạt 9,12%, cao hơn mức 8,4% của cùng kỳ năm 2025": the level of the time compared
// with, a baseline.
const COMPARED_LEVEL = vietnameseRegex('^\\s*,\\s*(?:cao|thấp)\\s+hơn\\s+(?:so với\\s+)?mức\\s*$', 'u');
const LEVEL_YEAR_AFTER = vietnameseRegex(
  '^\\s+(?:của\\s+)?(cùng kỳ\\s+)?năm\\s+(\\d{4}|trước|ngoái)(?![\\p{L}\\d])',
  'u',
);
const LEVEL_OF_TIME_AFTER = vietnameseRegex(
  '^\\s+(?:của\\s+)?(?:cùng kỳ|năm\\s+(?:\\d{4}|trước|ngoái)|quý|tháng|\\d+\\s+tháng)',
  'u',
);
// "tỷ lệ hộ nghèo giảm từ 21,3% (năm 2020) xuống còn 9,8%": the level a change came to, after the
// one it came from (which may name its own time).
const TO_LEVEL_AFTER = vietnameseRegex(
  `^\\s*(?:[^,;:()]{0,24}?\\s)?(?:${TO_LEVEL})(?:\\s+(?:còn|mức|thành))?\\s*$`,
  'u',
);
// "tỷ lệ lấp đầy đạt 65% và tỷ lệ giải ngân đạt 100%": a phrase after a conjunction opens the
// next statistic; it does not take the value before it.
const OPENS_NEXT = vietnameseRegex('(?:^|[^\\p{L}])(?:và|hoặc|còn|cùng|với|nhưng|song)(?:[^\\p{L}]|$)', 'u');
const CONTRAST_TURN = vietnameseRegex('[,;]\\s*(?:song|nhưng)(?:[^\\p{L}]|$)', 'u');
// "không giải ngân được 50%": a negated result is no statistic.
const NEGATION = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:không|chưa)\\s+(?:\\p{L}+\\s+){0,2}(?:được|đạt)?\\s*$',
  'u',
);
const NEGATED_PHRASE = vietnameseRegex('(?:^|[^\\p{L}])(?:không|chưa)\\s*$', 'u');
// "thu hút gần 2,1 tỷ USD vốn đầu tư trực tiếp nước ngoài", "thu hút 3 tỷ USD vốn FDI và 50.000 tỷ
// đồng vốn đầu tư trong nước": money a verb of result brought in (earlier in the clause) is named
// by the noun after it.
const ATTRACTED = vietnameseRegex('(?:^|[^\\p{L}])(?:thu hút|huy động|thu về)[^.;:!?]{0,60}$', 'u');
// "4.350 USD (tương đương 104,6 triệu đồng)", "85,2 triệu đồng, tương đương khoảng 3.340 USD":
// the same statistic in another unit.
const HOUSES_BUILT = 'houses_built';
const DISBURSEMENT = 'public_investment_disbursement';
const AREA = 'area';
const INVESTMENT_CAPITAL = 'investment_capital';
const INVESTMENT_PROJECTS = 'investment_projects';
const FDI_PROJECTS = 'fdi_projects';
const JOBS = 'jobs_created';
const MANY_EMPLOYERS = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:công ty|doanh nghiệp|dự án|nhà máy|toàn huyện|toàn tỉnh|toàn xã|các|những|\\d+\\s+(?:homestay|trang trại|hộ))(?:[^\\p{L}]|$)',
  'u',
);
const HOUSEHOLD_JOBS = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:gia đình|hộ gia đình|nông hộ|homestay|trang trại)(?:[^\\p{L}]|$)',
  'u',
);
// "thu hút đầu tư trực tiếp nước ngoài có 26 dự án", "Về thu hút FDI, tỉnh cấp mới 15 dự án":
// projects counted under a heading of foreign investment are foreign ones.
const FOREIGN_INVESTMENT = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:fdi|đầu tư (?:trực tiếp )?nước ngoài|vốn nước ngoài)(?:[^\\p{L}]|$)',
  'u',
);
const FOREIGN_TOPIC = vietnameseRegex(
  '^\\s*(?:về|đối với|với|trong|ở)?\\s*(?:lĩnh vực|công tác|nguồn|kết quả)?\\s*(?:thu hút)?\\s*(?:vốn\\s*)?(?:fdi|đầu tư (?:trực tiếp )?nước ngoài)(?:\\s*\\(fdi\\))?\\s*,',
  'u',
);
const PARTS_OF_TOTAL = vietnameseRegex('(?:^|[^\\p{L}])(?:bao gồm|gồm|trong đó(?: có)?)\\s*$', 'u');
const DOMESTIC_INVESTMENT = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:trong nước|ddi|ngoài nhà nước)(?:[^\\p{L}]|$)',
  'u',
);
const TRADE_KEYS = new Set(['export_value', 'import_value', 'trade_value']);
const TRADE = 'trade_value';
const EXPORT = 'export_value';
const TURNOVER = foldForMatch('kim ngạch');
const EXPORT_WORD = vietnameseRegex('(?:^|[^\\p{L}])xuất khẩu(?:[^\\p{L}]|$)', 'u');
const BOTH_WAYS = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:nhập khẩu|xuất nhập khẩu|xnk|cửa khẩu)(?:[^\\p{L}]|$)',
  'u',
);
const UNSPENT = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:còn treo|chưa giải ngân|chưa phân bổ|chậm giải ngân|tồn đọng)(?:[^\\p{L}]|$)',
  'u',
);
// The words between an aim and its deadline: "… kế hoạch vốn trước ngày", "… chậm nhất đến ngày".
const DEADLINE_AFTER = vietnameseRegex(
  '^[^,;:()]{0,40}?(?:trước|chậm nhất(?: là)?(?: đến)?|hạn chót)\\s*(?:ngày\\s*)?$',
  'u',
);
// Statistics that stand at a moment rather than add up over a year.
const STANDING_KEYS = new Set(['occupancy_rate', 'area', 'population']);
const OCCUPANCY = 'occupancy_rate';
// The fill rate of a zone ("tỷ lệ lấp đầy"), not the occupancy of rooms over a stretch of time.
const FILLED = vietnameseRegex('lấp đầy', 'u');
// A statistic given as how fast it grew or fell ("tăng bình quân 9,3%/năm").
const GREW = vietnameseRegex('(?:^|[^\\p{L}])(?:tăng|giảm)(?!\\p{L})', 'u');
const SAME_PERIOD_AFTER = vietnameseRegex('^\\s*\\(?\\s*cùng kỳ', 'u');
// ("GRDP theo giá hiện hành", "thể hiện", "thực hiện": "hiện" inside a word is no "now".)
const STANDING_NOW = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:đến nay|hiện nay|(?<!(?:thể|thực|xuất|phát|biểu)\\s)hiện(?!\\s+(?:hành|đại|trạng|tượng|diện|vật))|lũy kế|luỹ kế|còn hiệu lực)(?:[^\\p{L}]|$)',
  'u',
);
// "Tổng diện tích đất phải thu hồi hơn 497 ha", "diện tích giải phóng mặt bằng 215 ha": the land a
// work takes, a size of that work, no area of the place.
const LAND_TAKEN = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:thu hồi|giải phóng mặt bằng|gpmb|bàn giao mặt bằng|vướng mặt bằng|bồi thường|đền bù)(?:[^\\p{L}]|$)',
  'u',
);
const LABOUR_AFTER = vietnameseRegex('^\\s*lao động(?:[^\\p{L}]|$)', 'u');
const LOAN_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])vay vốn\\s*$', 'u');
const REVOKED = vietnameseRegex('(?:^|[^\\p{L}])(?:thu hồi|chấm dứt|dừng)\\s*$', 'u');
const ADJUSTED = vietnameseRegex(
  '(?:^|[^\\p{L}])điều chỉnh\\s+(?:tăng|giảm)\\s+(?:dự toán|kế hoạch)(?:[^\\p{L}]|$)',
  'u',
);
const RAISED_TO = vietnameseRegex('(?:^|[^\\p{L}])(?:lên|còn)\\s*$', 'u');
const EACH_ITEM = vietnameseRegex(
  '(?:^|[^\\p{L}])mỗi\\s+(?!(?:năm|tháng|quý|ngày|tuần|vụ)(?:[^\\p{L}]|$))[^.;:()]{1,40}$',
  'u',
);
// "… phải giải ngân trong quý IV, bình quân mỗi tháng gần 1.950 tỷ đồng": money a month (a week,
// a day) is the pace of the statistic, no amount of it.
const EACH_SHORT_PERIOD = vietnameseRegex(
  '(?:^|[^\\p{L}])mỗi\\s+(?:tháng|quý|tuần|ngày)\\s+(?:(?:cần|phải|đạt|giải ngân|thu|chi)\\s+)?(?:(?:gần|khoảng|hơn|trên|từ)\\s+)?$',
  'u',
);
const PROGRAMME = vietnameseRegex('(?:^|[^\\p{L}])chương trình(?:[^\\p{L}]|$)', 'u');
const HOUSEHOLDS: ReadonlySet<string> = new Set(['hộ', 'hộ dân', 'hộ gia đình']);
const UNITS_UNDER = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:đơn vị|chủ đầu tư|dự án|địa phương|ngành)(?:\\s+nào)?\\s*$',
  'u',
);
const TOURISTS = 'tourist_arrivals';
const TOURISM = new Set([TOURISTS, 'tourism_revenue']);
// Statistics reported as a pair, the second after the first.
const COUNTERPART = new Map([
  ['import_value', 'export_value'],
  ['budget_expenditure', 'budget_revenue'],
]);
const PASSENGERS = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:nhà ga|sân bay|cảng hàng không|metro|đường sắt|xe buýt|vận chuyển|chuyên chở|chở|chuyến bay|hành khách)(?:[^\\p{L}]|$)',
  'u',
);
// "gia đình tôi phục vụ hơn 4.500 lượt khách", "homestay đón 1.150 lượt khách": the guests one
// family's house welcomed, no tourists of a place ("các homestay", "46 homestay", "46 hộ làm
// homestay" are the place's; "nhà" alone is any building, "nhà tôi" one family's).
const HOUSE_OWNER = '(?:\\s+(?:tôi|mình|em|anh|chị|ông|bà|chúng tôi))';
// ("Vườn măng cụt của ông Sáu Lành đón gần 300 lượt khách": one family's orchard; a national
// park, "vườn quốc gia", is a place.)
// ("9 tháng, vườn đón 41.260 lượt khách": "vườn" alone speaks of the park again.)
const OWNER = '\\s+của\\s+(?:ông|bà|anh|chị|gia đình)(?:\\s+\\p{L}+){1,3}?';
const GARDEN = `vườn(?!\\s+quốc gia)(?:(?:\\s+\\p{L}+){1,2}?(?:${OWNER})?|${OWNER})`;
const ONE_HOUSE = vietnameseRegex(
  `(?:^|[^\\p{L}])(?<!(?:các|những|mọi|làm|\\d)\\s+)(?:(?:gia đình|homestay)${HOUSE_OWNER}?|nhà${HOUSE_OWNER}|${GARDEN})` +
    '\\s+(?:(?:đã|cũng|đều|vừa)\\s+)?(?:đón|phục vụ|tiếp đón|đón tiếp)(?:\\s+(?:được|khoảng|hơn|gần|trên))*\\s*$',
  'u',
);
const LENDING = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:ngân hàng|cho vay|vốn vay|vay vốn|tín dụng|dư nợ)(?:[^\\p{L}]|$)',
  'u',
);
const BANKING = vietnameseRegex('(?:^|[^\\p{L}])(?:tín dụng|dư nợ|tiền gửi|ngân hàng)(?:[^\\p{L}]|$)', 'u');
// Banks and funds lend; "Quỹ Đầu tư phát triển giải ngân 35 tỉ đồng" is no public investment.
// ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh …": nor is a bank's branch.)
const BANK = /^(?:Chi nhánh\s+)?(?:Ngân hàng|Quỹ)\s/u;
const MOBILIZED = foldForMatch('huy động');
// Rates per a span of time ("tỷ đồng/năm", "triệu USD/vụ") are totals still; per anything else
// ("đồng/cành", "triệu đồng/hộ"), averages or prices.
const TIME_PER = new Set(['năm', 'tháng', 'quý', 'tuần', 'ngày', 'vụ', 'mùa']);
const perItem = (q: DraftOf<'quantity'>): boolean => q.per !== null && !TIME_PER.has(q.per.toLowerCase());
// The stock market: money raised by listings, funds' buying and selling, no investment of a place.
const SECURITIES = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:chứng khoán|cổ phiếu|trái phiếu|ipo|chào bán|niêm yết|khối ngoại|quỹ ngoại|bán ròng|mua ròng|rút ròng)(?:[^\\p{L}]|$)',
  'u',
);
// (Nor is the size of a housing project: "dự án … có quy mô 4.500 căn", "11 dự án … với hơn 19,6
// ngàn căn", unless they were finished: "hoàn thành 12 dự án với 9.850 căn".)
const NOT_BUILT = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:ngập|sập|đổ|hư hỏng|hư hại|tốc mái|cuốn trôi|sạt lở|thiệt hại|trao tặng|tặng)(?:[^\\p{L}]|$)',
  'u',
);
const DAMAGED_AFTER = vietnameseRegex(
  '(?:^|[^\\p{L}])bị (?:ngập|sập|đổ|hư hỏng|hư hại|tốc mái|cuốn trôi|sạt lở|thiệt hại|cháy)(?:[^\\p{L}]|$)',
  'u',
);
/** The words after a value up to the next coordinated clause ("41 căn nhà cho hộ mất nhà và sửa …"). */
const ownWords = (after: string): string => after.slice(0, after.search(/;| và |$/u));
const CAUSED = vietnameseRegex(',\\s*(?:làm|khiến|gây|cướp đi)(?:\\s|$)', 'u');
const PROJECT_SIZE = vietnameseRegex(
  '(?:(?:^|[^\\p{L}])dự án[^.;,]{0,40}với|quy mô)\\s*(?:hơn|gần|khoảng|trên)?\\s*$',
  'u',
);
const BARE_HOUSES = vietnameseRegex('(?:^|[^\\p{L}])căn nhà$', 'u');
const KIND_OF_HOUSE = vietnameseRegex('^\\s+(?:ở|đại đoàn kết|tình nghĩa)(?:[^\\p{L}]|$)', 'u');
// "hỗ trợ 3,5 tỉ đồng xây 50 căn nhà": the houses a sum pays for.
// "từ Quỹ …", "bằng nguồn vốn của Quỹ …": the body named right after is where the money came from.
const FUNDED_FROM_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:từ|bằng)(?:\\s+(?:nguồn vốn|nguồn|vốn|kinh phí)(?:\\s+(?:của|từ))?)?\\s+$',
  'u',
);
const PAID_TO_BUILD = vietnameseRegex('^\\s*(?:để\\s+)?(?:xây|xây dựng|xây mới|làm)\\s*$', 'u');
const CONTRIBUTES = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:đóng góp|chiếm)\\s*(?:khoảng|gần|hơn|trên)?\\s*$',
  'u',
);
const SHARE_OF_TOTAL_AFTER = vietnameseRegex(
  '^\\s*(?:số thu|tổng thu|tổng số|tổng giá trị|tổng kim ngạch)',
  'u',
);
// ("11/15 KCN đang hoạt động có tỷ lệ lấp đầy trên 70%": or a count of them, and what they are doing.)
const THRESHOLD_SET = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:các|những|mọi|\\d+(?:/\\d+)?)\\s+(?:xã|phường|thôn|bản|huyện|địa phương|hộ|doanh nghiệp|đơn vị|dự án|kcn|khu công nghiệp|cụm công nghiệp|ccn)(?:\\s+(?:đang|đã)\\s+\\p{L}+(?:\\s+\\p{L}+)?)?\\s+có\\s+$',
  'u',
);
const FLOOR_AFTER = vietnameseRegex('^\\s+sàn(?:[^\\p{L}]|$)', 'u');
const PROJECTS = 'dự án';
const PROJECTS_WITH = vietnameseRegex('^(?:\\s+(?:fdi|mới|đầu tư|trong nước))*\\s*,?\\s*với\\s*$', 'u');
const RATIO_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])bằng\\s+$', 'u');
// Between projects counted and their capital: who invests, then a comma.
const CAPITAL_OF_COUNTED = vietnameseRegex('^\\s+(?:của|thuộc)\\s[^;.()]{1,80},\\s*(?:với\\s+)?$', 'u');
const PROJECT_VERB_BEFORE = vietnameseRegex('(?:thu hút|cấp mới|cấp phép)\\s+$', 'u');
const TRADE_AS_PURPOSE = vietnameseRegex('(?:^|[^\\p{L}])(?:để|nhằm|điều kiện)\\s*$', 'u');
const TAKINGS = vietnameseRegex('[,;]\\s*(?:với\\s+)?(?:tổng\\s+)?doanh thu(?:[^\\p{L}]|$)', 'u');
// ", tỉnh xuất siêu 7,2 tỷ USD": the balance of trade, after a comma, is no value of either side.
const FINED_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])(?:phạt|phạt tiền|xử phạt)\\s+$', 'u');
const TRADE_BALANCE = vietnameseRegex(
  '[,;]\\s*(?:[\\p{L}\\p{M}]+\\s+){0,2}(?:xuất siêu|nhập siêu|cán cân thương mại|thặng dư thương mại)(?:[^\\p{L}]|$)',
  'u',
);
const APPROVED_COST_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])tổng mức đầu tư\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}$',
  'u',
);
const BALANCE_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:xuất siêu|nhập siêu|cán cân thương mại|thặng dư thương mại)\\s+(?:[\\p{L}\\p{M}]+\\s+){0,2}$',
  'u',
);
const SHARE_WORD_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])(?:tỷ|tỉ) trọng\\s+(?:của\\s+)?$', 'u');
const NATIONAL_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])(?:cả nước|toàn quốc)\\s*$', 'u');
const DEFICIT_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])bội\\s*$', 'u');
const HOUSE_COUNTER = 'căn';
const COMPLETED_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:hoàn thành|bàn giao|xây xong|đưa vào sử dụng)(?:\\s+thêm)?\\s*$',
  'u',
);
// "xóa 6.412 căn nhà tạm": makeshift houses removed, not houses built.
const TEMPORARY = vietnameseRegex('^\\s+(?:tạm|dột nát)(?:[^\\p{L}]|$)', 'u');
// "Vietcombank trao 10 tỷ đồng xây 200 căn nhà", "Bộ đội Biên phòng tỉnh bàn giao 5 căn nhà": a
// donor's houses are no statistic of the place; its committees and its front speak for it.
const ACTING_FOR_PLACE = new Set(['government', 'council', 'party', 'front']);
/** "1.150 căn nhà" with no kind after it ("căn nhà ở", "căn nhà đại đoàn kết"). */
const bareHouses = (folded: string, value: Span): boolean =>
  BARE_HOUSES.test(folded.slice(value.start, value.end)) &&
  !KIND_OF_HOUSE.test(folded.slice(value.end, value.end + 20));
const BUILT = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:xây|xây mới|xây dựng|làm mới|làm nhà|sửa chữa|cải tạo|hoàn thành|bàn giao|khánh thành)(?:[^\\p{L}]|$)',
  'u',
);
const FINISHED = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:hoàn thành|bàn giao|xây xong|đưa vào sử dụng|khánh thành)(?:[^\\p{L}]|$)',
  'u',
);
// "…; toàn tỉnh đạt 63,41%", "cả nước là 7,1%": the same measure for the whole unit after one of its parts.
const WHOLE_UNIT = vietnameseRegex(
  '^\\s*(?:toàn tỉnh|cả tỉnh|toàn thành phố|toàn huyện|cả nước|toàn quốc)\\s+(?:đạt|là|ước đạt)\\s*$',
  'u',
);
// A clause that sums the previous statistic over a longer period ("lũy kế 7 tháng", "tính
// chung 9 tháng") or singles out a part of its period ("riêng quý III/2025 đạt …", "…, trong đó
// quý II/2021 ước tăng 7,56%"; not "riêng chè đạt …", another measure); after a baseline's bracket, the clause opens on its comma ("…
// ước đạt 8,14% (năm 2024 tăng 6,93%), riêng quý IV/2025 tăng 9,02%").
const SUM_WORDS = 'lũy kế|luỹ kế|cộng dồn|tính chung|tính lũy kế';
const CUMULATIVE = vietnameseRegex(
  `^[\\s,]*(?:${SUM_WORDS}|(?:riêng|trong đó)(?= +(?:quý|tháng|năm|\\d+ tháng)))(?:[^\\p{L}]|$)[^;:()]{0,50}$`,
  'u',
);
// The sums alone, no part of the period singled out.
const SUMMED = vietnameseRegex(`^[\\s,]*(?:${SUM_WORDS})(?:[^\\p{L}]|$)[^;:()]{0,50}$`, 'u');
const PLURAL_ZONES = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:các|những|toàn bộ|tất cả)\\s+(?:kcn|ccn|kkt|khu công nghiệp|cụm công nghiệp|khu kinh tế|khu)(?:[^\\p{L}]|$)',
  'u',
);
const SINGLED_OUT = /^(?:[Rr]iêng|trong đó)\s+(?:[^,;]{1,20},\s+(?=\p{L}))?/u;
// "…; tháng 9 đạt 74,2 triệu USD", "…; quý III tăng 8,2%": a clause of a time and a value only,
// the statistic before it over another period.
const OTHER_PERIOD = vietnameseRegex(
  '^\\s*(?:(?:riêng\\s+)?trong\\s+)?(?:tháng\\s+\\d{1,2}(?:[/.-]\\d{4})?|quý\\s+[ivx]+(?:[/.-]\\d{4})?|năm\\s+\\d{4}|\\d{1,2}\\s+tháng(?:\\s+đầu\\s+năm)?(?:\\s+\\d{4})?)\\s*,?\\s+(?:ước\\s+)?(?:đạt|là|tăng|giảm)\\s*(?:khoảng|gần|hơn|trên)?\\s*$',
  'u',
);
// ("…, mục tiêu đến năm 2030 đạt 70%", "…; phấn đấu đến năm 2025 đạt 65 triệu đồng": an aim
// says the same.)
const HORIZON_PART = vietnameseRegex(
  '^\\s*(?:(?:phấn đấu|mục tiêu|kế hoạch)\\s+)?(?:tầm nhìn\\s+)?(?:đến|tới)\\s+năm\\s+(\\d{4})\\s*,?\\s+(?:đạt|là)\\s*(?:khoảng|gần|hơn|trên)?\\s*$',
  'u',
);
// ("nhiều hơn cùng kỳ năm trước 8 doanh nghiệp": the time compared with may come between.)
const DIFFERENCE_BEFORE = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:nhiều|ít)\\s+(?:hơn\\s+)?(?:(?:so với\\s+)?cùng kỳ(?:\\s+năm\\s+(?:trước|ngoái|\\d{4}))?\\s+)?$',
  'u',
);
const SAME_PERIOD_CLAUSE = vietnameseRegex(
  '^\\s*cùng kỳ(?: năm (?:\\d{4}|trước|ngoái))?\\s*(?:chỉ |mới )?(?:đạt|là|ở mức)\\s*(?:khoảng |gần |hơn |trên )?$',
  'u',
);
const SAME_PERIOD_OF_YEAR = vietnameseRegex('^\\s*cùng kỳ năm (\\d{4})(?:\\s|$)', 'u');

/** Where the part of a clause holding a value opens: after the last comma between `from` and the value. */
function commaPartStart(text: string, from: number, at: number): number {
  const comma = text.lastIndexOf(',', at - 1);
  return comma >= from ? comma + 1 : from;
}

/** A period within one year moved to another year: Jan–Aug 2024 in 2023 is Jan–Aug 2023. */
function inYear(period: Period, year: number): Period | null {
  const { start, end } = period;
  if (start === null || end === null || start.slice(0, 4) !== end.slice(0, 4)) return null;
  const move = (date: string) => {
    const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
    // 29 February of a leap year is the 28th in a common one.
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${date.slice(5, 7)}-${String(Math.min(day, last)).padStart(2, '0')}`;
  };
  return { start: move(start), end: move(end) };
}

/** How far (in characters) a part may stand after the statistic it belongs to. */
const PART_REACH = 160;
const PART_OPENER = '^\\s*,?\\s*trong đó\\s*,?\\s*';
// The type word before a place's name: "huyện", "thị xã", "TP".
const PLACE_TYPE_OPENS = /^(?:huyện|thị xã|thị trấn|thành phố|TP\.?|quận|xã|phường|tỉnh|khu vực)\s+/u;
const PART_OPENS = vietnameseRegex(`${PART_OPENER}$`, 'u');
const PART_OPENS_BEFORE_NAME = vietnameseRegex(PART_OPENER, 'u');
// ("thu ngân sách tháng 1 ước đạt 8.930 tỉ đồng, bằng 11,8% dự toán HĐND tỉnh giao, trong đó thu
// nội địa …": after the whole, its share of plan or its change, then the part; "…, tăng 15,3% so với
// cùng kỳ năm trước và bằng 104,6% dự toán, trong đó …": both.)
const SHARE_THEN_PART =
  '^(?:\\s*,\\s*(?:bằng|đạt|tăng|giảm)\\s+(?:\\d[.,]\\d|[^,;.()]){1,64})+\\s*,\\s*trong đó\\s*,?\\s*';
const PART_OPENS_AFTER_SHARE = vietnameseRegex(`${SHARE_THEN_PART}$`, 'u');
const SHARE_THEN_PART_BEFORE_NAME = vietnameseRegex(SHARE_THEN_PART, 'u');
/** The end of the sentence a part's own sentence opens after: ". Trong đó, …". */
const SENTENCE_END_BEFORE = /[.!?]\s+(?=Trong đó)/u;
const BEATEN_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])vượt\\s+$', 'u');
const BEATEN_OPENS = vietnameseRegex('^vượt\\s', 'u');
const COMPARED_AFTER = vietnameseRegex('^\\s*so với(?:[^\\p{L}]|$)', 'u');
const SHARE_OF_COUNT = vietnameseRegex('^\\s*,\\s*chiếm\\s*$', 'u');
const EQUIVALENT = vietnameseRegex('^\\s*(?:tương đương|khoảng|tức|hay)(?:[^\\p{L}]|$)', 'u');
const PERSON = 'người';
const PER_CAPITA = 'grdp_per_capita';
const GOODS_DENOMINATORS = new Set(['tấn', 'kg', 'tạ', 'm2', 'm3', 'lít', 'ha', 'sản phẩm', 'con']);
// "(gồm vốn trung ương 2.941 tỷ ...)": the parts of a total are not the statistic.
const BREAKDOWN = vietnameseRegex('^\\s*(?:gồm|bao gồm|trong đó)(?:[^\\p{L}]|$)', 'u');
// "5.200 căn nhà ở xã hội, trong đó 2.618 căn đã bàn giao": a part counted after the phrase's total;
// "… 9.240 ha, tập trung ở Ba Tri 3.120 ha, Thạnh Phú 2.780 ha": where the total lies, place by place.
const PART_OF_TOTAL = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:trong đó|bao gồm|gồm|tập trung(?: chủ yếu)? (?:ở|tại))(?:[^\\p{L}]|$)',
  'u',
);

interface Found {
  key: string;
  phrase: PhraseMatch;
  /** A parallel clause naming its own subject, when the value stands in one. */
  own: Span | null;
}

/**
 * Statistics: a quantity tied to an indicator phrase of its clause
 * ("tỷ lệ hộ nghèo ... 2,3%"), the subject in scope, the period (a time fact
 * of the clause or sentence, else the article year) and the status ("ước
 * đạt": estimate, "phấn đấu": target). A value in parentheses right after a
 * statistic ("(đầu năm là 5,6%)") is a baseline of the same indicator.
 */
export function recognizeIndicators(ctx: RecognizeContext, found: IndicatorInputs): DraftOf<'indicator'>[] {
  // Names say nothing of statistics: "Công ty Xuất nhập khẩu 2-9" holds no trade figure.
  const phrases = new PhraseWindow(
    findIndicatorPhrases(blankSpans(ctx.folded, found.organizations), readableSpans(ctx)),
  );
  const subjectOf = subjectFinder(ctx, found.locations, found.organizations, found.people ?? []);
  const quantities = [...found.quantities].sort((a, b) => a.evidence.start - b.evidence.start);
  const valuesIn = (from: number, to: number) =>
    startingIn(quantities, from, to).map((o) => o.evidence.start);
  const phraseIn = (from: number, to: number) => phrases.startingIn(from, to).length > 0;
  const out: DraftOf<'indicator'>[] = [];
  // Zones and the local units a statement can be of, by name: a clause that names nothing goes on
  // about the one before it.
  const zoneNames = new Set(
    found.locations
      .filter((l) => l.type === 'industrial_zone' || l.type === 'district' || l.type === 'commune')
      .map((l) => l.name),
  );
  // The bodies that receive visitors at a site: their revenue goes with their arrivals.
  const hostNames = new Set(
    found.organizations.filter((o) => o.type === 'other' || o.type === 'agency').map((o) => o.name),
  );
  // The tourist sites the article names, whose visitors a clause may go on about.
  const sites = sitesIn(ctx.text);
  // Names say nothing of status: "Sở Kế hoạch và Đầu tư" is no plan.
  const statusText = blankSpans(ctx.folded, found.organizations);
  const titleEnd = ctx.paragraphs.find((p) => p.role === 'title')?.end ?? 0;
  let previous: { fact: DraftOf<'indicator'>; end: number } | null = null;
  // The last statistic outside a bracket (no baseline in one).
  let unbracketed: { fact: DraftOf<'indicator'>; end: number } | null = null;
  // The last statistic outside a bracket: what a part ("trong đó …") belongs to.
  let whole: { fact: DraftOf<'indicator'>; evidence: Span } | null = null;
  // The whole the last statistic was a part of, and the sentence it stood in.
  type Whole = { fact: DraftOf<'indicator'>; evidence: Span };
  let lastPart: { whole: Whole; sentenceStart: number } | null = null;
  // The statistics read as parts of a whole: no running total sums one of them.
  const parts = new Set<DraftOf<'indicator'>>();
  const respective = respectiveValues(
    ctx.text,
    ctx.folded,
    readableSpans(ctx),
    quantities,
    phrases.all,
    [...found.locations].sort((a, b) => a.evidence.start - b.evidence.start),
  );
  // "Trong đó, Công ty X xuất khẩu 4.200 tấn …": a part whose own firm or place stands between
  // "trong đó" and the statistic.
  const named = [...found.organizations, ...found.locations];
  // ("…, trong đó huyện Tuyên Hóa và thị xã Ba Đồn có tỷ lệ giải ngân thấp nhất, lần lượt …": or a
  // list of them, each after its type word, "có" before the statistic.)
  const partNamedBy = (from: number, start: number, opener = PART_OPENS_BEFORE_NAME): boolean => {
    const opens = opener.exec(ctx.folded.slice(from, start));
    if (!opens) return false;
    let at = from + opens[0].length;
    for (;;) {
      const typed = at + (PLACE_TYPE_OPENS.exec(ctx.text.slice(at, at + 16))?.[0].length ?? 0);
      const n = named.find((m) => m.evidence.start === at) ?? named.find((m) => m.evidence.start === typed);
      if (!n || n.evidence.end > start) return false;
      const gap = ctx.text.slice(n.evidence.end, start);
      if (/^\s+(?:có\s+)?$/u.test(gap)) return true;
      const joiner = /^\s*(?:,\s*(?:và\s+)?|và\s+)/u.exec(gap);
      if (!joiner) return false;
      at = n.evidence.end + joiner[0].length;
    }
  };
  // "homestay đón gần 3.000 lượt khách, trong đó khoảng 400 lượt khách quốc tế": a part of the
  // guests one family's house welcomed is that house's too.
  // ("Homestay Mùa Sở … 10 tháng, homestay đón hơn 2.400 lượt khách": after a guesthouse is named,
  // the bare word is that guesthouse, a body whose figures count.)
  const namedLodging = (before: number): boolean =>
    found.organizations.some((o) => o.evidence.end <= before && firmKind(o.name) === 'lodging');
  const oneHousesGuests = (clauseStart: number, at: number): boolean => {
    if (namedLodging(clauseStart)) return false;
    if (ONE_HOUSE.test(ctx.folded.slice(clauseStart, at))) return true;
    const total = quantities.findLast((o) => o.evidence.end <= at && o.evidence.start >= clauseStart);
    return (
      total !== undefined &&
      PART_OPENS.test(ctx.folded.slice(total.evidence.end, at)) &&
      ONE_HOUSE.test(ctx.folded.slice(clauseStart, total.evidence.start))
    );
  };
  // The statistics a bracket's list gives baselines to, by the list's cue ("(năm 2024 lần lượt là …)").
  const baselineTargets = new Map<number, readonly DraftOf<'indicator'>[] | null>();
  // The period of the first value of each "lần lượt" list, by where the cue stands: the values
  // after it share it ("Xuất khẩu và nhập khẩu 5 tháng lần lượt đạt A và B").
  const listPeriods = new Map<number, Period>();
  for (const q of quantities) {
    const clause = clauseAround(ctx.text, q.evidence.start, q.evidence.end);
    const sentence = withAntecedent(
      ctx.text,
      withListHeading(ctx.text, sentenceAround(ctx.text, q.evidence.start, q.evidence.end)),
    );
    if (
      ctx.text[clause.start - 1] === '(' &&
      BREAKDOWN.test(ctx.folded.slice(clause.start, q.evidence.start))
    )
      continue;
    // "128/193 xã đạt chuẩn nông thôn mới, chiếm 66,3%": the share a count makes is that count
    // again, no statistic of its own.
    if (
      previous &&
      q.unit === '%' &&
      previous.fact.unit !== '%' &&
      isCountedUnit(previous.fact.unit) &&
      SHARE_OF_COUNT.test(
        ctx.folded.slice(Math.max(previous.end, previous.fact.evidence.end), q.evidence.start),
      )
    )
      continue;
    // "kim ngạch xuất khẩu đạt 4,2 triệu USD, tương đương 3.150 tấn": the goods the money was
    // for, restated in another measure, are no second statistic (a sum restated in another
    // currency is the same one: `sameInOtherUnit`).
    if (previous && restatedInOtherMeasure(ctx.folded, previous, q)) continue;
    // "khai thác thương mại với công suất 25 triệu lượt khách/năm": what a work can take, no figure
    // reached (no seed makes one of 509 such values a statistic).
    if (CAPACITY_BEFORE.test(ctx.folded.slice(Math.max(0, q.evidence.start - 32), q.evidence.start)))
      continue;
    // "… vốn đầu tư công có tổng mức đầu tư khoảng 21.600 tỉ đồng": the approved cost of public works
    // is no statistic, whatever phrase stands before it (no seed makes one of 466 such a figure).
    if (APPROVED_COST_BEFORE.test(ctx.folded.slice(Math.max(0, q.evidence.start - 40), q.evidence.start)))
      continue;
    // "Tính chung, tỉnh xuất siêu hơn 7,9 tỷ USD": the balance of trade, no value of either side.
    if (BALANCE_BEFORE.test(ctx.folded.slice(Math.max(0, q.evidence.start - 40), q.evidence.start))) continue;
    // "…, nhiều hơn 2 xã so với năm trước": a difference from another count, no count itself.
    if (DIFFERENCE_BEFORE.test(ctx.folded.slice(Math.max(0, q.evidence.start - 40), q.evidence.start)))
      continue;
    // "…, vượt 4 xã so với kế hoạch": by how much a plan was beaten, no count itself; "…, tăng 15
    // doanh nghiệp so với cùng kỳ": by how much a count grew.
    if (
      (BEATEN_BEFORE.test(ctx.folded.slice(Math.max(0, q.evidence.start - 8), q.evidence.start)) ||
        BEATEN_OPENS.test(ctx.folded.slice(q.evidence.start, q.evidence.end)) ||
        (q.change !== null && isCountedUnit(q.unit))) &&
      COMPARED_AFTER.test(ctx.folded.slice(q.evidence.end, q.evidence.end + 10))
    )
      continue;
    // "…, cao hơn bình quân cả nước (52,3%)": the country's figure in a bracket is no statistic of
    // the subject's. ("…, đứng thứ 9 cả nước (cùng kỳ năm 2023 tăng 4,47%)": a bracket that names
    // its own time after a rank is the subject's baseline.)
    if (
      ctx.text[clause.start - 1] === '(' &&
      NATIONAL_BEFORE.test(ctx.folded.slice(Math.max(0, clause.start - 32), clause.start - 1)) &&
      !found.times.some((t) => t.evidence.start >= clause.start && t.evidence.end <= q.evidence.start)
    )
      continue;
    const listed = respective.get(q.evidence.start);
    // "xuất khẩu gạo đạt 382.000 tấn, trị giá 260 triệu USD, tăng lần lượt 14,6% và 37,2%": the
    // changes of the values before them, no statistics of their own.
    if (
      listed?.change &&
      !listed.names &&
      startingIn(quantities, clause.start, listed.cue).some((o) => o.evidence.end <= listed.cue)
    )
      continue;
    const match =
      (listed?.names && respectiveMatch(listed.names, q)) ??
      phraseFor(ctx.text, ctx.folded, q, clause, phrases, quantities);
    let key: string;
    let start: number;
    let end = q.evidence.end;
    let sameAs: DraftOf<'indicator'> | null = null;
    // "…, tầm nhìn đến năm 2030 đạt 80%": the horizon a value after a comma is aimed at.
    let horizon: Period | null = null;
    // The statistic of the projects whose capital this value is: "5 dự án FDI với hơn 212 triệu USD".
    let capitalOf: { fact: DraftOf<'indicator'>; end: number } | null = null;
    // The part of the clause after the statistic before and a comma: "…, lũy kế 10 tháng đạt ".
    const commaPartAt =
      previous && previous.end > clause.start
        ? commaPartStart(ctx.text, previous.end, q.evidence.start)
        : null;
    const commaPart = commaPartAt === null ? null : ctx.folded.slice(commaPartAt, q.evidence.start);
    // "(năm 2024 lần lượt là …)": the statistic of the same rank before the bracket.
    const target =
      !match && listed && !listed.names && ctx.text[clause.start - 1] === '('
        ? respectiveTarget(ctx, out, baselineTargets, listed, clause.start - 1)
        : undefined;
    let given: string | null = listed?.subject ?? null;
    let stretch: Span | null = null;
    let samePeriodAt: number | null = null;
    // "… 9 dự án FDI với tổng vốn đăng ký 286,4 triệu USD (cùng kỳ năm 2023 là 5 dự án, …)".
    const pairedBefore =
      previous &&
      isBaseline(ctx.text, previous.end, clause, q) &&
      !startingIn(quantities, clause.start, q.evidence.start).length
        ? pairedBaseline(
            out,
            previous.fact,
            sentenceAround(ctx.text, previous.fact.evidence.start, previous.fact.evidence.end),
            q,
          )
        : undefined;
    const samePeriodStart =
      !match && previous && previous.fact.unit === q.unit && previous.fact.evidence.start >= sentence.start
        ? samePeriodClause(ctx, previous.end, q.evidence.start)
        : null;
    // "(6 tháng đầu năm tăng 2,87%; cùng kỳ năm 2019 tăng 6,95%)": a second baseline in the bracket
    // of the first, of the statistic before the bracket.
    const nextBaseline = !match && previous && unbracketed ? laterInBracket(ctx.text, previous, q) : null;
    // "…), riêng huyện Pác Nặm vẫn còn 41,8%": a parallel clause right after a baseline's bracket.
    // ("… tăng bình quân 9,3%/năm; năm 2022 đạt 391,2 triệu USD": its level for a time, after how
    // fast it grew.)
    const pastBaseline =
      !match && previous && /[);]/.test(ctx.text[clause.start - 1] ?? '')
        ? previous.fact.unit === q.unit
          ? parallelStretch(ctx.text, previous.end, q.evidence.start)
          : previous.fact.unit === '%' &&
              GREW.test(ctx.folded.slice(previous.fact.evidence.start, previous.end)) &&
              unitFits(q.unit, unitsOf(previous.fact.indicator))
            ? levelForTimeStretch(ctx.text, previous.end, q.evidence.start)
            : null
        : null;
    if (match && pairedBefore === undefined) {
      if (NEGATION.test(ctx.folded.slice(match.phrase.end, q.evidence.start))) continue;
      // "Khách Trung Quốc đạt gần 58.000 lượt", "Khách Hàn Quốc vẫn dẫn đầu với khoảng 286.000 lượt":
      // the visitors of one market, a part of the count, no count of the subject's.
      if (match.key === VISITORS && marketOpens(ctx, found.locations, clause.start, q.evidence.start))
        continue;
      // "… chiếm hơn 95% dân số, làm 5 người chết": what the event did, after a comma, no statistic.
      if (CAUSED.test(ctx.folded.slice(match.phrase.end, q.evidence.start))) continue;
      // ("…, trong đó các KCN B, C và D lần lượt đạt …": parts that are places of a list each take
      // the statistic for their own.)
      if (listed?.subject == null && PART_OF_TOTAL.test(ctx.folded.slice(match.phrase.end, q.evidence.start)))
        continue;
      if (NEGATED_PHRASE.test(ctx.folded.slice(clause.start, match.phrase.start))) continue;
      // (A count of units is its own statistic: "74/80 xã đạt chuẩn …, 22 xã đạt chuẩn … nâng cao".)
      if (
        !UNIT_COUNTS.has(q.unit ?? '') &&
        countsUnitsBefore(ctx.text, quantities, clause.start, Math.min(match.phrase.start, q.evidence.start))
      )
        continue;
      // A price per tonne or per square metre is no total: "xuất khẩu ... 640 USD/tấn".
      if (q.per !== null && GOODS_DENOMINATORS.has(q.per.split('/')[0] ?? '')) continue;
      // "lao động xuất khẩu gửi về 15 - 20 triệu đồng/người/tháng": a sum per person is no total.
      if (q.per?.startsWith(PERSON) && match.key !== PER_CAPITA) continue;
      key = match.key;
      // "thu hút 5 dự án FDI với hơn 212 triệu USD": the capital of the projects just counted.
      const projectsCounted =
        previous !== null &&
        CURRENCIES.has(q.unit ?? '') &&
        previous.fact.unit === PROJECTS &&
        previous.end >= clause.start &&
        PROJECTS_WITH.test(ctx.folded.slice(previous.end, q.evidence.start));
      if (projectsCounted) {
        key = INVESTMENT_CAPITAL;
        capitalOf = previous;
      }
      // "xuất khẩu 4.200 tấn gạo, kim ngạch đạt 2,1 triệu USD": a bare "kim ngạch" (turnover) after
      // exports alone is their value; through a gate, or after both ways, it is the trade's.
      // (Words of a firm's name say nothing of the trade: "Công ty … Xuất nhập khẩu 2-9 … xuất
      // khẩu …, kim ngạch đạt 176 triệu USD".)
      if (key === TRADE && ctx.folded.slice(match.phrase.start, match.phrase.end) === TURNOVER) {
        const before = outsideNames(ctx.folded, sentence.start, match.phrase.start, found.organizations);
        if (EXPORT_WORD.test(before) && !BOTH_WAYS.test(before)) key = EXPORT;
      }
      if (
        key === INVESTMENT_PROJECTS &&
        countsForeignProjects(ctx.folded, quantities, clause, sentence, q.evidence, match.phrase.end)
      )
        key = FDI_PROJECTS;
      // "lũ làm ngập 4.500 nhà", "trao tặng 984 nhà đại đoàn kết": houses flooded or given are
      // no houses built.
      const beforeValue = ctx.folded.slice(clause.start, q.evidence.start);
      if (
        key === HOUSES_BUILT &&
        (NOT_BUILT.test(beforeValue) ||
          // ("lũ đã làm 9.846 nhà ở tại 41 xã bị ngập": what befell them may come after.)
          DAMAGED_AFTER.test(ownWords(ctx.folded.slice(q.evidence.end, clause.end))) ||
          // "Tổng công ty Điện lực miền Trung hỗ trợ 3,5 tỷ đồng xây 70 căn nhà đại đoàn kết": the
          // houses a firm pays for are its gift.
          startingIn(quantities, clause.start, q.evidence.start).some(
            (o) =>
              o.unit === 'VND' &&
              PAID_TO_BUILD.test(ctx.folded.slice(o.evidence.end, q.evidence.start)) &&
              found.organizations.some(
                (b) =>
                  b.type === 'company' &&
                  b.evidence.start >= clause.start &&
                  b.evidence.end <= o.evidence.start,
              ),
          ) ||
          (PROJECT_SIZE.test(beforeValue) && !FINISHED.test(beforeValue)) ||
          // "làm mới, sửa chữa 1.150 căn nhà cho hộ nghèo": bare houses count as built only after
          // a verb of building ("di dời 300 căn nhà" moves them).
          (bareHouses(ctx.folded, q.evidence) &&
            (!BUILT.test(beforeValue) ||
              TEMPORARY.test(ctx.folded.slice(q.evidence.end, q.evidence.end + 12)) ||
              startingIn(quantities, clause.start, q.evidence.start).some(
                (o) =>
                  o.unit === 'VND' && PAID_TO_BUILD.test(ctx.folded.slice(o.evidence.end, q.evidence.start)),
              ) ||
              found.organizations.some(
                (o) =>
                  !ACTING_FOR_PLACE.has(o.type) &&
                  o.evidence.start >= clause.start &&
                  o.evidence.end <= q.evidence.start &&
                  // ("Theo Sở Xây dựng, … toàn tỉnh đã xây mới 2.146 căn nhà": a body named as the
                  // source of the figure built nothing; nor does the body of the official who gives it,
                  // "Theo ông X, Phó Giám đốc Sở Dân tộc và Tôn giáo, …".)
                  !SOURCE_BEFORE.test(
                    ctx.folded.slice(Math.max(0, o.evidence.start - 6), o.evidence.start),
                  ) &&
                  // ("từ Quỹ Vì người nghèo và nguồn xã hội hóa, các địa phương đã bàn giao 1.418 căn
                  // nhà": nor does a fund the money came from.)
                  !FUNDED_FROM_BEFORE.test(
                    ctx.folded.slice(Math.max(0, o.evidence.start - 24), o.evidence.start),
                  ) &&
                  !(
                    o.type === 'agency' &&
                    (found.people ?? []).some(
                      (p) => p.evidence.start <= o.evidence.start && o.evidence.end <= p.evidence.end,
                    )
                  ) &&
                  // ("bằng vốn … và Quỹ Vì người nghèo của huyện, Mèo Vạc đã xây mới 412 căn nhà":
                  // a place acting after the body names who built.)
                  !found.locations.some(
                    (l) => l.evidence.start >= o.evidence.end && l.evidence.end <= q.evidence.start,
                  ),
              ))))
      )
        continue;
      // ("đẩy nhanh giải phóng mặt bằng KCN Yên Phong II-A trên diện tích 159 ha": the land to
      // clear may be named before the phrase, in the same stretch of the clause.)
      const landFrom = Math.max(
        clause.start,
        Math.min(match.phrase.start, q.evidence.start) - 60,
        // ("còn vướng mặt bằng của 47 hộ dân với diện tích 6,8 ha": the households whose land it is
        // belong to the same stretch.)
        startingIn(quantities, clause.start, q.evidence.start).findLast((o) => !HOUSEHOLDS.has(o.unit ?? ''))
          ?.evidence.end ?? clause.start,
      );
      if (key === AREA && LAND_TAKEN.test(ctx.folded.slice(landFrom, q.evidence.start))) continue;
      // "diện tích từ 100 đến 180 m2/lô": the size of each, no area of the whole; so is a range of
      // square metres ("căn hộ có diện tích từ 45 đến 70 m2"); "diện tích sàn khoảng 2.400 m2": a
      // building's floors, no land.
      if (
        key === AREA &&
        (q.per !== null ||
          (q.unit === 'm2' && q.valueMax !== null) ||
          FLOOR_AFTER.test(ctx.folded.slice(match.phrase.end, match.phrase.end + 6)))
      )
        continue;
      // "Honda và Toyota đóng góp khoảng 60% số thu nội địa": a share some contribute of a total is
      // no statistic of the total; "Bội chi ngân sách địa phương 289,5 tỷ đồng" is a deficit.
      if (
        q.unit === '%' &&
        CONTRIBUTES.test(ctx.folded.slice(Math.max(clause.start, q.evidence.start - 24), q.evidence.start)) &&
        SHARE_OF_TOTAL_AFTER.test(ctx.folded.slice(q.evidence.end, q.evidence.end + 16))
      )
        continue;
      if (DEFICIT_BEFORE.test(ctx.folded.slice(Math.max(0, match.phrase.start - 6), match.phrase.start)))
        continue;
      // "27 dự án có tỷ lệ giải ngân dưới 30%, tổng số vốn còn treo khoảng 2.140 tỷ đồng": capital
      // left unspent is no capital attracted.
      if (key === INVESTMENT_CAPITAL && UNSPENT.test(ctx.folded.slice(match.phrase.start, q.evidence.start)))
        continue;
      // "ưu tiên cho các xã có tỷ lệ hộ nghèo trên 50%": a threshold that picks out places, no figure.
      if (
        (q.approx === 'over' || q.approx === 'under') &&
        THRESHOLD_SET.test(ctx.folded.slice(Math.max(0, match.phrase.start - 30), match.phrase.start))
      )
        continue;
      // "Để đủ điều kiện xuất khẩu, HTX đầu tư 2,3 tỉ đồng": trade named as a purpose or a
      // condition is no value of it.
      if (
        TRADE_KEYS.has(key) &&
        TRADE_AS_PURPOSE.test(ctx.folded.slice(Math.max(0, match.phrase.start - 16), match.phrase.start))
      )
        continue;
      // "xuất khẩu 9.450 tấn tôm, doanh thu gần 2.180 tỉ đồng": a firm's takings from what it
      // sold abroad are no value of trade.
      if (TRADE_KEYS.has(key) && TAKINGS.test(ctx.folded.slice(match.phrase.end, q.evidence.start))) continue;
      if (TRADE_KEYS.has(key) && TRADE_BALANCE.test(ctx.folded.slice(match.phrase.end, q.evidence.start)))
        continue;
      // "Giá cúc xuất khẩu hiện 6.800 - 7.500 đồng/cành": money per unit sold is a price ("… triệu
      // USD/năm" is a yearly value still).
      if (TRADE_KEYS.has(key) && perItem(q) && CURRENCIES.has(q.unit ?? '')) continue;
      // "…, phạt tiền hơn 170 triệu đồng": a fine is no sum a statistic counts.
      if (FINED_BEFORE.test(ctx.folded.slice(Math.max(0, q.evidence.start - 12), q.evidence.start))) continue;
      // "tỷ trọng xuất khẩu lên 28,5%": the share exports make of trade is no value of them.
      if (
        TRADE_KEYS.has(key) &&
        q.unit === '%' &&
        SHARE_WORD_BEFORE.test(ctx.folded.slice(Math.max(0, match.phrase.start - 10), match.phrase.start))
      )
        continue;
      // "Tỷ lệ vải xuất khẩu chiếm 26,6%": the share of a crop sold abroad is no value of trade.
      if (
        TRADE_KEYS.has(key) &&
        q.unit === '%' &&
        /(?:^|[^\p{L}])chiếm(?:[^\p{L}]|$)/u.test(ctx.folded.slice(match.phrase.start, q.evidence.start))
      )
        continue;
      // "Ngân hàng Chính sách xã hội huyện giải ngân 96,3 tỷ đồng": a bank's loans, no public
      // investment.
      // "Agribank Chi nhánh Đồng Tháp đã giải ngân 320 tỉ đồng cho nông dân vay vốn": a bank's
      // name or the borrowers after the sum say so too.
      if (key === DISBURSEMENT) {
        const bank = found.organizations.some(
          (o) =>
            o.evidence.start >= sentence.start && o.evidence.end <= q.evidence.start && BANK.test(o.name),
        );
        if (bank || LENDING.test(ctx.folded.slice(sentence.start, Math.min(clause.end, q.evidence.end + 40))))
          continue;
      }
      // "HĐND tỉnh điều chỉnh tăng dự toán chi ngân sách năm 2024 thêm 215,8 tỷ đồng": by how much
      // an estimate was changed, not a level (the level follows "nâng … lên").
      // "vận động nguồn lực xã hội hoá …, nơi mỗi phòng học cần bình quân 1,1 tỉ đồng": the cost of
      // each item, no total.
      if (
        (ADJUSTED.test(ctx.folded.slice(clause.start, match.phrase.start)) &&
          !RAISED_TO.test(ctx.folded.slice(match.phrase.end, q.evidence.start))) ||
        EACH_ITEM.test(ctx.folded.slice(match.phrase.end, q.evidence.start)) ||
        (CURRENCIES.has(q.unit ?? '') &&
          EACH_SHORT_PERIOD.test(ctx.folded.slice(match.phrase.end, q.evidence.start)))
      )
        continue;
      // "xuất khẩu lao động" (workers sent abroad) is no export of goods; "cho 3.140 lao động vay
      // vốn tạo việc làm" names a loan programme, no jobs made.
      if (
        LABOUR_AFTER.test(ctx.folded.slice(match.phrase.end, match.phrase.end + 10)) ||
        LOAN_BEFORE.test(ctx.folded.slice(Math.max(0, match.phrase.start - 10), match.phrase.start))
      )
        continue;
      // "kiên quyết thu hồi chủ trương đầu tư đối với 2 dự án chậm triển khai": projects revoked.
      if (
        (key === INVESTMENT_PROJECTS || key === FDI_PROJECTS) &&
        REVOKED.test(ctx.folded.slice(Math.max(clause.start, match.phrase.start - 20), match.phrase.start))
      )
        continue;
      // "tổng vốn Chương trình giao cho tỉnh là 1.865 tỷ đồng", "tổng nguồn vốn thực hiện chương
      // trình": the budget of a national programme in the province, no capital of projects.
      if (
        key === INVESTMENT_CAPITAL &&
        PROGRAMME.test(ctx.folded.slice(match.phrase.start, q.evidence.start))
      )
        continue;
      // "tăng trưởng tín dụng đạt 12%", "nguồn vốn huy động của các tổ chức tín dụng đạt 176.450 tỉ
      // đồng": a bank's credit and deposits, neither the economy's growth nor society's investment.
      if (
        (key === 'grdp_growth' || key === 'social_investment') &&
        BANKING.test(ctx.folded.slice(match.phrase.start, q.evidence.start))
      )
        continue;
      // "giá trị huy động qua IPO và chào bán thêm đạt 98.000 tỷ đồng", "các quỹ ngoại có thể giải
      // ngân 1,2 tỷ USD vào thị trường": the stock market's money, no investment of the place.
      if (
        (key === 'social_investment' || key === DISBURSEMENT) &&
        SECURITIES.test(ctx.folded.slice(sentence.start, q.evidence.end))
      )
        continue;
      // "vốn đăng ký bình quân 9,6 tỉ đồng/DN": capital per firm or per project is an average
      // of the sum, no capital of the place.
      if (key === INVESTMENT_CAPITAL && perItem(q)) continue;
      // "tổng nguồn vốn huy động ước đạt 372.600 tỷ đồng, …, trong đó tiền gửi của dân cư chiếm
      // 58,4%": the capital raised, a noun, is the banks' deposits when the sentence speaks of them.
      // ("toàn tỉnh huy động hơn 3.845 tỉ đồng …, trong đó vốn tín dụng …": a place raising money
      // for a programme, the verb, is society's investment whatever its sources.)
      if (
        key === 'social_investment' &&
        ctx.folded.slice(match.phrase.start, match.phrase.end) === MOBILIZED &&
        /(?:^|[^\p{L}])vốn\s+$/u.test(
          ctx.folded.slice(Math.max(0, match.phrase.start - 8), match.phrase.start),
        ) &&
        BANKING.test(ctx.folded.slice(sentence.start, sentence.end))
      )
        continue;
      // "nhà ga T2 đã phục vụ 7.900 lượt khách quốc tế", "tuyến metro số 1 đón 20,6 triệu lượt
      // khách": passengers of a station or a line, no tourists.
      if (key === TOURISTS && PASSENGERS.test(ctx.folded.slice(clause.start, q.evidence.start))) continue;
      if (key === TOURISTS && oneHousesGuests(clause.start, q.evidence.start)) continue;
      // "15 dự án giải ngân dưới 10%", "địa phương nào giải ngân dưới 20%": a threshold, no result.
      // ("…, đơn vị dưới 60% phải giải trình": the units under a share, named right before it.)
      if (
        key === DISBURSEMENT &&
        q.approx === 'under' &&
        (/^\s*$/.test(ctx.text.slice(match.phrase.end, q.evidence.start)) ||
          UNITS_UNDER.test(ctx.folded.slice(Math.max(0, q.evidence.start - 30), q.evidence.start)))
      )
        continue;
      start = Math.min(match.phrase.start, q.evidence.start);
      // "chỉ số giá tiêu dùng (CPI) tăng 3,15%": the span opens at the name, not inside its brackets.
      if (ctx.text[start - 1] === '(') start = phrases.endingBefore(start - 1)?.start ?? start;
      // "đón 3,5 triệu lượt khách", "thu hút 5 dự án": the statistic's verb right before its value
      // opens the span, though the noun after the value named it.
      const verb = start === q.evidence.start ? phrases.endingBefore(q.evidence.start) : undefined;
      if (
        verb?.phrase.entries.some((e) => e.key === key) &&
        /^\s+$/u.test(ctx.text.slice(verb.end, q.evidence.start))
      )
        start = verb.start;
      end = Math.max(match.phrase.end, q.evidence.end);
      end += spanGoesOn(ctx.folded, end, key);
      if (capitalOf) {
        [start, end] = [capitalOf.fact.evidence.start, q.evidence.end];
        start -= PROJECT_VERB_BEFORE.exec(ctx.folded.slice(Math.max(0, start - 12), start))?.[0].length ?? 0;
      }
      // "trong đó có 2 dự án FDI của nhà đầu tư Hàn Quốc và Singapore, tổng vốn 46,5 triệu USD": the
      // capital of the projects the clause just counted is of their subject, whoever invests.
      else if (given === null && key === INVESTMENT_CAPITAL && previous !== null) {
        const counted = previous;
        if (
          counted.fact.unit === PROJECTS &&
          counted.end >= clause.start &&
          CAPITAL_OF_COUNTED.test(ctx.folded.slice(counted.end, match.phrase.start)) &&
          !found.locations.some(
            (l) =>
              l.type !== 'country' && l.evidence.start >= counted.end && l.evidence.end <= q.evidence.start,
          )
        )
          given = counted.fact.subject;
      }
    } else if (previous && sameInOtherUnit(ctx.folded, previous, q)) {
      key = previous.fact.indicator;
      sameAs = previous.fact;
      start = previous.fact.evidence.start;
    } else if (
      previous &&
      ((previous.fact.unit === q.unit &&
        // ("…, doanh thu khoảng 620 triệu đồng/tháng; riêng tháng 9 đạt …": the clause goes on from
        // the value of its unit between, no statistic.)
        !startingIn(quantities, previous.end, clause.start).some((o) => o.unit === q.unit) &&
        // ("…; tính chung 9 tháng đạt gần 10,8 triệu tấn, tăng 23%": the clause's first value only,
        // the sum; a change after it is that sum's.)
        ((CUMULATIVE.test(ctx.folded.slice(clause.start, q.evidence.start)) &&
          startingIn(quantities, clause.start, q.evidence.start).length === 0) ||
          WHOLE_UNIT.test(ctx.folded.slice(clause.start, q.evidence.start)) ||
          (ctx.text[clause.start - 1] === ';' &&
            (OTHER_PERIOD.test(ctx.folded.slice(clause.start, q.evidence.start)) ||
              HORIZON_PART.test(ctx.folded.slice(clause.start, q.evidence.start)))) ||
          // "… ước đạt 210 triệu USD, lũy kế 10 tháng đạt 1,95 tỷ USD": the sum after a comma.
          // "…, tầm nhìn đến năm 2030 đạt 80%": the same statistic for a later horizon.
          (commaPart !== null && (CUMULATIVE.test(commaPart) || HORIZON_PART.test(commaPart))))) ||
        // "… 34 dự án mới, … vốn đăng ký 137,5 triệu USD. Lũy kế …, KKT có 261 dự án": the running
        // total of the last statistic of its unit in the paragraph, another coming between.
        // (Only the clause's first value: "lũy kế … 19,42 tỷ USD, tăng 6,3%" sums no rate.)
        // (Only a sum: "… doanh thu khoảng 620 triệu đồng/tháng; riêng tháng 9 đạt gần 700 triệu
        // đồng" singles out a part of the period of what the clause before gave.)
        (SUMMED.test(ctx.folded.slice(clause.start, q.evidence.start)) &&
          startingIn(quantities, clause.start, q.evidence.start).length === 0 &&
          summedStatistic(
            ctx.folded,
            out,
            parts,
            q.unit,
            paragraphStartAt(ctx.paragraphs, q.evidence.start),
          ) !== null))
    ) {
      // "Tỷ lệ che phủ rừng của Kon Plông đạt 80,2%; toàn tỉnh đạt 63,41%": the whole province's.
      // "xuất khẩu tháng 7 ước đạt 2,86 tỷ USD; lũy kế 7 tháng ước đạt 19,42 tỷ USD": the same
      // measure summed over a longer period, its own clause naming the period; after a part
      // ("trong đó có 3 dự án FDI. Luỹ kế …, KKT có 318 dự án"), the sum of its whole.
      key = (
        summedStatistic(ctx.folded, out, parts, q.unit, paragraphStartAt(ctx.paragraphs, q.evidence.start)) ??
        previous.fact
      ).indicator;
      start = commaPartAt ?? clause.start;
      while (ctx.text[start] === ' ' || ctx.text[start] === ',') start++;
      // "Riêng quý II/2021 tăng 3,05%", "Riêng quý III, kim ngạch đạt …": "riêng" (or "trong đó")
      // singles the statistic out and stays out of it, as the time does when a comma parts it from its name.
      start += SINGLED_OUT.exec(ctx.text.slice(start, q.evidence.start))?.[0].length ?? 0;
      const aimed = HORIZON_PART.exec(ctx.folded.slice(start, q.evidence.start));
      if (aimed?.[1] !== undefined) {
        horizon = calendarYear(aimed[1]);
        // ("năm 2030 đạt 80%": the span opens at the year, as "cuối năm 2024 ước đạt 1,86%" does.)
        start += aimed[0].search(/năm/u);
      }
    } else if (
      unbracketed &&
      unbracketed.fact.unit === q.unit &&
      unbracketed.fact.status !== 'target' &&
      PLAN_COMPARED.test(ctx.folded.slice(unbracketed.end, q.evidence.start))
    ) {
      // "GRDP năm 2023 ước đạt 5,26% (năm 2022 tăng 9,31%), chưa đạt mục tiêu 7,5%": the plan the
      // result fell short of, the same statistic aimed at for the same time.
      key = unbracketed.fact.indicator;
      given = unbracketed.fact.subject;
      sameAs = { ...unbracketed.fact, status: 'target' };
      const gap = ctx.folded.slice(unbracketed.end, q.evidence.start);
      start = unbracketed.end + gap.length - (PLAN_AT_GAP_END.exec(gap)?.[0].length ?? 0);
    } else if (previous && nextBaseline !== null) {
      key = previous.fact.indicator;
      given = previous.fact.subject;
      start = nextBaseline;
    } else if (previous && pastBaseline) {
      stretch = pastBaseline;
      // "… còn 20,6% (cuối năm 2021 là 24,35%), riêng huyện Pác Nặm vẫn còn 41,8%": the same
      // measure for a place of its own, past the baseline's bracket.
      key = previous.fact.indicator;
      start = clause.start;
      while (ctx.text[start] === ' ' || ctx.text[start] === ',') start++;
    } else if (target && sameCount(target.unit, q.unit)) {
      given = target.subject;
      // "(năm 2024 lần lượt là 571 triệu USD và 398 triệu USD)": each figure the baseline of
      // the statistic of its rank.
      key = target.indicator;
      start = clause.start;
      while (ctx.text[start] === ' ') start++;
    } else if (
      previous &&
      (isBaseline(ctx.text, previous.end, clause, q)
        ? sameCount(previous.fact.unit, q.unit) ||
          EQUIVALENT.test(ctx.folded.slice(clause.start, q.evidence.end))
        : (previous.fact.unit === q.unit && isLaterBaseline(ctx.text, previous, clause, quantities)) ||
          isShareBaseline(ctx.folded, previous, clause, q, quantities))
    ) {
      key = previous.fact.indicator;
      if (EQUIVALENT.test(ctx.folded.slice(clause.start, q.evidence.end))) sameAs = previous.fact;
      start = clause.start;
      while (ctx.text[start] === ' ') start++;
      // "tỷ lệ hộ nghèo của xã … còn 41,2% (cuối năm 2020 là 48,6%)": the baseline of the
      // commune's figure is the commune's, unless the bracket names a place or body of its own.
      const ownName = (f: { evidence: Span }) =>
        f.evidence.start >= clause.start && f.evidence.end <= q.evidence.start;
      if (!found.locations.some(ownName) && !found.organizations.some(ownName)) given = previous.fact.subject;
    } else if (pairedBefore !== undefined) {
      // "… thu hút 9 dự án FDI với tổng vốn đăng ký 286,4 triệu USD (cùng kỳ năm 2023 là 5 dự án,
      // 173,9 triệu USD)": a bracket that opens on the baseline of the statistic before the last,
      // in that one's unit.
      key = pairedBefore.indicator;
      given = pairedBefore.subject;
      start = clause.start;
      while (ctx.text[start] === ' ') start++;
    } else if (
      previous &&
      samePeriodStart !== null &&
      startingIn(quantities, previous.end, q.evidence.start).every((o) => o.unit !== q.unit)
    ) {
      // "…, đạt 8,2 tỷ USD, cùng kỳ năm trước là 7,5 tỷ USD": the same statistic a year before,
      // in a clause of its own rather than a bracket.
      key = previous.fact.indicator;
      given = previous.fact.subject;
      samePeriodAt = samePeriodStart;
      start = samePeriodStart;
    } else if (
      q.unit === HOUSE_COUNTER &&
      COMPLETED_BEFORE.test(
        ctx.folded.slice(Math.max(clause.start, q.evidence.start - 30), q.evidence.start),
      ) &&
      out.some(
        (o) =>
          o.indicator === HOUSES_BUILT &&
          o.evidence.start >= paragraphStartAt(ctx.paragraphs, q.evidence.start),
      )
    ) {
      // "… phải hoàn thành 56.200 căn nhà ở xã hội; … đến năm 2030 hoàn thành thêm gần 39.000
      // căn": houses finished, counted by their counter after the paragraph's statistic of them.
      key = HOUSES_BUILT;
      start = q.evidence.start;
    } else {
      continue;
    }
    // "Homestay tạo việc làm thường xuyên cho 6 lao động", "gia đình anh … tạo việc làm cho 4 lao
    // động": the jobs a household, a homestay or a farm gives are no statistic of a place.
    // (Not a firm's, a project's or a whole district's homestays: "151 homestay, tạo việc làm …".)
    if (key === JOBS) {
      const own = sentenceAround(ctx.text, q.evidence.start, q.evidence.end);
      const before = ctx.folded.slice(own.start, q.evidence.start);
      if (HOUSEHOLD_JOBS.test(before) && !MANY_EMPLOYERS.test(before)) continue;
    }
    // "Qua cửa khẩu Lao Bảo, kim ngạch … đạt 412,6 triệu USD; trong đó xuất khẩu 168,2 triệu
    // USD": a part of the statistic before is the same subject's, and of the same period when it
    // names none; "… bằng 73,3% kế hoạch năm. Trong đó, xuất khẩu cà phê đạt …" opens the next
    // sentence with it. The statistic it is a part of stands before any baseline's bracket.
    // "Trong đó, xuất khẩu cà phê đạt …; xuất khẩu sầu riêng đạt …": the list goes on after a
    // semicolon, part after part of the same whole, to the end of the sentence.
    // ("…, trong đó thu nội địa 23.650 tỷ đồng, thu từ hoạt động xuất nhập khẩu 8.202 tỷ đồng": a
    // comma may leave the clause whole; what stands between the whole and the part tells.)
    const partOf: Whole | null =
      whole &&
      (PART_OPENS.test(ctx.folded.slice(clause.start, start)) ||
        (whole.evidence.end <= start && PART_OPENS.test(ctx.folded.slice(whole.evidence.end, start))) ||
        (whole.evidence.end <= start &&
          (PART_OPENS_AFTER_SHARE.test(ctx.folded.slice(whole.evidence.end, start)) ||
            partNamedBy(whole.evidence.end, start, SHARE_THEN_PART_BEFORE_NAME))) ||
        partNamedBy(clause.start, start)) &&
      q.evidence.start - whole.evidence.end < PART_REACH &&
      !/[.!?\n]\s/.test(ctx.text.slice(whole.evidence.end, q.evidence.start).replace(SENTENCE_END_BEFORE, ''))
        ? whole
        : lastPart &&
            lastPart.sentenceStart === sentence.start &&
            (ctx.text[clause.start - 1] === ';' ||
              (previous !== null && /^\s*[,;]\s*$/.test(ctx.text.slice(previous.end, start))))
          ? lastPart.whole
          : null;
    // ("…, trong đó diện tích dừa của khu vực Bến Tre (cũ) gần 80 ngàn ha": a part that names its
    // own place is that place's.)
    const namedInPart = (f: { evidence: Span }) =>
      partOf !== null && f.evidence.start >= partOf.evidence.end && f.evidence.end <= q.evidence.start;
    if (
      given === null &&
      partOf &&
      !found.locations.some(namedInPart) &&
      !found.organizations.some(namedInPart)
    )
      given = partOf.fact.subject;
    const clauseSubject =
      given ??
      subjectOf(
        clause,
        start,
        q.evidence.start,
        key,
        match?.own ?? stretch ?? undefined,
        match?.phrase.end,
        q.evidence.end,
      );
    if (!clauseSubject) continue;
    // "… kim ngạch xuất khẩu qua KKT Vũng Áng ước đạt 1,26 tỉ USD; nhập khẩu đạt 1,47 tỉ USD": a
    // clause that names no place or body of its own goes on about the zone the statement before it,
    // in the same sentence, was of.
    // (A baseline's bracket between is an aside: "Sa Pa ước đón 2,84 triệu lượt khách (cùng kỳ năm
    // 2023 đạt 2,64 triệu lượt); tổng thu từ du lịch …" goes on about Sa Pa.)
    const bracketed = acrossBrackets(ctx.text, sentence);
    const carrier = previous !== null && inOpenBracket(ctx.text, previous.end) ? unbracketed : previous;
    const subject =
      given === null &&
      carrier !== null &&
      carrier.fact.subject !== clauseSubject &&
      carrier.fact.evidence.start >= bracketed.start &&
      // ("Năm 2024, tỉnh phấn đấu kim ngạch qua cửa khẩu Lao Bảo đạt … và thu hút thêm 12 dự án": a
      // sentence the province opens is the province's; the gate was one statement's.)
      !PROVINCE_OPENS_CLAUSE.test(ctx.folded.slice(bracketed.start, carrier.fact.evidence.start)) &&
      // ("Riêng Trung tâm Du lịch X 9 tháng đón 812.640 lượt khách …; doanh thu du lịch đạt …": or
      // the site's body, visitors then their revenue.)
      (zoneNames.has(carrier.fact.subject) ||
        (carrier.fact.indicator === TOURISTS &&
          TOURISM.has(key) &&
          (hostNames.has(carrier.fact.subject) ||
            // (or the site itself: "thác Bản Giốc đón …; riêng 4 ngày nghỉ lễ … đón …")
            lastSiteIn(sites, bracketed.start, carrier.fact.evidence.start)?.name ===
              carrier.fact.subject))) &&
      // ("Lào Cai 9 tháng: Sa Pa đón hơn 3,2 triệu lượt khách, xuất khẩu quế vượt 100 triệu USD": in a
      // headline, a resort named for its visitors is no subject of a figure on another matter after
      // them.)
      !(q.evidence.end <= titleEnd && carrier.fact.indicator === TOURISTS && !TOURISM_KEYS.has(key)) &&
      // (A place named between that is the carrier's own says nothing new: "Riêng TP. Quy Nhơn đón
      // …; công suất phòng của các khách sạn ven biển Quy Nhơn …".)
      !found.locations.some(
        (l) =>
          l.evidence.start >= carrier!.end &&
          l.evidence.end <= q.evidence.start &&
          l.name !== carrier!.fact.subject,
      ) &&
      !found.organizations.some(
        (o) => o.evidence.start >= carrier!.end && o.evidence.end <= q.evidence.start,
      ) &&
      // (Nor a tourist site the clause names: "…, thác Bản Giốc đón hơn 563.000 lượt khách".)
      (key !== TOURISTS || lastSiteIn(sites, carrier.end, q.evidence.start)?.name !== clauseSubject) &&
      // (Only in the clause of the value: "…, chiếm gần 70% lượng khách toàn tỉnh; khách quốc tế …"
      // names the whole of the carrier's share, not the next clause's subject.)
      !OWN_UNIT.test(ctx.folded.slice(Math.max(carrier.end, clause.start), q.evidence.start)) &&
      // ("…; tỉnh phấn đấu chỉ số sản xuất công nghiệp tăng 11,5%": the province's bare level word
      // opening the clause.)
      !PROVINCE_OPENS_CLAUSE.test(ctx.folded.slice(carrier.end, q.evidence.start).replace(/^[\s,;]+/u, '')) &&
      // ("…; tỷ lệ lấp đầy bình quân các KCN đạt 76,8%": the zones together are no one of them.)
      !PLURAL_ZONES.test(ctx.folded.slice(carrier.end, q.evidence.start)) &&
      // ("…, riêng huyện Sa Pa đón 612 ngàn lượt; tổng thu từ du lịch ước đạt …": a place singled
      // out is an aside; the sentence goes on about its whole. "Riêng TP. Quy Nhơn đón …; công
      // suất phòng …": unless "riêng" opens the sentence, which is then all the place's.)
      !singledOutMidSentence(ctx.folded, sentence.start, carrier.fact.evidence.start)
        ? carrier.fact.subject
        : clauseSubject;
    // The sentence's head, up to its first value: a time or target cue there covers every clause
    // ("Năm 2019, thành phố đặt mục tiêu: GRDP tăng 8%; thu ngân sách 28.500 tỷ đồng"); one after
    // the first value covers only its own clause ("..., thấp hơn kế hoạch; GRDP bình quân ...").
    // A bracket ends no sentence: "phấn đấu tăng trưởng GRDP đạt 4 - 5% (mục tiêu đề ra là 8%),
    // giải ngân đạt 100% kế hoạch" aims at the disbursement too.
    const head = Math.min(
      startingIn(quantities, bracketed.start, q.evidence.start + 1)[0]?.evidence.start ?? q.evidence.start,
      q.evidence.start,
    );
    // "Theo Nghị quyết … ngày 10/12/2021, dự toán thu năm 2022 là 31.852 tỷ đồng, trong đó thu nội
    // địa 23.650 tỷ đồng": what stands before the whole was the whole's to take; a part names a
    // time after it, or shares the whole's.
    const partSentence = partOf
      ? { start: Math.max(sentence.start, partOf.evidence.end), end: sentence.end }
      : sentence;
    const own =
      horizon ??
      sameAs?.period ??
      // "Công suất phòng trong tháng 6 và tháng 7 lần lượt đạt 68% và 74,5%": a list of times
      // right before "lần lượt" gives each value the time of its rank.
      (listed ? rankedTimes(ctx.folded, found.times, clause.start, listed)?.[listed.rank] : undefined) ??
      (listed && listed.rank > 0 ? listPeriods.get(listed.cue) : undefined) ??
      // "… cao hơn năm 2024 (tăng trưởng 6,8%)": a bracket with no time of its own after the year
      // compared with is of that year, whatever time the sentence opened with.
      (found.times.some((t) => t.evidence.start >= clause.start && t.evidence.end <= q.evidence.start) ||
      PLAN_IN_BRACKET.test(ctx.folded.slice(clause.start, q.evidence.start))
        ? null
        : comparedYear(ctx, clause)) ??
      // "… bình quân giai đoạn 2021 - 2025 ước đạt 7,2% (mục tiêu là 7%)": the plan a bracket gives,
      // naming no time, is for the statistic's own term of years. (Months so far have the year's
      // plan: "9 tháng giải quyết việc làm cho 38.000 lao động (kế hoạch 46.000 lao động)".)
      (ctx.text[clause.start - 1] === '(' &&
      previous?.fact.indicator === key &&
      previous.end < clause.start &&
      previous.fact.period.start?.slice(0, 4) !== previous.fact.period.end?.slice(0, 4) &&
      previous.fact.period.end !== null &&
      PLAN_IN_BRACKET.test(ctx.folded.slice(clause.start, q.evidence.start)) &&
      !found.times.some((t) => t.evidence.start >= clause.start && t.evidence.end <= clause.end)
        ? previous.fact.period
        : null) ??
      periodOf(ctx, clause, partSentence, q.evidence.start, found.times, valuesIn, phraseIn) ??
      partOf?.fact.period ??
      // "Giá trị sản xuất công nghiệp 7 tháng ước đạt 1,04 triệu tỷ đồng, trong đó khu vực Bắc Ninh
      // (cũ) và khu vực Bắc Giang (cũ) lần lượt đạt …": the places of a list after the statistic's
      // own value share its period.
      (listed?.subject != null &&
      unbracketed &&
      unbracketed.fact.indicator === key &&
      unbracketed.fact.evidence.start >= start &&
      unbracketed.end <= listed.cue
        ? unbracketed.fact.period
        : null) ??
      // "9 tháng, toàn tỉnh đón 14,3 triệu lượt khách. Riêng khu vực Đà Lạt (cũ) đón hơn 6,1 triệu
      // lượt": a sentence singling out a part of what the one before reported shares its period.
      // (Not a baseline's bracket: "Công suất phòng đạt 68,5% (năm 2017 là 65,2%). Riêng TP Hội An
      // đón …" is of the year the statistic before the bracket is.)
      (unbracketed &&
      !STANDING_KEYS.has(key) &&
      unbracketed.end >= sentence.start - SINGLED_OUT_REACH &&
      (SINGLES_OUT.test(ctx.text.slice(sentence.start, sentence.start + 16)) ||
        // ("9 tháng, tỉnh cấp mới 59 dự án FDI …; vốn tăng thêm 251,7 triệu USD. Tính chung, vốn FDI
        // đạt gần 920 triệu USD": so does one that sums up what the one before reported.)
        SUMS_UP.test(ctx.text.slice(sentence.start, sentence.start + 20)) ||
        // ("9 tháng tỉnh cấp mới 36 dự án FDI …. Nhật Bản dẫn đầu với 15 dự án, tổng vốn 251,4 triệu
        // USD": or the partner or sector that leads it.)
        // (Not a running total up to a day: "Lũy kế đến ngày 15/12/2023, … 3,84 tỷ USD. Hàn Quốc dẫn
        // đầu với 6 dự án mới …" leads the year's new projects.)
        (LEADS_WITH.test(ctx.folded.slice(sentence.start, q.evidence.start)) &&
          unbracketed.fact.period.start !== unbracketed.fact.period.end) ||
        // ("7 tháng, … cấp mới 14 dự án, trong đó có 9 dự án FDI. Tổng vốn đăng ký … đạt hơn 1,1 tỷ
        // USD": so does the capital of the projects the one before counted.)
        (key === INVESTMENT_CAPITAL &&
          unbracketed.fact.unit === PROJECTS &&
          inSentenceBefore(ctx.text, unbracketed.end, sentence.start) &&
          CAPITAL_OPENS.test(ctx.text.slice(sentence.start, sentence.start + 16))))
        ? unbracketed.fact.period
        : null) ??
      // "IIP 10 tháng tăng 16,4% so với cùng kỳ, riêng IIP của khu vực Hải Dương (cũ) tăng 12,7%": a
      // part singled out after a comma, in the same sentence, shares the period of the whole before it.
      (unbracketed &&
      unbracketed.fact.indicator === key &&
      unbracketed.end >= sentence.start &&
      unbracketed.end <= q.evidence.start &&
      SINGLED_OUT_AFTER_COMMA.test(ctx.text.slice(unbracketed.end, start))
        ? unbracketed.fact.period
        : null) ??
      // "kim ngạch xuất khẩu 5 tháng ước đạt 1,58 tỷ USD, tăng 12,9%, nhập khẩu khoảng 1,12 tỷ USD": the
      // counterpart of the statistic before it in the sentence is of the same time.
      (unbracketed &&
      COUNTERPART.get(key) === unbracketed.fact.indicator &&
      unbracketed.end >= sentence.start &&
      unbracketed.end <= q.evidence.start
        ? unbracketed.fact.period
        : null) ??
      // "6 tháng đầu năm 2023, ngành du lịch đón gần 5,2 triệu lượt khách …. Tổng thu từ du lịch ước
      // đạt 13.480 tỷ đồng": the takings of the visitors the sentence before counted are of their period.
      // ("Riêng quý IV/2025, khách quốc tế đạt 412.000 lượt. Khu vực Đà Lạt (cũ) đón …": not the time a
      // sentence singled out of the whole.)
      (unbracketed &&
      TOURISM.has(key) &&
      // ("… đón khoảng 9,7 triệu lượt khách, …; công suất sử dụng phòng bình quân đạt 64,8%. Tổng thu
      // từ du lịch …": the rooms filled, reported with them, stand between.)
      (TOURISM.has(unbracketed.fact.indicator) || unbracketed.fact.indicator === OCCUPANCY) &&
      // ("… Phường Sầm Sơn đón gần 6,9 triệu lượt khách; phường Nam Sầm Sơn đón hơn 1,1 triệu
      // lượt": so are those of the next place the sentence counts, as the first's.)
      // ("Lượng khách du lịch đến tỉnh 3 tháng đầu năm ước đạt 287.000 lượt, tổng thu từ du lịch
      // khoảng 236 tỉ đồng": so are the takings after them in the same sentence.)
      (inSentenceBefore(ctx.text, unbracketed.end, sentence.start) ||
        ((unbracketed.fact.indicator === key || key === TOURISM_REVENUE) &&
          unbracketed.fact.evidence.start >= sentence.start)) &&
      !singlesOutTime(ctx.text, unbracketed.fact.evidence.start)
        ? unbracketed.fact.period
        : null) ??
      (unbracketed ? framedMonthsBefore(ctx, found.times, unbracketed, sentence, key) : null);
    // "6 tháng thu hút hơn 1,11 tỷ USD vốn FDI, tỷ lệ lấp đầy KCN đạt 71,8%": months so far that
    // another statement of the sentence counts do not date a zone's fill rate, which stands at a
    // moment.
    const ownPart =
      match === null
        ? clause.start
        : Math.max(clause.start, ctx.text.lastIndexOf(',', match.phrase.start) + 1);
    const standsPastMonths =
      key === OCCUPANCY &&
      match !== null &&
      FILLED.test(ctx.folded.slice(match.phrase.start, match.phrase.end)) &&
      own?.start?.endsWith('-01-01') === true &&
      own.end !== null &&
      !own.end.endsWith('-12-31') &&
      !found.times.some((t) => t.evidence.start >= ownPart && t.evidence.end <= q.evidence.start) &&
      // (Not months that open the sentence for all it lists, "Quý I năm 2019, …; tỉ lệ lấp đầy đạt
      // hơn 49%", nor a rate compared with the same months before, "(cùng kỳ năm 2024 là 43,5%)".)
      found.times.some(
        (t) =>
          t.evidence.start >= sentence.start &&
          t.evidence.end <= ownPart &&
          t.start === own.start &&
          t.end === own.end &&
          !/^\s*,/u.test(ctx.text.slice(t.evidence.end, t.evidence.end + 3)),
      ) &&
      !SAME_PERIOD_AFTER.test(ctx.folded.slice(q.evidence.end, q.evidence.end + 16));
    // "sau gần 3 năm hoạt động, công ty đã nâng tổng vốn đầu tư lên 85 triệu USD": how long since a
    // firm or zone began dates no standing figure (what it did over that time, jobs made, it may).
    const sinceLength =
      own !== null &&
      own.start === null &&
      own.end === null &&
      (STANDING_KEYS.has(key) || key === INVESTMENT_CAPITAL) &&
      found.times.some(
        (t) =>
          t.granularity === 'duration' &&
          t.start === null &&
          t.evidence.start >= sentence.start &&
          t.evidence.end <= q.evidence.start &&
          AFTER_LENGTH_BEFORE.test(ctx.folded.slice(Math.max(0, t.evidence.start - 8), t.evidence.start)),
      );
    const dated =
      (standsPastMonths || sinceLength ? null : own) ??
      // A standing count or share ("Luỹ kế đến nay … 643 dự án FDI", "tỷ lệ lấp đầy đạt 82%",
      // a firm's capital) is of the article's own year, even in a review of the year before.
      // ("Công suất sử dụng phòng bình quân đạt 68,4%": an average over the year reviewed is not.)
      articleYear(
        ctx,
        (STANDING_KEYS.has(key) && !AVERAGE.test(ctx.folded.slice(start, q.evidence.start))) ||
          (key === INVESTMENT_CAPITAL &&
            found.organizations.some((o) => o.name === subject && o.type === 'company')) ||
          STANDING_NOW.test(ctx.folded.slice(sentence.start, q.evidence.start)),
      );
    // "Ngày 24/10, Công ty X nhận giấy chứng nhận …, dự kiến tạo việc làm cho 2.500 lao động": jobs
    // are counted over a year, never on the day a sentence opens with; that day's year.
    const named =
      key === JOBS && dated.start !== null && dated.start === dated.end
        ? calendarYear(dated.start.slice(0, 4))
        : dated;
    // "… 9 tháng ước đạt 1,6 tỷ USD (cùng kỳ năm 2023 đạt 741 triệu USD)": the same months of
    // the year the baseline names.
    const sameMonthsOf = SAME_PERIOD_OF_YEAR.exec(
      ctx.folded.slice(nextBaseline ?? clause.start, q.evidence.start),
    )?.[1];
    // (A second baseline mirrors the statistic's months, not the first baseline's.)
    const mirrored = nextBaseline !== null ? unbracketed : previous;
    // "…, cùng kỳ năm trước là 7,5 tỷ USD": the statistic's months, a year before.
    const yearBefore =
      samePeriodAt !== null && previous?.fact.period.start
        ? Number(previous.fact.period.start.slice(0, 4)) - 1
        : undefined;
    const baselineYear = sameMonthsOf !== undefined ? Number(sameMonthsOf) : yearBefore;
    // "…, cao hơn mức 8,4% của cùng kỳ năm 2025": the level of the time compared with, after it.
    const compared =
      previous && COMPARED_LEVEL.test(ctx.folded.slice(previous.fact.evidence.end, q.evidence.start))
        ? LEVEL_YEAR_AFTER.exec(ctx.folded.slice(q.evidence.end, q.evidence.end + 32))
        : null;
    const levelYear =
      compared && previous
        ? /^\d/.test(compared[2] ?? '')
          ? Number(compared[2])
          : Number(previous.fact.period.start?.slice(0, 4) ?? Number.NaN) - 1
        : Number.NaN;
    const period =
      compared && previous && !Number.isNaN(levelYear)
        ? compared[1]
          ? (inYear(previous.fact.period, levelYear) ?? calendarYear(String(levelYear)))
          : calendarYear(String(levelYear))
        : named.start === null && named.end === null && baselineYear !== undefined && mirrored
          ? (inYear(mirrored.fact.period, baselineYear) ?? named)
          : named;
    if (listed?.rank === 0 && period.start !== null) listPeriods.set(listed.cue, period);
    // The qualifier inside the value counts too: "ước đạt 6,8%".
    let status =
      sameAs?.status ??
      statusOf(
        statusText.slice(clause.start, q.evidence.end),
        statusText.slice(bracketed.start, head),
        statusText.slice(
          worthStatementStart(ctx, quantities, clause.start, q.evidence.start),
          q.evidence.end,
        ),
      );
    // "nhiệm kỳ 2025 - 2030, trong đó tốc độ tăng trưởng bình quân 9 - 10%/năm": a figure for a
    // period that ends after the article's year has not been reached; unless estimated, it is aimed at.
    if (status === 'actual' && period.end !== null && period.end.slice(0, 4) > ctx.date.slice(0, 4))
      status = 'target';
    // "Giai đoạn 2021 - 2025, tỉnh đặt mục tiêu …; cuối năm 2022, tỷ lệ hộ nghèo toàn tỉnh còn
    // 1,98%": a clause that opens on a time gone by before the article's year states what was,
    // whatever its sentence aimed at.
    if (
      status === 'target' &&
      clause.start > bracketed.start &&
      !clauseAims(statusText.slice(clause.start, q.evidence.end)) &&
      opensOnPastYear(ctx, found.times, clause, q.evidence.start)
    )
      status = 'actual';
    // "Năm 2024, tỉnh phấn đấu …; đến ngày 31/12/2024, giải ngân vốn đầu tư công đạt trên 95%": a
    // day after the article's month that a clause counts up to is the aim's deadline, no count so far.
    if (
      status === 'actual' &&
      clause.start > bracketed.start &&
      clauseAims(statusText.slice(bracketed.start, head)) &&
      opensOnDayToCome(ctx, found.times, clause, q.evidence.start)
    )
      status = 'target';
    // "… được giao kế hoạch vốn …; đến hết ngày 30-9 mới giải ngân được 4.738 tỷ đồng; trong đó tỷ
    // lệ giải ngân của huyện A … đạt 72,4%": a part that aims at nothing itself is what its whole is.
    if (
      status === 'target' &&
      partOf !== null &&
      partOf.fact.status !== 'target' &&
      !clauseAims(statusText.slice(clause.start, q.evidence.end))
    )
      status = partOf.fact.status;
    // "Kế hoạch vốn … là 3.946 tỷ đồng; đến ngày 25-12, tỉnh đã giải ngân 3.120 tỷ đồng, đạt 79,1%
    // kế hoạch; các huyện A, B giải ngân nhanh nhất, lần lượt đạt 95,3% và 91,8%": once a clause has
    // turned from the aim to what is, a later clause of the same statistic that aims at nothing
    // itself goes on saying what is. (A baseline's bracket is no turn: it says what was.)
    if (
      status === 'target' &&
      clause.start > bracketed.start &&
      !clauseAims(statusText.slice(clause.start, q.evidence.end)) &&
      out.some(
        (f) =>
          f.indicator === key &&
          f.status === 'actual' &&
          f.evidence.start > head &&
          f.evidence.end <= clause.start &&
          !inOpenBracket(ctx.text, f.evidence.start),
      )
    )
      status = 'actual';
    // "thấp hơn mục tiêu đề ra (40%)": a bracket that gives the plan's figure.
    if (
      status === 'actual' &&
      ctx.text[clause.start - 1] === '(' &&
      namesPlanBefore(ctx.folded.slice(Math.max(0, clause.start - 40), clause.start - 1))
    )
      status = 'target';
    // "Với năm 2025, …, HĐND tỉnh thống nhất 22 chỉ tiêu. Tỉnh phấn đấu GRDP tăng 10,5%": an aim
    // whose sentence names no time is for the year to come that the sentence before named.
    const aimedYear =
      own === null && status === 'target' ? yearAheadBefore(ctx, found.times, sentence) : null;
    // "phấn đấu giải ngân đạt 100% kế hoạch vốn trước ngày 31/1/2026": an aim's deadline is its date.
    const deadline =
      status === 'target' && !periodNamedBefore(found.times, quantities, clause, q.evidence)
        ? found.times.find(
            (t) =>
              t.evidence.start >= q.evidence.end &&
              t.evidence.end <= clause.end &&
              t.start !== null &&
              t.start === t.end &&
              DEADLINE_AFTER.test(ctx.folded.slice(q.evidence.end, t.evidence.start)) &&
              // "… đạt trên 45% và giải ngân 100% kế hoạch trước ngày 31/1/2027": the deadline of the
              // value next to it.
              startingIn(quantities, q.evidence.end, t.evidence.start).length === 0,
          )
        : undefined;
    // "dự kiến vận hành từ quý II/2026, tạo việc làm cho khoảng 1.800 lao động": the jobs a plant
    // is to give from a time are counted over that time, not from it on.
    const jobsFrom =
      key === JOBS && status === 'estimate' && period.start !== null && period.end === null
        ? found.times.find(
            (t) =>
              t.start === period.start &&
              t.end !== null &&
              t.evidence.start >= sentence.start &&
              t.evidence.end <= q.evidence.start,
          )
        : undefined;
    const fact: DraftOf<'indicator'> = {
      kind: 'indicator',
      evidence: evidence(ctx.text, start, end),
      subject,
      indicator: key,
      value: q.value,
      unit: q.unit,
      period: deadline
        ? { start: deadline.start, end: deadline.end }
        : jobsFrom
          ? { start: jobsFrom.start, end: jobsFrom.end }
          : (aimedYear ?? period),
      status,
    };
    out.push(fact);
    // (A baseline paired with the statistic before the last leaves the last one the bracket's own:
    // "(cùng kỳ năm 2023 là 5 dự án, 173,9 triệu USD)" goes on with the capital's.)
    if (pairedBefore === undefined) previous = { fact, end: q.evidence.end };
    if (ctx.text[clause.start - 1] !== '(' && nextBaseline === null) unbracketed = previous;
    lastPart = partOf ? { whole: partOf, sentenceStart: sentence.start } : null;
    if (partOf) parts.add(fact);
    if (ctx.text[clause.start - 1] !== '(' && !partOf) whole = { fact, evidence: { start, end } };
  }
  return out;
}

/** The phrase a "lần lượt" list pairs with the value, when one of its entries fits the value's unit. */
function respectiveMatch(names: readonly PhraseMatch[], q: DraftOf<'quantity'>): Found | null {
  for (const phrase of names) {
    const entry = phrase.phrase.entries.find((e) => unitFits(q.unit, e.units));
    if (entry) return { key: entry.key, phrase: names[0] ?? phrase, own: null };
  }
  return null;
}

// Between the last statistic of a list and the bracket of its baselines: nothing, or what the
// list is compared with ("… lần lượt tăng 14,1% và 12,7% so với cùng kỳ (cùng kỳ năm 2024 …)").
const COMPARED_WITH_ONLY = vietnameseRegex(
  '^\\s*(?:so với\\s+(?:cùng k(?:ỳ|ì)(?:\\s+năm\\s+(?:trước|ngoái))?|(?:năm|tháng|quý)\\s+(?:trước|ngoái)))?\\s*$',
  'u',
);

const BEFORE_OPENING_TIME = vietnameseRegex(
  '^\\s*(?:(?:vào|đến)\\s+)?(?:(?:cuối|đầu|hết|giữa|trong)\\s+)?$',
  'u',
);

/** Whether the clause opens on a time, a comma after it, of which `holds` is true. */
function opensOn(
  ctx: RecognizeContext,
  times: readonly DraftOf<'time'>[],
  clause: Span,
  valueStart: number,
  holds: (t: DraftOf<'time'>) => boolean,
): boolean {
  return times.some(
    (t) =>
      t.evidence.start >= clause.start &&
      t.evidence.end <= valueStart &&
      holds(t) &&
      BEFORE_OPENING_TIME.test(ctx.folded.slice(clause.start, t.evidence.start)) &&
      /^\s*,/.test(ctx.text.slice(t.evidence.end, t.evidence.end + 2)),
  );
}

/** Whether the clause opens on a time, a comma after it, that ended before the article's year. */
const opensOnPastYear = (
  ctx: RecognizeContext,
  times: readonly DraftOf<'time'>[],
  clause: Span,
  valueStart: number,
) =>
  opensOn(ctx, times, clause, valueStart, (t) => t.end !== null && t.end.slice(0, 4) < ctx.date.slice(0, 4));

/** Whether the clause opens on a day, a comma after it, later than the article's month. */
const opensOnDayToCome = (
  ctx: RecognizeContext,
  times: readonly DraftOf<'time'>[],
  clause: Span,
  valueStart: number,
) =>
  opensOn(
    ctx,
    times,
    clause,
    valueStart,
    (t) => t.start !== null && t.start === t.end && t.start.slice(0, 7) > ctx.date,
  );

/**
 * The statistic a bracketed list's value of this rank is the baseline of: the list's count of
 * statistics found last, the last right before the bracket, all in one sentence.
 */
function respectiveTarget(
  ctx: RecognizeContext,
  out: readonly DraftOf<'indicator'>[],
  targets: Map<number, readonly DraftOf<'indicator'>[] | null>,
  listed: RespectiveValue,
  open: number,
): DraftOf<'indicator'> | undefined {
  if (!targets.has(listed.cue)) {
    const before = out.filter((f) => f.evidence.end <= open);
    const last = before.at(-1);
    const run = before.slice(-listed.count);
    const sentence = last && sentenceAround(ctx.text, last.evidence.start, last.evidence.end);
    targets.set(
      listed.cue,
      last &&
        sentence &&
        COMPARED_WITH_ONLY.test(ctx.folded.slice(last.evidence.end, open)) &&
        run.length === listed.count &&
        run.every((f) => f.evidence.start >= sentence.start)
        ? run
        : null,
    );
  }
  return targets.get(listed.cue)?.[listed.rank];
}

// A comma, then a name in capitals ("Bắc Quang", not "IV" nor "GRDP") before the next value.
const NAMES_ANOTHER = /^\s*,[^;:()]*?\p{Lu}\p{Ll}/u;

/** The nearest indicator phrase of the clause that fits the quantity's unit: before it, or right after it. */
// ", chưa đạt mục tiêu 7,5%", ", thấp hơn kế hoạch đề ra 8%": a result compared with its plan's figure.
const PLAN_COMPARED = vietnameseRegex(
  '^\\s*(?:\\([^()]*\\)\\s*)?,\\s*(?:chưa đạt|không đạt|thấp hơn|cao hơn|vượt|gần đạt)\\s+(?:so với\\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu)(?:\\s+(?:đề ra|đặt ra|của tỉnh))?\\s+(?:là\\s+)?$',
  'u',
);
const PLAN_AT_GAP_END = vietnameseRegex('(?:mục tiêu|kế hoạch|chỉ tiêu)[^,;()]*$', 'u');
const PER_DAY_AFTER = vietnameseRegex('^\\s*(?:mỗi|mọi|một|hằng|hàng)\\s+ngày(?!\\p{L})', 'u');

function phraseFor(
  text: string,
  folded: string,
  q: DraftOf<'quantity'>,
  clause: Span,
  phrases: PhraseWindow,
  quantities: readonly DraftOf<'quantity'>[],
): Found | null {
  let best: Found | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let own: Span | null = null;
  // Only phrases near the value can take it: the window keeps a long clause from costing its length per value.
  // (twice the gap: a parallel clause reaches back past its first value).
  const from = Math.max(clause.start, q.evidence.start - 2 * MAX_GAP - phrases.longest);
  const to = Math.min(clause.end, q.evidence.end + MAX_TRAILING_GAP + 1);
  for (const p of phrases.startingIn(from, to)) {
    own = null;
    if (p.start < clause.start || p.end > clause.end) continue;
    // "Tỷ trọng kinh tế số trong GRDP ước đạt 24,5%": what a share is taken of is no statistic.
    if (DENOMINATOR.test(folded.slice(Math.max(0, p.start - 14), p.start))) continue;
    // "tỷ lệ cá đạt tiêu chuẩn xuất khẩu tăng từ 40% lên 70%": a standard named for a trade is no
    // figure of it.
    if (STANDARD_BEFORE.test(folded.slice(Math.max(0, p.start - 12), p.start))) continue;
    // "… tăng trưởng, thu ngân sách nhà nước 6 tháng đạt …": a phrase a comma closes, another
    // phrase after it, is one of a list of topics, not the name of a figure after them.
    if (
      p.end <= q.evidence.start &&
      /^\s*,/.test(text.slice(p.end, p.end + 3)) &&
      phrases.startingIn(p.end, q.evidence.start).some((o) => o !== p && o.start > p.end)
    )
      continue;
    // "khoảng 56.000 lượt khách/ngày": a count per day is a rate, no count of the statistic.
    // ("đón 15 triệu lượt khách/năm": a count per year is the year's count.)
    // ("bình quân 1.100 - 1.300 lượt khách mỗi ngày": so is one the words give per day.)
    const rateOfCount =
      isCountedUnit(q.unit) &&
      ((q.per !== null && q.per.toLowerCase() !== 'năm') ||
        PER_DAY_AFTER.test(folded.slice(q.evidence.end, q.evidence.end + 16)));
    const entry = rateOfCount ? undefined : p.phrase.entries.find((e) => unitFits(q.unit, e.units));
    if (!entry) continue;
    let distance: number;
    if (p.end <= q.evidence.start) {
      distance = q.evidence.start - p.end;
      // "… 65 mã số vùng trồng xuất khẩu và 80% vườn vải đạt chuẩn": a phrase joined to the value
      // by "và" alone ends one item of a list; the value opens the next.
      if (/^\s*và\s*$/u.test(text.slice(p.end, q.evidence.start))) continue;
      // Another value of the same kind between the phrase and this one takes the phrase
      // ("thu hút 110 dự án, 50 doanh nghiệp"), unless the two are coordinated
      // ("tổng vốn 2.500 tỷ đồng và 316 triệu USD"). A value that does not fit
      // ("giảm 1,2 điểm phần trăm, còn 6%") does not.
      const between = startingIn(quantities, p.end, q.evidence.start).filter(
        (o) => o !== q && o.evidence.end <= q.evidence.start && unitFits(o.unit, entry.units),
      );
      const last = between.at(-1);
      // Coordinated values share a kind: two sums of money ("2.500 tỷ đồng và 316 triệu USD") or
      // one unit; "20.350 tỷ đồng, vượt 8,5% dự toán" compares the sum with a plan.
      const money = (unit: string | null) => unit !== null && /^[A-Z]{3}$/.test(unit);
      const coordinated =
        last !== undefined &&
        (last.unit === q.unit || (money(last.unit) && money(q.unit))) &&
        COORDINATION.test(text.slice(last.evidence.end, q.evidence.start));
      // "..., KCN Liên Chiểu mới đạt 47,6%": the same measure for another subject.
      const stretch =
        last !== undefined && last.unit === q.unit
          ? parallelStretch(text, last.evidence.end, q.evidence.start)
          : null;
      // "tỷ lệ đô thị hóa năm 2021 đạt 24,6%, phấn đấu đến năm 2030 đạt 45 - 50%": the same
      // measure again, as a target.
      const target =
        last !== undefined && TARGET_NEXT.test(folded.slice(last.evidence.end, q.evidence.start));
      const level =
        last !== undefined &&
        (LEVEL_AFTER_CHANGE.test(folded.slice(last.evidence.end, q.evidence.start)) ||
          (COMPARED_LEVEL.test(folded.slice(last.evidence.end, q.evidence.start)) &&
            LEVEL_OF_TIME_AFTER.test(folded.slice(q.evidence.end, q.evidence.end + 24))) ||
          (TO_LEVEL_AFTER.test(folded.slice(last.evidence.end, q.evidence.start)) &&
            FROM_VALUE_BEFORE.test(
              folded.slice(Math.max(0, last.evidence.start - 12), last.evidence.start),
            )));
      if (between.length > 0 && !coordinated && !stretch && !target && !level) continue;
      // "1.876 doanh nghiệp thành lập mới với tổng vốn hơn 14,2 nghìn tỷ đồng, song 1.034 DN tạm
      // ngừng kinh doanh": past a value of its own, a clause that turns on "song", "nhưng" counts
      // something else.
      if (
        CONTRAST_TURN.test(folded.slice(p.end, q.evidence.start)) &&
        startingIn(quantities, p.end, q.evidence.start).some(
          (o) => o !== q && o.evidence.end <= q.evidence.start,
        )
      )
        continue;
      // "GRDP ước tăng 5,34%, cam sành Bắc Quang mang về khoảng 940 tỷ đồng": past a value of its
      // own and a comma, a clause that names someone or somewhere else is about them.
      const ownValue = startingIn(quantities, p.end, q.evidence.start)
        .filter(
          (o) =>
            o !== q &&
            o.evidence.end <= q.evidence.start &&
            p.phrase.entries.some((e) => unitFits(o.unit, e.units)),
        )
        .at(-1);
      if (ownValue && !stretch && NAMES_ANOTHER.test(text.slice(ownValue.evidence.end, q.evidence.start)))
        continue;
      // A parallel clause may run past the gap, its first value being near the phrase.
      const nearFirst = stretch !== null && last !== undefined && last.evidence.start - p.end <= MAX_GAP;
      if (distance > MAX_GAP && !nearFirst) continue;
      // "xuất khẩu ... đạt 1,2 triệu tấn, tăng 15%": a change after another value is that value's
      // change, not the statistic; so is a ratio to another time ("… 62.400 tấn, chỉ bằng 38%").
      if (
        (q.change !== null ||
          RATIO_BEFORE.test(folded.slice(Math.max(0, q.evidence.start - 12), q.evidence.start))) &&
        startingIn(quantities, p.end, q.evidence.start).some(
          (o) => o !== q && o.evidence.end <= q.evidence.start,
        )
      )
        continue;
      // "245 dự án FDI ... và 368 dự án trong nước": a phrase that is the noun of the value
      // right before it belongs to that value.
      if (ownedByValueBefore(text, quantities, p, entry.units)) continue;
      own = stretch;
    } else if (p.start >= q.evidence.start && p.start <= q.evidence.end + MAX_TRAILING_GAP) {
      // "11/13 huyện đạt chuẩn nông thôn mới", "396 dự án FDI", "12 xã được công nhận đạt chuẩn
      // nông thôn mới": the phrase follows the value, or shares its unit.
      // A count is named by what follows it ("396 dự án FDI"); money only after a verb of
      // result ("thu hút ... USD vốn FDI"), not otherwise ("bổ sung 1.250,5 tỷ đồng vốn đầu tư
      // công" is no investment figure); a rate only as a share ("60% số xã").
      const money = q.unit !== null && /^[A-Z]{3}$/.test(q.unit);
      // "60% số xã đạt chuẩn nông thôn mới": a share of a count is named by the count after it.
      // ("100% xã đạt chuẩn nông thôn mới": or by the units themselves, right after it.)
      const share =
        q.unit === '%' &&
        (/^\s+số\s/u.test(folded.slice(q.evidence.end, p.start + 1)) ||
          (/^\s+$/u.test(folded.slice(q.evidence.end, p.start)) &&
            UNIT_COUNTS.has(folded.slice(p.start, p.end).split(' ')[0] ?? '')));
      if (
        q.unit === null ||
        (q.unit === '%' && !share) ||
        (money && !ATTRACTED.test(folded.slice(Math.max(0, q.evidence.start - 80), q.evidence.start)))
      )
        continue;
      const gap = text.slice(q.evidence.end, p.start);
      if (/[,;:()]/.test(gap) || OPENS_NEXT.test(folded.slice(q.evidence.end, p.start))) continue;
      // A phrase before the value wins over one after it, unless that one touches the value
      // ("… dưới 1,5% và 100% số xã đạt chuẩn nông thôn mới": a share names its count at once).
      if (best && best.phrase.end <= q.evidence.start && gap.trim() !== '' && !share) continue;
      distance = Math.max(0, p.start - q.evidence.end);
    } else {
      continue;
    }
    if (best && governs(folded, best.phrase, p)) continue;
    if (distance < bestDistance || (best && governs(folded, p, best.phrase))) {
      best = { key: entry.key, phrase: p, own };
      bestDistance = distance;
    }
  }
  return best;
}

// "7/8 huyện có tỷ lệ giải ngân trên 80%": a statistic of a share of the units, not of the subject.
const UNIT_COUNTS = new Set([
  'tỉnh',
  'huyện',
  'xã',
  'phường',
  'quận',
  'thị xã',
  'thành phố',
  'địa phương',
  'đơn vị',
]);

const PART_BEFORE = vietnameseRegex('trong đó\\s*,?\\s*(?:có\\s+)?$', 'u');

/**
 * The statistic a running total sums: the paragraph's last one of its unit that is no part
 * ("…, trong đó có 3 dự án FDI. Luỹ kế …, KKT có 318 dự án" sums the projects, not the FDI ones).
 */
function summedStatistic(
  folded: string,
  out: readonly DraftOf<'indicator'>[],
  parts: ReadonlySet<DraftOf<'indicator'>>,
  unit: string | null,
  paragraphStart: number,
): DraftOf<'indicator'> | null {
  for (let i = out.length - 1; i >= 0; i--) {
    const fact = out[i]!;
    if (fact.evidence.start < paragraphStart) return null;
    // ("Trong đó, xuất khẩu đạt …, nhập khẩu …; riêng quý III, kim ngạch đạt …": not a part.)
    if (fact.unit !== unit || parts.has(fact)) continue;
    const start = fact.evidence.start;
    if (!PART_BEFORE.test(folded.slice(Math.max(0, start - 16), start))) return fact;
  }
  return null;
}

/** Where the statement holding a value starts: after the last value before it and a comma. */
function statementStart(
  text: string,
  quantities: readonly DraftOf<'quantity'>[],
  clauseStart: number,
  at: number,
): number {
  let start = clauseStart;
  for (const o of startingIn(quantities, clauseStart, at)) {
    if (o.evidence.end <= at && /,/.test(text.slice(o.evidence.end, at))) start = o.evidence.end;
  }
  return start;
}

/**
 * True when a count of administrative units stands in the clause before the statistic, in the
 * same statement: "11/21 xã đạt chuẩn nông thôn mới, thu nhập bình quân …" ends it at the comma.
 */
function countsUnitsBefore(
  text: string,
  quantities: readonly DraftOf<'quantity'>[],
  from: number,
  to: number,
): boolean {
  return startingIn(quantities, from, to).some(
    (o) =>
      o.evidence.end <= to &&
      o.ratio !== null &&
      UNIT_COUNTS.has(o.unit ?? '') &&
      !/[,;]/.test(text.slice(o.evidence.end, to)),
  );
}

/** True when a value of a fitting unit ends right before the phrase or holds it: the phrase is its noun. */
function ownedByValueBefore(
  text: string,
  quantities: readonly DraftOf<'quantity'>[],
  phrase: Span,
  units: readonly string[],
): boolean {
  const before = (o: DraftOf<'quantity'>) =>
    o.evidence.end <= phrase.start
      ? text.slice(o.evidence.end, phrase.start).trim() === ''
      : o.evidence.end >= phrase.end;
  return startingIn(quantities, Math.max(0, phrase.start - 40), phrase.start).some(
    (o) => before(o) && unitFits(o.unit, units),
  );
}

/**
 * Where a second baseline starts, when `q` follows the previous statistic, itself the first thing
 * in a bracket, past a ";" or "," of the same bracket, in its unit: "(6 tháng đầu năm tăng 2,87%;
 * cùng kỳ năm 2019 tăng 6,95%)". Null otherwise.
 */
function laterInBracket(
  text: string,
  previous: { fact: DraftOf<'indicator'>; end: number },
  q: DraftOf<'quantity'>,
): number | null {
  const first = previous.fact.evidence.start;
  if (!/\(\s*$/u.test(text.slice(Math.max(0, first - 4), first))) return null;
  if (!sameCount(previous.fact.unit, q.unit)) return null;
  const gap = /^\s*[;,]\s*/u.exec(text.slice(previous.end, q.evidence.start));
  if (!gap || /[;,()]/u.test(text.slice(previous.end + gap[0].length, q.evidence.start))) return null;
  return /^\s*\)/u.test(text.slice(q.evidence.end)) ? previous.end + gap[0].length : null;
}

/** "... 2,3% (đầu nhiệm kỳ là 4,1%)": the clause opens with "(" right after the previous statistic. */
/** One unit, or a count and its noun left out: "7,3 triệu lượt khách (năm 2024 là 6,2 triệu lượt)". */
function sameCount(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && (a.startsWith(`${b} `) || b.startsWith(`${a} `)));
}

/** The statistic of the sentence before `last` in the unit of `q`, whose baseline `q` may be. */
function pairedBaseline(
  out: readonly DraftOf<'indicator'>[],
  last: DraftOf<'indicator'>,
  sentence: Span,
  q: DraftOf<'quantity'>,
): DraftOf<'indicator'> | undefined {
  // (Money in another currency is the last one's: "7.500 USD (năm 2022 ước đạt 85,6 triệu đồng)".)
  if (sameCount(last.unit, q.unit) || (CURRENCIES.has(last.unit ?? '') && CURRENCIES.has(q.unit ?? '')))
    return undefined;
  return out.findLast(
    (o) =>
      o !== last &&
      o.evidence.start >= sentence.start &&
      o.evidence.end <= last.evidence.start &&
      sameCount(o.unit, q.unit),
  );
}

function isBaseline(text: string, previousEnd: number, clause: Span, q: DraftOf<'quantity'>): boolean {
  const open = clause.start - 1;
  // "đón 250.000 lượt khách ra đảo (năm 2017 đạt hơn 210.000 lượt)": a few lower-case words
  // may end the statistic's clause before its bracket.
  return text[open] === '(' && TO_BRACKET.test(text.slice(previousEnd, open)) && q.evidence.end <= clause.end;
}

// ("đón 3,56 triệu lượt khách, tăng 16,2% (cùng kỳ năm 2024 là 3,06 triệu lượt)": or its change.)
const TO_BRACKET =
  /^(?:\s+\p{Ll}+){0,3}(?:\s*,\s*(?:tăng|giảm)(?:\s+(?:\d+(?:[.,]\d+)*%?|[^\s(),;:]+)){1,6})?\s*$/u;

const RESTATED = vietnameseRegex('^\\s*,\\s*(?:tương đương|tức là|tức|hay)(?:\\s+với)?\\s*$', 'u');

/** "..., tương đương khoảng 3.340 USD" right after a statistic: it again, in another unit. */
function sameInOtherUnit(
  folded: string,
  previous: { fact: DraftOf<'indicator'>; end: number },
  q: DraftOf<'quantity'>,
): boolean {
  return q.unit !== previous.fact.unit && RESTATED.test(folded.slice(previous.end, q.evidence.start));
}

/** "..., tương đương 3.150 tấn" right after a sum of money, or a sum right after a measure. */
function restatedInOtherMeasure(
  folded: string,
  previous: { fact: DraftOf<'indicator'>; end: number },
  q: DraftOf<'quantity'>,
): boolean {
  return (
    CURRENCIES.has(q.unit ?? '') !== CURRENCIES.has(previous.fact.unit ?? '') &&
    RESTATED.test(folded.slice(previous.end, q.evidence.start))
  );
}

/** How far a baseline in parentheses may stand after its statistic, in characters. */
const BASELINE_GAP = 100;

/**
 * "... ước đạt 7,45%, cao hơn 0,6 điểm phần trăm so với năm trước (năm 2023 đạt 6,85%)": a
 * parenthesis later in the same sentence, with no other value of the statistic's unit between.
 */
function isLaterBaseline(
  text: string,
  previous: { fact: DraftOf<'indicator'>; end: number },
  clause: Span,
  quantities: readonly DraftOf<'quantity'>[],
): boolean {
  const open = clause.start - 1;
  if (text[open] !== '(' || open < previous.end || open - previous.end > BASELINE_GAP) return false;
  if (/[.;:()\n]/.test(text.slice(previous.end, open))) return false;
  // ("…, tăng 9,2 triệu đồng so với năm 2020 (năm 2020 là 49,2 triệu đồng)": a change between
  // is no value of the statistic.)
  return !startingIn(quantities, previous.end, open).some(
    (o) => o.unit === previous.fact.unit && o.change === null,
  );
}

// ", đạt 58,6% kế hoạch (": a statistic's share of its plan, restated after it.
const SHARE_OF_PLAN_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])(?:đạt|bằng)\\s*$', 'u');
const PLAN_TO_BRACKET = vietnameseRegex('^\\s*(?:kế hoạch|dự toán|chỉ tiêu)[^,;.:()\\d]{0,40}$', 'u');

/**
 * "giải ngân được 8.410 tỷ đồng, đạt 58,6% kế hoạch (cùng kỳ năm 2024 đạt 61,3%)": a bracket
 * after the share of its plan a statistic restates gives that share a year before, the same
 * statistic's baseline in the share's unit.
 */
function isShareBaseline(
  folded: string,
  previous: { fact: DraftOf<'indicator'>; end: number },
  clause: Span,
  q: DraftOf<'quantity'>,
  quantities: readonly DraftOf<'quantity'>[],
): boolean {
  const open = clause.start - 1;
  if (folded[open] !== '(' || open < previous.end || open - previous.end > BASELINE_GAP) return false;
  const between = startingIn(quantities, previous.end, open);
  const share = between[between.length - 1];
  return (
    between.length === 1 &&
    share !== undefined &&
    share.unit === q.unit &&
    q.unit !== previous.fact.unit &&
    SHARE_OF_PLAN_BEFORE.test(folded.slice(previous.end, share.evidence.start)) &&
    PLAN_TO_BRACKET.test(folded.slice(share.evidence.end, open))
  );
}

/** The text with the given spans blanked out, same length; built once, not copied per span. */
function blankSpans(text: string, facts: readonly { evidence: Span }[]): string {
  if (facts.length === 0) return text;
  const blank = new Uint8Array(text.length);
  for (const { evidence: e } of facts) blank.fill(1, Math.max(0, e.start), Math.min(text.length, e.end));
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && blank[j] === blank[i]) j++;
    parts.push(blank[i] ? ' '.repeat(j - i) : text.slice(i, j));
    i = j;
  }
  return parts.join('');
}

/** The document's indicator phrases in text order, looked up by where they start. */
class PhraseWindow {
  private readonly sorted: readonly PhraseMatch[];
  get all(): readonly PhraseMatch[] {
    return this.sorted;
  }
  /** The longest phrase, in characters. */
  readonly longest: number;

  constructor(phrases: readonly PhraseMatch[]) {
    this.sorted = [...phrases].sort((a, b) => a.start - b.start);
    this.longest = phrases.reduce((n, p) => Math.max(n, p.end - p.start), 0);
  }

  startingIn(from: number, to: number): PhraseMatch[] {
    return startingIn(this.sorted, from, to);
  }

  /** The phrase that ends at `at`, or one space before it. */
  endingBefore(at: number): PhraseMatch | undefined {
    return this.startingIn(at - this.longest - 1, at).find((p) => p.end === at || p.end === at - 1);
  }
}

/**
 * A count of projects is of foreign ones when its own clause, before it and after any other
 * value, names foreign investment ("thu hút đầu tư trực tiếp nước ngoài có 26 dự án"), or its
 * sentence opens on it as a topic ("Về thu hút FDI, tỉnh cấp mới 15 dự án"), and nothing near
 * names domestic investment ("… và 610 dự án trong nước").
 */
function countsForeignProjects(
  folded: string,
  quantities: readonly DraftOf<'quantity'>[],
  clause: Span,
  sentence: Span,
  value: Span,
  phraseEnd: number,
): boolean {
  const own = startingIn(quantities, clause.start, value.start).at(-1)?.evidence.end ?? clause.start;
  const after = folded.slice(value.end, Math.max(value.end, Math.min(clause.end, phraseEnd + 20)));
  // ("Ngoài vốn FDI, các KCN còn thu hút 96 dự án DDI": or in the count's own words.)
  if (DOMESTIC_INVESTMENT.test(folded.slice(own, value.end)) || DOMESTIC_INVESTMENT.test(after)) return false;
  if (FOREIGN_INVESTMENT.test(folded.slice(own, value.start))) return true;
  // "thu hút hơn 1,85 tỷ USD vốn FDI, gấp 1,3 lần cùng kỳ, gồm 74 dự án cấp mới": the projects
  // a foreign total is broken down into.
  if (
    PARTS_OF_TOTAL.test(folded.slice(own, value.start)) &&
    FOREIGN_INVESTMENT.test(folded.slice(sentence.start, own))
  )
    return true;
  return (
    startingIn(quantities, sentence.start, value.start).length === 0 &&
    FOREIGN_TOPIC.test(folded.slice(sentence.start, value.start))
  );
}

/**
 * Where a clause after the statistic that ends at `from` opens on the same months of another
 * year ("…; cùng kỳ năm 2025 đạt 19,6%", "…, cùng kỳ năm trước là 7,5 tỷ USD"), or null.
 */
function samePeriodClause(ctx: RecognizeContext, from: number, valueStart: number): number | null {
  const between = ctx.text.slice(from, valueStart);
  const cut = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'));
  if (cut < 0) return null;
  let start = from + cut + 1;
  if (!SAME_PERIOD_CLAUSE.test(ctx.folded.slice(start, valueStart))) return null;
  while (ctx.text[start] === ' ') start++;
  return start;
}

// "Riêng …": a sentence opening on a part of what the one before reported. (Not "Trong đó, …":
// the corpus gives those the article year as often.)
// ("Trong số này, 173 dự án FDI cấp mới …": so does one that breaks down the figure before; not
// "Trong đó", which the corpus gives the article year as often.)
const SINGLES_OUT = /^\s*(?:Riêng\s|Trong số (?:này|đó)\s*,?\s)/u;
// The whole's value, then a comma and "riêng" opening the part: nothing else between.
const SINGLED_OUT_AFTER_COMMA = /^[^;.]*,\s*riêng\s[^;.,]*$/u;
// "Tính chung,", "Tổng cộng,": the sum of the figures just given, with no time of its own.
/** Whether the sentence around `at` opens by singling out a time: "Riêng quý IV/2025, …". */
function singlesOutTime(text: string, at: number): boolean {
  const { start } = sentenceAround(text, at, at);
  return SINGLED_OUT_TIME_OPENS.test(text.slice(start, start + 40));
}
const SINGLED_OUT_TIME_OPENS = /^\s*Riêng\s+(?:quý|tháng|năm|\d+\s+tháng|dịp|đợt)\s/u;
const CAPITAL_OPENS = /^\s*Tổng (?:số )?vốn\s/u;
const SUMS_UP = /^\s*(?:Tính chung(?: lại)?|Tổng cộng|Cộng lại|Gộp lại)\s*,/u;
/** How far back, in characters, the statistic a singled-out part belongs to may end. */
const SINGLED_OUT_REACH = 400;
// "Hàn Quốc dẫn đầu với 27 dự án", "Điện tử dẫn đầu về vốn với …": who leads what the sentence before gave.
const LEADS_WITH = vietnameseRegex('(?:^|[^\\p{L}])dẫn đầu(?:\\s+[^\\s\\d,;.]+){0,3}?\\s+với\\s', 'u');
const SINGLED_OUT_BEFORE = vietnameseRegex('(?:^|[^\\p{L}])riêng\\s[^,;]*$', 'u');

/** Whether `at` lies inside a bracket opened before it and not yet closed. */
const inOpenBracket = (text: string, at: number): boolean =>
  text.lastIndexOf('(', at) > text.lastIndexOf(')', at);

/** Whether "riêng" singles out the place at `at`, after something else its sentence said. */
function singledOutMidSentence(folded: string, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - 40);
  const singled = SINGLED_OUT_BEFORE.exec(folded.slice(from, at));
  if (!singled) return false;
  const word = from + singled.index + singled[0].indexOf('riêng');
  return /[\p{L}\p{N}]/u.test(folded.slice(sentenceStart, word));
}
// ("… cao hơn năm 2024 (tăng trưởng 6,8%)": or that it beats.)
const COMPARED_YEAR_BEFORE = vietnameseRegex(
  '(?:so với|(?:cao|thấp|nhiều|ít)\\s+hơn|lần)\\s+năm\\s+(\\d{4})\\s*$',
  'u',
);
// "(kế hoạch tăng 8,5%)": a bracket after the year compared with that gives the plan is no figure of that year.
const PLAN_IN_BRACKET = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán|phấn đấu)(?:[^\\p{L}]|$)',
  'u',
);

/** The year a bracket's clause stands for when the words before the bracket compare with it. */
function comparedYear(ctx: RecognizeContext, clause: Span): Period | null {
  if (ctx.text[clause.start - 1] !== '(') return null;
  const year = COMPARED_YEAR_BEFORE.exec(
    ctx.folded.slice(Math.max(0, clause.start - 24), clause.start - 1),
  )?.[1];
  return year === undefined ? null : calendarYear(year);
}

// What still belongs to a statistic's name right after it: "… đạt 7% trở lên", "15 xã đạt chuẩn
// nông thôn mới nâng cao", "5 dự án mới", "5.100 căn nhà ở xã hội".
const GOES_ON: readonly [RegExp, ReadonlySet<string> | null][] = [
  [vietnameseRegex('^ trở lên(?![\\p{L}\\p{M}])', 'u'), null],
  [vietnameseRegex('^ (?:nâng cao|kiểu mẫu)(?![\\p{L}\\p{M}])', 'u'), new Set(['new_rural_communes'])],
  [vietnameseRegex('^ mới(?![\\p{L}\\p{M}])', 'u'), new Set(['investment_projects', 'fdi_projects'])],
  [vietnameseRegex('^ xã hội(?![\\p{L}\\p{M}])', 'u'), new Set(['houses_built'])],
];

/** How many characters after `end` still belong to the statistic's span. */
function spanGoesOn(folded: string, end: number, key: string): number {
  const after = folded.slice(end, end + 16);
  for (const [pattern, keys] of GOES_ON) {
    if (keys && !keys.has(key)) continue;
    const m = pattern.exec(after);
    if (m) return m[0].length;
  }
  return 0;
}

const WORTH_OPENS = vietnameseRegex('^[\\s,]*(?:trị giá|giá trị|tương đương)(?:[^\\p{L}]|$)', 'u');

/**
 * Where the statement of a value starts, for its status: "ước đạt 2,1 triệu tấn, trị giá khoảng
 * 1,32 tỷ USD" is one statement, the worth of what was estimated.
 */
function worthStatementStart(
  ctx: RecognizeContext,
  quantities: readonly DraftOf<'quantity'>[],
  clauseStart: number,
  valueAt: number,
): number {
  const start = statementStart(ctx.text, quantities, clauseStart, valueAt);
  return start > clauseStart && WORTH_OPENS.test(ctx.folded.slice(start, valueAt))
    ? statementStart(ctx.text, quantities, clauseStart, Math.max(clauseStart, start - 1))
    : start;
}

/**
 * "trong quý IV/2025, phường phấn đấu thu thêm khoảng 70 tỉ đồng để hoàn thành dự toán trước ngày
 * 31/12": a period named before the value, in its own statement, outranks a deadline after it. (A
 * day before the value is a document's or an event's date, not a period.)
 */
/** Whether `end` lies in the sentence right before the one starting at `sentenceStart`, in its paragraph. */
// What a month's report sums from January: the flows of trade, budget, sales and output. (A rate
// or a count that stands, "tỷ lệ hộ nghèo còn 2,35%", is not summed over the report's months.)
const RUNNING_FLOWS = new Set([
  'budget_revenue',
  'budget_expenditure',
  'export_value',
  'import_value',
  'trade_value',
  'retail_sales',
  'industrial_production_index',
  'industrial_output',
  // ("chỉ số giá tiêu dùng (CPI) bình quân tăng 1,18%": prices averaged over the same months.)
  'cpi',
]);
const SINGLES_OUT_WORD = vietnameseRegex('(?:^|[^\\p{L}])riêng(?!\\p{L})', 'u');
const WHOLE_YEAR_WORDS = vietnameseRegex('(?:^|[^\\p{L}])cả\\s+năm(?!\\p{L})', 'u');
// "Theo Sở Tài chính, 8 tháng, …": a report's frame, the source it cites, then its months.
// ("Theo ông Lâm Quốc Thịnh, Trưởng BQL KKT Dung Quất, 6 tháng đầu năm 2023, …": the source's
// title may follow it.)
const REPORT_FRAME = vietnameseRegex('^\\s*(?:theo\\s[^,.;:()]{2,80},\\s*(?:[^,.;:()]{2,80},\\s*)?)?$', 'u');

/**
 * "Theo Cục Thống kê, 8 tháng đầu năm 2024, IIP tăng 6,4%. Kim ngạch xuất khẩu ước đạt 21,36 tỉ
 * USD, …; thu ngân sách đạt …": a report's months, framing the sentence before in the paragraph,
 * go on into a sentence that names no time of its own, for the flows a report sums from January.
 * `reported` is the last statistic before the value, outside brackets.
 */
function framedMonthsBefore(
  ctx: RecognizeContext,
  times: readonly DraftOf<'time'>[],
  reported: { fact: DraftOf<'indicator'>; end: number },
  sentence: Span,
  key: string,
): Period | null {
  if (!RUNNING_FLOWS.has(key)) return null;
  // ("…, tăng 11,4% so với cùng kỳ; tổng mức bán lẻ …": the time a flow is compared with is not
  // one the sentence names for itself.)
  if (
    times.some(
      (t) =>
        t.evidence.start >= sentence.start &&
        t.evidence.end <= sentence.end &&
        !SAME_PERIOD_AFTER.test(ctx.folded.slice(t.evidence.start, t.evidence.end)),
    )
  )
    return null;
  // ("Cả năm, xuất khẩu cà phê ước đạt 1,68 tỷ USD": the whole year is no report's months.)
  if (WHOLE_YEAR_WORDS.test(ctx.folded.slice(sentence.start, sentence.end))) return null;
  let end = sentence.start;
  while (end > 0 && ctx.text[end - 1] === ' ') end--;
  if (ctx.text[end - 1] !== '.') return null;
  let opens = sentenceStartOf(ctx.text, end - 1);
  // ("Theo Cục Thống kê tỉnh, 7 tháng, IIP tăng 9,3%. Sản lượng điện sản xuất đạt 17,2 tỉ kWh. Kim
  // ngạch xuất khẩu …": past a sentence of the report that names no time and no statistic.)
  for (let step = 0; step < 2 && reported.end <= opens && opens > 0; step++) {
    if (times.some((t) => t.evidence.start >= opens && t.evidence.end <= end)) return null;
    let before = opens;
    while (before > 0 && ctx.text[before - 1] === ' ') before--;
    if (ctx.text[before - 1] !== '.') return null;
    end = before;
    opens = sentenceStartOf(ctx.text, end - 1);
  }
  // (Something the sentence before reported, so that its months are a report's.)
  if (reported.end <= opens) return null;
  // ("Tổng mức bán lẻ … quý I ước đạt 5.486,2 tỷ đồng. Kim ngạch xuất khẩu ước đạt 46,5 triệu USD":
  // or a flow it reported for months from January, which the next flows of the report go on with.)
  // (Not months singled out of a year the sentence reported, "năm 2025 ước đạt 3,46 tỉ USD; riêng
  // 11 tháng đã đạt 3,12 tỉ USD", nor months before the whole year: "11 tháng đạt 1,19 tỷ USD, cả năm
  // ước đạt 1,31 tỷ USD".)
  const last = reported.fact.period;
  const before = ctx.folded.slice(opens, end);
  if (
    RUNNING_FLOWS.has(reported.fact.indicator) &&
    reported.fact.evidence.start >= opens &&
    yearToDate(last.start, last.end) &&
    !SINGLES_OUT_WORD.test(before) &&
    !WHOLE_YEAR_WORDS.test(before)
  )
    return { start: last.start, end: last.end };
  const frame = times.find(
    (t) =>
      t.evidence.start >= opens &&
      t.evidence.end < end &&
      /^\s*,/u.test(ctx.text.slice(t.evidence.end, t.evidence.end + 3)) &&
      REPORT_FRAME.test(ctx.folded.slice(opens, t.evidence.start)),
  );
  if (!frame || !yearToDate(frame.start, frame.end)) return null;
  return { start: frame.start, end: frame.end };
}

const BETWEEN_TIMES = /^\s*(?:,\s*(?:và\s+)?|và\s+)$/u;

/**
 * The times listed right before "lần lượt", one per value it gives out ("quý III và quý IV lần
 * lượt đạt 7,1% và 8,2%"), in order; null when no such list stands there.
 */
function rankedTimes(
  folded: string,
  times: readonly DraftOf<'time'>[],
  clauseStart: number,
  listed: RespectiveValue,
): Period[] | null {
  const before = times.filter((t) => t.evidence.start >= clauseStart && t.evidence.end <= listed.cue);
  const run = before.slice(-listed.count);
  if (run.length !== listed.count || !/^\s*$/u.test(folded.slice(run.at(-1)!.evidence.end, listed.cue)))
    return null;
  for (let k = 1; k < run.length; k++)
    if (!BETWEEN_TIMES.test(folded.slice(run[k - 1]!.evidence.end, run[k]!.evidence.start))) return null;
  if (run.some((t) => t.start === null || t.end === null || t.relative)) return null;
  return run.map((t) => ({ start: t.start, end: t.end }));
}

const VISITORS = 'tourist_arrivals';
const TOURISM_REVENUE = 'tourism_revenue';
const THROUGH_GATE = vietnameseRegex('(?:^|[^\\p{L}])qua\\s+cửa khẩu(?:[^\\p{L}]|$)', 'u');
const MARKET_OPENS = vietnameseRegex('^\\s*(?:riêng\\s+)?khách\\s+(?:du lịch\\s+)?$', 'u');

/** Whether the clause opens on the visitors of a country: "Khách Nga chỉ đạt …". */
function marketOpens(
  ctx: RecognizeContext,
  locations: readonly DraftOf<'location'>[],
  clauseStart: number,
  valueAt: number,
): boolean {
  return locations.some(
    (l) =>
      l.type === 'country' &&
      l.evidence.start > clauseStart &&
      l.evidence.end <= valueAt &&
      MARKET_OPENS.test(ctx.folded.slice(clauseStart, l.evidence.start)) &&
      // ("khách Trung Quốc đi bằng giấy thông hành qua cửa khẩu đạt …": those a border gate let in
      // are the gate's count.)
      !THROUGH_GATE.test(ctx.folded.slice(l.evidence.end, valueAt)),
  );
}

/** Whether a period runs from January to a month before December of one year. */
function yearToDate(start: string | null, end: string | null): start is string {
  return (
    start !== null &&
    end !== null &&
    start.endsWith('-01-01') &&
    !end.endsWith('-12-31') &&
    start.slice(0, 4) === end.slice(0, 4)
  );
}

/**
 * Where the sentence holding `at` starts, within its paragraph. (Not `sentenceAround`, whose
 * boundaries differ: read through it, five seed statistics lost the report's months.)
 */
function sentenceStartOf(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i];
    if (
      c === '\n' ||
      ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ' && !/\d/u.test(text[i + 2] ?? ''))
    )
      return i + 1;
  }
  return 0;
}

function inSentenceBefore(text: string, end: number, sentenceStart: number): boolean {
  if (end > sentenceStart) return false;
  const between = text.slice(end, sentenceStart);
  // (A dot between digits, "9.800" in a bracket after the statistic, ends no sentence.)
  return !between.includes('\n') && !/[!?]|\.(?!\d)/u.test(between.trimEnd().slice(0, -1));
}

/** The last year after the article's that the sentence right before `sentence`, in its paragraph, names. */
function yearAheadBefore(
  ctx: RecognizeContext,
  times: readonly DraftOf<'time'>[],
  sentence: Span,
): Period | null {
  let end = sentence.start;
  while (end > 0 && /\s/u.test(ctx.text[end - 1] ?? '')) end--;
  if (ctx.text[end - 1] !== '.') return null;
  const before = sentenceAround(ctx.text, end - 1, end - 1);
  if (ctx.text.slice(before.start, sentence.start).includes('\n')) return null;
  // (The year ahead of the one the article reports on: "Năm 2025 là năm cuối của giai đoạn …. Tỉnh
  // phấn đấu …" in a January 2025 review of 2024.)
  const year = articleYear(ctx).start?.slice(0, 4) ?? ctx.date.slice(0, 4);
  const named = times.filter(
    (t) =>
      t.evidence.start >= before.start &&
      t.evidence.end <= end &&
      t.granularity === 'year' &&
      !t.relative &&
      t.start !== null &&
      t.start.slice(0, 4) > year &&
      // ("…; tầm nhìn đến năm 2050 là …": a vision is no year aimed at.)
      !VISION_BEFORE.test(ctx.folded.slice(Math.max(before.start, t.evidence.start - 24), t.evidence.start)),
  );
  const last = named.at(-1);
  return last ? { start: last.start, end: last.end } : null;
}

function periodNamedBefore(
  times: readonly DraftOf<'time'>[],
  quantities: readonly DraftOf<'quantity'>[],
  clause: Span,
  value: Span,
): boolean {
  const floor = startingIn(quantities, clause.start, value.start).at(-1)?.evidence.end ?? clause.start;
  return times.some(
    (t) =>
      t.evidence.start >= floor &&
      t.evidence.end <= value.start &&
      t.start !== null &&
      t.granularity !== 'day',
  );
}

/** folded[from, to) with the names of `bodies` in it blanked out, offsets kept. */
function outsideNames(
  folded: string,
  from: number,
  to: number,
  bodies: readonly { evidence: Span }[],
): string {
  let text = folded.slice(from, to);
  for (const { evidence: span } of bodies) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start < end) text = text.slice(0, start - from) + ' '.repeat(end - start) + text.slice(end - from);
  }
  return text;
}
