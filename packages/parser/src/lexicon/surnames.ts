import { foldKey } from '../text/fold.js';
import { readDataFile } from './data-file.js';
import { PhraseIndex } from './phrase-index.js';

interface SurnameFile {
  kinh: string[];
  compound: string[];
  minority: string[];
  givenNamePrefixes: string[];
  apostrophePrefixes: string[];
}

const file = readDataFile('surnames.json') as SurnameFile;

/** Surnames of one or more syllables, matched longest first ("Tôn Nữ" before "Tôn"). */
export const SURNAMES = new PhraseIndex<string>();
for (const name of [...file.kinh, ...file.compound, ...file.minority]) SURNAMES.add(name, name);

/**
 * The sixteen commonest Kinh surnames, folded (the list runs by frequency; these name about nine
 * Vietnamese in ten): a word among them opens a person's name far more often than a brand's.
 */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(file.kinh.slice(0, 16).map(foldKey));

/** Words that open an Ê Đê or Gia Rai name before the given name: "Y" in "Y Biêr Niê". */
export const GIVEN_NAME_PREFIXES: ReadonlySet<string> = new Set(
  file.givenNamePrefixes.map((p) => p.toLowerCase()),
);

/** Letter-and-apostrophe openings of a syllable: "H'" in "H'Hen Niê", "K'" in "K'Mai". */
export const APOSTROPHE_PREFIXES: readonly string[] = file.apostrophePrefixes.map((p) => p.toLowerCase());
