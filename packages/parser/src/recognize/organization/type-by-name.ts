import type { DraftOf } from '../context.js';

type OrganizationType = DraftOf<'organization'>['type'];

/**
 * Types a body's full name settles where the head the lexicon matched says less, as the
 * hand-checked articles give them: a police department under a provincial police ("Phòng Cảnh
 * sát giao thông", matched by "Phòng" and its field) and a police force's command ("Bộ Tư lệnh Cảnh
 * sát cơ động", matched by a military head, though the coast guard is the army's; "Cục CSGT", "Đội CSGT"), a
 * steering board ("BCĐ") as the agency 26 of the corpus's 27 are, a health centre as a public-service unit
 * (`other`, as health stations are in the lexicon), a power centre as the company that runs it,
 * an ethnic affairs board as the province's agency unless it is the council's, the office of a
 * party committee as the party's, the army's schools and hospitals as the army's, the boards of a
 * Youth Union committee or a labour federation as theirs, a police regiment as the police's.
 */
const BY_NAME: readonly [RegExp, OrganizationType][] = [
  [/^(?:(?:Phòng|Cục|Đội) (?:Cảnh sát|An ninh)|Bộ Tư lệnh Cảnh sát)(?! biển)\s/u, 'police'],
  [/^Ban Chỉ đạo\s/u, 'agency'],
  [/^Trung tâm Y tế\s/u, 'other'],
  [/^Trung tâm Điện lực\s/u, 'company'],
  [/^Ban Dân tộc(?!.*(?:Hội đồng nhân dân|HĐND))/u, 'agency'],
  [/^Văn phòng (?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy/u, 'party'],
  [/^(?:Trường Quân sự|Bệnh viện Quân y|Bệnh viện (?:Trung ương )?Quân đội)\s/u, 'military'],
  [
    /^Ban (?:Chấp hành|Thường vụ) (?:(?:Tỉnh|Thành|Huyện|Trung ương) ?[đĐ]oàn|(?:Tổng )?Liên đoàn Lao động|Công đoàn)/u,
    'other',
  ],
  [/^(?:Trung đoàn|Tiểu đoàn|Đại đội) (?:Cảnh sát|CSCĐ)(?! biển)/u, 'police'],
];

export function typeByName(name: string): OrganizationType | undefined {
  return BY_NAME.find(([pattern]) => pattern.test(name))?.[1];
}
