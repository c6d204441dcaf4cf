import type { OrganizationType } from '@dukien/core';
import { foldKey } from '../text/fold.js';
import { readDataFile } from './data-file.js';
import { PhraseIndex } from './phrase-index.js';

/** What completes an organization name after its head (see data/organizations.json). */
export type Follows = 'level' | 'place' | 'none' | 'sector' | 'parent' | 'name' | 'zone';

export interface OrganizationHead {
  head: string;
  type: OrganizationType;
  follows: Follows;
  /** The full name a brand stands for: "Agribank" is "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam". */
  fullName?: string;
}

const file = readDataFile('organizations.json') as {
  heads: OrganizationHead[];
  parents: string[];
  sectors: string[];
  studyFields: string[];
  brands: { brand: string; name: string; type: OrganizationType; follows?: Follows }[];
};

export const ORGANIZATION_HEADS = new PhraseIndex<OrganizationHead>();
for (const head of file.heads) ORGANIZATION_HEADS.add(head.head, head);
// "Agribank chi nhánh tỉnh Vĩnh Long": a brand takes a branch and its level like any state body.
// International bodies say "follows": "none".
for (const { brand, name, type, follows = 'level' } of file.brands)
  ORGANIZATION_HEADS.add(brand, { head: brand, type, follows, fullName: name });

/** Bodies a "Ban", "Văn phòng" or "Ban Thường vụ" belongs to: "Tỉnh ủy", "HĐND", "Trung ương". */
export const PARENT_BODIES = new PhraseIndex<string>();
for (const parent of file.parents) PARENT_BODIES.add(parent, parent);

/** Fields of government after "Sở", "Bộ", "Phòng": "Kế hoạch và Đầu tư", "KH&ĐT". */
export const SECTORS = new PhraseIndex<string>();
for (const sector of file.sectors) SECTORS.add(sector, sector);

/** Fields a school is named for, written a capital then a lower-case syllable: "Sư phạm", "Y Dược". */
export const STUDY_FIELDS = new PhraseIndex<string>();
for (const field of file.studyFields) STUDY_FIELDS.add(field, field);

/**
 * Two-syllable words the official names of bodies write a capital then a lower-case syllable
 * ("Môi trường", "Hàng không", "Nhân văn", "Giáo dục"), as folded "first second" keys: in a name,
 * the lower-case half belongs to the word even where it could also end the name ("không").
 */
export const NAME_WORDS_OF_BODIES: ReadonlySet<string> = (() => {
  const names = [
    ...file.heads.map((h) => h.head),
    ...file.sectors,
    ...file.studyFields,
    ...file.parents,
    ...file.brands.map((b) => b.name),
  ];
  const keys = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/u);
    for (let k = 1; k < words.length; k++) {
      const [first, second] = [words[k - 1]!, words[k]!];
      if (/^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Ll}+$/u.test(second))
        keys.add(`${foldKey(first)} ${foldKey(second)}`);
    }
  }
  return keys;
})();
