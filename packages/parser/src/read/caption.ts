import { splitSentences } from '../text/sentences.js';

/** Longest caption, in words; photo captions of news articles are one short clause. */
const MAX_WORDS = 35;

// How captions open: who or what is in the picture. "Quang cảnh hội nghị.",
// "Đại biểu tỉnh X.", "Bí thư Tỉnh ủy X phát biểu tại...", "Các đại biểu thăm...".
const OPENERS =
  /^(?:quang cảnh|toàn cảnh|đại biểu|các đại biểu|lãnh đạo|đồng chí|các đồng chí|đoàn|bí thư|phó bí thư|chủ tịch|phó chủ tịch|giám đốc|phó giám đốc|trưởng|phó trưởng|ủy viên|thứ trưởng|bộ trưởng|tổng bí thư|thủ tướng|phó thủ tướng|đại tá|thượng tá|trung tá|thiếu tướng|trung tướng|đại diện|người dân|nông dân|học sinh|công nhân|du khách|ảnh|cán bộ|bà con|lực lượng|một góc|khu công nghiệp|kcn|dự án|công trình|tiết mục|trao|tặng)(?![\p{L}\p{M}])/iu;

// What a photo shows: someone speaking, handing over, visiting, posing.
const PHOTO_VERBS =
  /(?<![\p{L}\p{M}])(?:phát biểu|trao|tặng|thăm|kiểm tra|chụp ảnh|chia sẻ|trình bày|báo cáo|tham quan|dự|chủ trì|ký kết|cắt băng|bấm nút)(?![\p{L}\p{M}])/iu;

// Narration, not a caption: past-tense markers and clause openers with a comma.
const NARRATION =
  /(?<![\p{L}\p{M}])(?:đã|cũng|sẽ|dự kiến|đồng thời|tuy nhiên|theo đó|bên cạnh đó|ngoài ra)(?![\p{L}\p{M}])/iu;
const ADVERBIAL_OPENING = /^[^,]{1,30},\s/u;
// A date ("ngày 8-12", "15/3") places an event in time: narration, not a photo.
const DATE = /\d{1,2}[-/]\d{1,2}/u;

/**
 * True when a paragraph reads as a photo caption: one short sentence (or none
 * closed), with no list punctuation, describing who or what is in the picture
 * ("Đại biểu đoàn X.", "Quang cảnh buổi làm việc.", "Chủ tịch UBND tỉnh X phát
 * biểu tại hội nghị."). The lead is never a caption; the caller knows which it is.
 */
export function isCaption(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!text || text.includes('\n')) return false;
  const words = wordCountUpTo(text, MAX_WORDS + 1);
  if (words > MAX_WORDS) return false;
  if (splitSentences(text).length !== 1) return false;
  if (/[;:]/.test(text.replace(/\(?\s*ảnh\s*:.*$/iu, ''))) return false;
  if (/(?:\.\.\.|…|\?)$/.test(text)) return false;
  if (/\(?\s*ảnh\s*:/iu.test(text)) return true;
  const opener = OPENERS.test(text);
  if (NARRATION.test(text) || DATE.test(text) || (ADVERBIAL_OPENING.test(text) && !opener)) return false;
  // A short line without a final period is more often a subheading.
  if (!opener && !text.endsWith('.')) return false;
  if (words <= 12) return true;
  return opener || PHOTO_VERBS.test(text);
}

/** Words of `text` (runs between white space), counted up to `limit`: a body paragraph stops early. */
function wordCountUpTo(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < limit; i++) {
    const space = /\s/u.test(text[i] as string);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
