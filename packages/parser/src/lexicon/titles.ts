import { readDataFile } from './data-file.js';
import { PhraseIndex } from './phrase-index.js';

interface TitleFile {
  ranks: string[];
  heads: string[];
  modifiers: string[];
}

const file = readDataFile('titles.json') as TitleFile;

/** Military and police ranks: "Đại tá", "Thiếu tướng". */
export const RANKS = new PhraseIndex<string>();
for (const rank of file.ranks) RANKS.add(rank, rank);

/** Heads of titles, with "Phó" (deputy) and "Quyền" (acting) forms: "Phó Chủ tịch", "Quyền Giám đốc". */
export const TITLE_HEADS = new PhraseIndex<string>();
for (const head of file.heads) {
  TITLE_HEADS.add(head, head);
  TITLE_HEADS.add(`Phó ${head}`, `Phó ${head}`);
  TITLE_HEADS.add(`Quyền ${head}`, `Quyền ${head}`);
  // "nguyên Bí thư Tỉnh ủy", "nguyên Phó Chủ tịch UBND tỉnh": a former holder.
  TITLE_HEADS.add(`Nguyên ${head}`, `Nguyên ${head}`);
  TITLE_HEADS.add(`Nguyên Phó ${head}`, `Nguyên Phó ${head}`);
}
