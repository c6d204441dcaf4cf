import { vietnameseRegex } from '../../text/vietnamese-regex.js';

// A place named as the yardstick of a comparison or the counterpart of an action: "đứng thứ hai
// vùng, chỉ sau thành phố Đà Nẵng", "đứng thứ hai cả nước sau TP.HCM", "cao hơn tỉnh X", "so với
// tỉnh Y", "kết nối Lâm Đồng với TP.HCM".
const COMPARED = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:chỉ sau|xếp sau|đứng sau|thứ(?:\\s+[^\\s.;,()]+){1,4}\\s+sau|so với|với|hơn|kém|thua|vượt|bằng)\\s+(?:(?:tỉnh|thành phố|tp\\.?)\\s+)?$',
  'u',
);
// A neighbour: "các KCN giáp TP.HCM", "tiếp giáp với tỉnh Tây Ninh".
const BORDERING = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:tiếp giáp|giáp)(?:\\s+(?:với|ranh))?\\s+(?:(?:tỉnh|thành phố|tp\\.?)\\s+)?$',
  'u',
);
// A place the subject stands to as its gateway or satellite: "cửa ngõ phía Đông Bắc của Hà Nội",
// "vệ tinh của TP.HCM".
const RELATED = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:cửa ngõ|vệ tinh|cực tăng trưởng|vành đai)(?:\\s+[^\\s,.;()]+){0,3}\\s+(?:của\\s+)?(?:(?:tỉnh|thành phố|thủ đô|tp\\.?)\\s+)?$',
  'u',
);
// The corners of a triangle the province lies in: "giữa tam giác kinh tế Hà Nội - Hải Phòng -
// Quảng Ninh".
const TRIANGLE = vietnameseRegex(
  '(?:^|[^\\p{L}])tam giác(?:\\s+(?:kinh tế|phát triển|tăng trưởng))?\\s+(?:[^.;:()]{1,40}?\\s[-–]\\s+)?$',
  'u',
);
// Where goods or people go: "hàng hóa … đi TP.HCM sẽ rút ngắn 1 giờ", "xuất sang Trung Quốc".
// ("600 người đi làm việc tại các khu công nghiệp của tỉnh Bắc Ninh": where workers go to work.)
// ("chở bằng đường bộ lên các cảng ở TP.HCM": the ports goods are carried to.)
const DESTINATION = vietnameseRegex(
  '(?:^|[^\\p{L}])(?:(?:đi|sang|ra)\\s+(?:(?:làm việc|làm|lao động|học tập)\\s+(?:tại|ở)\\s+[^.;,()]{0,40}?)?|(?:đi|sang|ra|lên|về|vào|đến|tới)\\s+(?:các\\s+)?(?:cảng|bến cảng|sân bay|chợ đầu mối)\\s+(?:ở|tại|của)\\s+)(?:(?:tỉnh|thành phố)\\s+)?$',
  'u',
);
// A former unit: "tỉnh Bình Định (cũ)", "tỉnh Gia Lai trước sáp nhập", and the units a merger
// joined: "sau hợp nhất tỉnh Gia Lai và tỉnh Bình Định", "hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận".
const FORMER_AFTER = vietnameseRegex(
  '^\\s*(?:\\(\\s*cũ\\s*\\)|cũ(?:[^\\p{L}]|$)|trước (?:khi )?(?:sáp nhập|hợp nhất))',
  'u',
);
const MERGED_BEFORE = vietnameseRegex(
  '(?:hợp nhất|sáp nhập)\\s+(?:\\p{L}+\\s+)?(?:(?:tỉnh|thành phố)\\s+)?(?:(?:[^.;()]|\\.(?=\\p{L})){1,40}(?:,|\\svà|\\svới)\\s+(?:(?:tỉnh|thành phố)\\s+)?)?$',
  'u',
);

/**
 * Whether a place at [start, end) of the folded text is out of the statistics' scope: a
 * yardstick of a comparison, a neighbour, a destination, a corner of the triangle it lies in, or a
 * unit that no longer exists. It never takes over as the
 * province in scope.
 */
export function outOfScope(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 60), start);
  // The type word is outside the span: "thành phố Đà Nẵng" has its span at "Đà Nẵng".
  return (
    COMPARED.test(before) ||
    BORDERING.test(before) ||
    DESTINATION.test(before) ||
    RELATED.test(before) ||
    TRIANGLE.test(before) ||
    MERGED_BEFORE.test(before) ||
    FORMER_AFTER.test(folded.slice(end, end + 24))
  );
}
