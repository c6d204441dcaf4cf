import { foldKey } from '../text/fold.js';
import { ADMIN_UNITS } from './admin-units.js';

// The 2025 reform made each island district a special zone ("đặc khu"): Phú Quốc, Côn Đảo, Lý
// Sơn, Cô Tô …. Before it, the same islands were districts of the same names, so the gazetteer's
// special zones name the island units of both eras.
const ISLAND_NAMES: ReadonlySet<string> = new Set(
  ADMIN_UNITS.filter((unit) => unit.prefix === 'đặc khu').map((unit) => foldKey(unit.name)),
);

/** Whether `name` is an island district or special zone: "Phú Quốc", "Cát Hải", "Lý Sơn". */
export function isIslandUnit(name: string): boolean {
  return ISLAND_NAMES.has(foldKey(name));
}
