import { describe, expect, it } from 'vitest';
import { isByline } from './byline.js';

describe('isByline', () => {
  it.each([
    'Thu Hà',
    'Nguyễn Văn Thành',
    'Minh Anh - Quốc Việt',
    'Hoàng Long, Thảo Vy',
    'Theo TTXVN',
    'Theo Báo Nhân Dân',
    'Nhóm PV',
    'PV',
    'Lan Anh (tổng hợp)',
    'TTXVN',
    "Văn Ngọc - H'Yim",
    "K'Brơi",
  ])('%s is a byline', (line) => expect(isByline(line)).toBe(true));

  it.each([
    'Đại biểu tỉnh Lâm Đồng.',
    'các đại biểu dự hội nghị',
    'Tỉnh có 3 huyện đạt chuẩn nông thôn mới',
    'Quang Cảnh Hội Nghị Tổng Kết Năm',
    'Thu Hà.',
    'Trong năm 2024, tỉnh đã thu hút nhiều dự án',
  ])('%s is not a byline', (line) => expect(isByline(line)).toBe(false));
});
