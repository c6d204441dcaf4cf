import type { Random } from './random.js';

// Kinh surnames by rough frequency (Lê Trung Hoa, "Họ và tên người Việt Nam"), then the long tail.
const SURNAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30],
  ['Trần', 10],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4],
  ['Vũ', 4],
  ['Võ', 4],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 1],
  ['Lý', 1],
  ['Trịnh', 1],
  ['Đinh', 1],
  ['Lương', 1],
  ['Lâm', 1],
  ['Mai', 1],
  ['Cao', 1],
  ['Tạ', 1],
  ['Quách', 1],
  ['Cù', 1],
  ['Thái', 1],
  ['Châu', 1],
  ['Đoàn', 1],
  ['Văn', 1],
  ['Kiều', 1],
  ['Tôn', 1],
  ['La', 1],
];

const MALE_MIDDLE = [
  'Văn',
  'Hữu',
  'Đức',
  'Minh',
  'Quang',
  'Ngọc',
  'Thanh',
  'Xuân',
  'Công',
  'Đình',
  'Trung',
  'Mạnh',
  'Hồng',
  'Quốc',
  'Tiến',
  'Bá',
];
const FEMALE_MIDDLE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Hồng', 'Minh', 'Bích', 'Mỹ', 'Thùy', 'Phương'];
const SECOND_MIDDLE = ['Xuân', 'Thanh', 'Minh', 'Ngọc', 'Kim', 'Thu', 'Hoài', 'Bảo', 'Anh', 'Diệu'];
const MALE_GIVEN = [
  'Dũng',
  'Hải',
  'Cường',
  'Thắng',
  'Hùng',
  'Tuấn',
  'Long',
  'Sơn',
  'Tùng',
  'Quân',
  'Hiếu',
  'Phúc',
  'Khánh',
  'Trí',
  'Lâm',
  'Đạt',
  'Thịnh',
  'Toàn',
  'Vinh',
  'Huy',
  'Hòa',
  'Việt',
  'Thành',
  'Kiên',
  'Nghĩa',
  'Phong',
  'Tâm',
  'Bảo',
  'Lực',
  'Hưng',
];
const FEMALE_GIVEN = [
  'Trang',
  'Hương',
  'Lan',
  'Hà',
  'Mai',
  'Nga',
  'Huyền',
  'Thủy',
  'Yến',
  'Hạnh',
  'Linh',
  'Nhung',
  'Oanh',
  'Vân',
  'Thảo',
  'Loan',
  'Hằng',
  'Dung',
  'Quyên',
  'Nguyệt',
];

// Names of ethnic-minority officials follow their own patterns: Ê Đê "Y <given> <clan>"
// and "H'<given> <clan>", Jrai clan first ("Rơ Mah", "Ksor", "Siu"), Hmông "Giàng A <given>",
// Thái and Tày surnames (Lò, Vi, Nông, Sầm), Khmer (Thạch, Sơn, Danh).
const EDE_CLANS = ['Niê', 'Êban', 'Mlô', 'Ksơr', 'Byă', 'Adrơng'];
const EDE_GIVEN = ['Khuê', 'Biêr', 'Thanh', 'Jút', 'Wai', 'Dhăm', 'Ngọc'];
const EDE_FEMALE = ["H'Yim", "H'Nhung", "H'Luyn", "H'Zina", "H'Bơ"];
const JRAI_CLANS = ['Rơ Mah', 'Ksor', 'Siu', 'Rơ Châm', 'Kpă', 'Rah Lan', 'Nay', 'Puih'];
const JRAI_GIVEN = ['Blứ', 'Phun', 'Hiền', "H'Nhung", 'Thuyên', 'Kin', 'Đoan'];
const NORTH_SURNAMES = ['Lò', 'Vi', 'Nông', 'Sầm', 'Lục', 'Hà', 'Lường'];
const HMONG = ['Giàng A', 'Sùng A', 'Vàng Seo', 'Thào A', 'Mùa A'];
const HMONG_GIVEN = ['Pao', 'Chớ', 'Phử', 'Dơ', 'Sinh', 'Lử'];
const KHMER = ['Thạch', 'Sơn', 'Danh', 'Kim'];
const KHMER_GIVEN = ['Phước Bình', 'Thị Sa Rinh', 'Sô Phol', 'Hoàng', 'Thị Ánh'];

/** A full name of 2 to 4 syllables, as Vietnamese officials are named. */
export function personName(rng: Random): string {
  const pattern = rng.weighted([
    ['kinh3', 60],
    ['kinh4', 14],
    ['kinh2', 6],
    ['ede', 4],
    ['jrai', 4],
    ['north', 5],
    ['hmong', 3],
    ['khmer', 3],
  ] as const);
  const female = rng.chance(0.3);
  const surname = rng.weighted(SURNAMES);
  const given = rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  const middle = rng.pick((female ? FEMALE_MIDDLE : MALE_MIDDLE).filter((m) => m !== surname));
  switch (pattern) {
    case 'kinh2':
      return `${surname} ${given}`;
    case 'kinh4': {
      const first = female ? 'Thị' : rng.pick(['Văn', 'Đức', 'Hữu'].filter((m) => m !== surname));
      return `${surname} ${first} ${rng.pick(SECOND_MIDDLE)} ${given}`;
    }
    case 'ede':
      return female
        ? `${rng.pick(EDE_FEMALE)} ${rng.pick(EDE_CLANS)}`
        : `Y ${rng.pick(EDE_GIVEN)} ${rng.pick(EDE_CLANS)}`;
    case 'jrai':
      return `${rng.pick(JRAI_CLANS)} ${rng.pick(JRAI_GIVEN)}`;
    case 'north':
      return `${rng.pick(NORTH_SURNAMES)} ${middle} ${given}`;
    case 'hmong':
      return `${rng.pick(HMONG)} ${rng.pick(HMONG_GIVEN)}`;
    case 'khmer':
      return `${rng.pick(KHMER)} ${rng.pick(KHMER_GIVEN)}`;
    default:
      return `${surname} ${middle} ${given}`;
  }
}

// Pen names of reporters: two syllables, sometimes two reporters.
const PEN_FIRST = [
  'Thu',
  'Minh',
  'Quang',
  'Hoài',
  'Thanh',
  'Ngọc',
  'Phương',
  'Hồng',
  'Bảo',
  'Khánh',
  'Văn',
  'Anh',
];
const PEN_SECOND = ['Hà', 'Anh', 'Huy', 'Tú', 'Linh', 'Nam', 'Vy', 'Lâm', 'Trang', 'Duy', 'Ngân', 'Sơn'];

export function byline(rng: Random): string {
  const pen = () => `${rng.pick(PEN_FIRST)} ${rng.pick(PEN_SECOND)}`;
  return rng.weighted([
    [() => pen(), 6],
    [() => `${pen()} - ${pen()}`, 2],
    [() => personName(rng), 2],
    [() => `${pen()} (TTXVN)`, 1],
  ] as const)();
}
