import { foldKey } from '../text/fold.js';

/**
 * Type words of villages and hamlets, below the communes the gazetteer has ("thôn Kon Klor",
 * "ấp Long Hiệp", "buôn Ea Kmar", "khóm 3"), in the languages of the regions that use them.
 */
export const VILLAGE_WORDS: ReadonlySet<string> = new Set(
  ['thôn', 'buôn', 'bản', 'làng', 'xóm', 'ấp', 'khóm', 'plei', 'bon', 'sóc'].map(foldKey),
);
