import { ADMIN_UNITS, type AdminUnit, type Era, provinceOf, registrySpellings } from './admin-units.js';
import { PhraseIndex } from './phrase-index.js';

type LocalType = Extract<AdminUnit['type'], 'district' | 'commune'>;

// One small index per province, era and set of types, made the first time an article asks.
const INDEXES = new Map<string, PhraseIndex<AdminUnit>>();

/** The districts (and communes, when asked) of one province in one era, by name. */
export function provinceUnits(
  province: string,
  era: Era,
  types: readonly LocalType[],
): PhraseIndex<AdminUnit> {
  const key = `${era}:${province}:${types.join(',')}`;
  let index = INDEXES.get(key);
  if (!index) {
    index = new PhraseIndex<AdminUnit>();
    for (const u of ADMIN_UNITS) {
      const wanted = (types as readonly string[]).includes(u.type);
      if (!wanted || u.era !== era || provinceOf(u) !== province) continue;
      index.add(u.name, u);
      for (const spelling of registrySpellings(u)) index.add(spelling, u);
    }
    INDEXES.set(key, index);
  }
  return index;
}
