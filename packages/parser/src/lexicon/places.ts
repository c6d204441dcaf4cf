import { readDataFile } from './data-file.js';
import { PhraseIndex } from './phrase-index.js';

export interface NamedPlace {
  name: string;
  type: 'region' | 'country' | 'city' | 'province';
  /** The form as listed: which of its words must be capitalized in the text. */
  form: string;
  /** A country name that is also a common word ("Anh", "Mỹ"): never the first word of a sentence. */
  needsContext: boolean;
}

export interface CityAlias {
  name: string;
  code: string;
  /** Counts only after "TP" or "thành phố": "HCM" in "TP. HCM". */
  afterTypeWord: boolean;
  /** The type the name carries when it is not the unit's type now. */
  type: 'province' | 'city' | null;
}

interface PlacesFile {
  regions: { name: string; forms: string[] }[];
  countries: { name: string; forms: string[]; needsContext?: boolean }[];
  foreignCities: { name: string; forms: string[] }[];
  foreignProvinces: { name: string; forms: string[] }[];
  cityAliases: {
    name: string;
    code: string;
    forms: string[];
    afterTypeWord?: boolean;
    /** A former name keeps its former type: Thừa Thiên Huế was a province until 2025. */
    type?: 'province' | 'city';
  }[];
}

const file = readDataFile('places.json') as PlacesFile;

/** Regions of Vietnam, continents, countries and territories, cities abroad, by their folded forms. */
export const NAMED_PLACES = new PhraseIndex<NamedPlace>();
for (const region of file.regions) {
  for (const form of region.forms) {
    NAMED_PLACES.add(form, { name: region.name, type: 'region', form, needsContext: false });
  }
}
for (const country of file.countries) {
  for (const form of country.forms) {
    NAMED_PLACES.add(form, {
      name: country.name,
      type: 'country',
      form,
      needsContext: country.needsContext ?? false,
    });
  }
}

// "Seoul", "Thượng Hải", "Viêng Chăn": cities abroad, named without a code.
for (const city of file.foreignCities) {
  for (const form of city.forms)
    NAMED_PLACES.add(form, { name: city.name, type: 'city', form, needsContext: false });
}

// "Quảng Tây", "Xiêng Khoảng", "Svay Rieng": provinces across the border, named without a code.
for (const province of file.foreignProvinces) {
  for (const form of province.forms)
    NAMED_PLACES.add(form, { name: province.name, type: 'province', form, needsContext: false });
}

/** Each alias's name and code: "Thừa Thiên Huế" is a name of unit 46 the gazetteer calls Huế. */
export const CITY_ALIAS_CODES: readonly { name: string; code: string }[] = file.cityAliases.map(
  ({ name, code }) => ({ name, code }),
);

/** Other names of provinces and cities: "TP.HCM", "BR-VT", "Huế". */
export const CITY_ALIASES = new PhraseIndex<CityAlias>();
for (const alias of file.cityAliases) {
  for (const form of alias.forms)
    CITY_ALIASES.add(form, {
      name: alias.name,
      code: alias.code,
      afterTypeWord: alias.afterTypeWord ?? false,
      type: alias.type ?? null,
    });
}
