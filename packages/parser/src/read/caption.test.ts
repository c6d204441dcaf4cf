import { describe, expect, it } from 'vitest';
import { isCaption } from './caption.js';

describe('isCaption', () => {
  it.each([
    'Quang cảnh hội nghị.',
    'Đại biểu tỉnh Gia Lai.',
    'Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường phát biểu tại hội nghị.',
    'Lãnh đạo tỉnh trao bằng khen cho các tập thể có thành tích xuất sắc trong phong trào thi đua.',
    'Các đại biểu tham quan gian hàng trưng bày sản phẩm OCOP của các huyện.',
    'Người dân thu hoạch lúa trên cánh đồng mẫu lớn.',
    'Giám đốc Sở Y tế kiểm tra công tác phòng chống dịch tại bệnh viện huyện (Ảnh: Văn Nam)',
  ])('%s is a caption', (line) => expect(isCaption(line)).toBe(true));

  it.each([
    // narration: past tense, opening adverbial, several sentences, lists
    'Trước đó, đoàn đã đến thăm nhà máy chế biến gỗ của công ty.',
    'Sáng 5/4, tỉnh tổ chức hội nghị tổng kết công tác năm.',
    'Tỉnh có 9 huyện. Trong đó có 3 huyện miền núi.',
    'Các lĩnh vực trọng tâm gồm: giáo dục, y tế, giao thông.',
    'Đại biểu cũng thảo luận về tình hình thu hút đầu tư trên địa bàn tỉnh.',
    'Kết quả nổi bật trong năm',
    'Tỉnh tiếp tục phát triển công nghiệp, du lịch, dịch vụ...',
    'Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Nguyễn Văn A nhấn mạnh vai trò của doanh nghiệp trong phát triển kinh tế địa phương, đồng thời đề nghị các sở, ngành tiếp tục tháo gỡ khó khăn cho nhà đầu tư và người dân trong thời gian tới.',
  ])('%s is not a caption', (line) => expect(isCaption(line)).toBe(false));
});
