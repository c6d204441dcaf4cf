import { foldKey } from '../../text/fold.js';
import { isNameGap, type Word } from '../tokens/tokenize.js';
import { isNameWord } from './admin-place.js';

export interface PlateauMatch {
  from: number;
  to: number;
  /** As written, with a capital first letter: "Cao nguyên đá Đồng Văn". */
  name: string;
}

const [CAO, NGUYEN, DA] = ['cao', 'nguyên', 'đá'].map(foldKey);
/** Words of a plateau's proper name at most: "Lâm Viên", "Đồng Văn", "Mơ Nông". */
const MAX_NAME_WORDS = 3;

/**
 * A plateau named by the place it lies in: "Cao nguyên đá Đồng Văn", "cao nguyên Mộc Châu",
 * "cao nguyên Lâm Viên". It is a region of its own, and the district or town its name holds is
 * part of that name, not a place of the sentence. "vùng cao nguyên" with no name is none.
 */
export function plateauAt(text: string, words: readonly Word[], at: number): PlateauMatch | null {
  const nguyen = words[at + 1];
  if (words[at]?.key !== CAO || nguyen === undefined || nguyen.key !== NGUYEN || nguyen.gap !== ' ')
    return null;
  // "Cao Nguyên Xanh", both words capitalized, is a brand.
  if (nguyen.upper) return null;
  let nameFrom = at + 2;
  if (words[nameFrom]?.key === DA && words[nameFrom]?.gap === ' ') nameFrom++;
  let to = nameFrom;
  while (to < nameFrom + MAX_NAME_WORDS) {
    const word = words[to];
    if (!word || !isNameWord(word) || /^\d/.test(word.text)) break;
    if (to === nameFrom ? word.gap !== ' ' : !isNameGap(word.gap)) break;
    to++;
  }
  if (to === nameFrom) return null;
  const written = text.slice(words[at]!.start, words[to - 1]!.end);
  return { from: at, to, name: written.charAt(0).toUpperCase() + written.slice(1) };
}
