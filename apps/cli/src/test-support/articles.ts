import { compareFacts, type Dataset } from '@dukien/core';
import { parseDocument } from '@dukien/parser';
import { DATASET_HEAD } from '../pipeline/generator.js';

/** Two short articles written for these tests, with quotes and commas that CSV must quote. */
export const ARTICLES: Record<string, string> = {
  'a/first.txt':
    ' date 2024-03 Tỉnh Quảng Trị tổng kết năm 2023\n\nNăm 2023, tổng sản phẩm trên địa bàn tỉnh tăng 7,2%, thu ngân sách đạt 3.500 tỷ đồng.\n\nÔng Nguyễn Văn An, Chủ tịch UBND tỉnh, nói: "Kết quả, dù khó khăn, là đáng ghi nhận".\n\nMinh Hà\n',
  'b.txt':
    ' date 2022-11 Huyện mở rộng 120 ha trồng rừng\n\nTrong 10 tháng đầu năm 2022, huyện trồng mới hơn 120 ha rừng, đạt 85% kế hoạch.\n\nThu Trang\n',
};

/** The dataset dukien extract would write for ARTICLES. */
export function articlesDataset(): Dataset {
  const parsed = Object.entries(ARTICLES)
    .map(([source, text]) => parseDocument(text, { source }))
    .filter((p) => p.document !== null);
  const documents = parsed.map((p) => p.document!).sort((a, b) => (a.id < b.id ? -1 : 1));
  const facts = parsed.flatMap((p) => p.facts).sort(compareFacts);
  return { ...DATASET_HEAD, documents, facts };
}
