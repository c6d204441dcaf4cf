import { abbreviationOf, expansionOf } from '../../lexicon/abbreviations.js';
import { foldKey } from '../../text/fold.js';
import { ZONE_ABBREVIATIONS } from '../location/zone.js';
import type { Word } from '../tokens/tokenize.js';
import { modernTone } from './modern-tone.js';

/**
 * The name of words[from, to): the text as written with each abbreviation
 * expanded through the glossary ("UBND tỉnh" → "Ủy ban nhân dân tỉnh", "Bộ
 * CHQS tỉnh" → "Bộ Chỉ huy Quân sự tỉnh", a misspelled "UBDN" too), gaps kept
 * as written, the modern tone placement ("Uỷ ban" → "Ủy ban") and a capital
 * first letter ("ban Tổ chức Tỉnh ủy" → "Ban Tổ chức Tỉnh ủy"). Nothing is
 * added: "UBND tỉnh" stays without its province, "MTTQ" without "Việt Nam". An expansion
 * before a proper name opens it with a capital ("BQL KKTM Chu Lai" → "Ban Quản lý Khu kinh
 * tế mở Chu Lai").
 */
export function expandedName(text: string, words: readonly Word[], from: number, to: number): string {
  let out = '';
  let expanded = false;
  for (let k = from; k < to; k++) {
    const word = words[k]!;
    const gap = k > from ? text.slice(words[k - 1]!.end, word.start) : '';
    // "Sở Tư pháp TP. Hồ Chí Minh": the dot marks the abbreviation and goes with it.
    out += expanded && /^\. +$/.test(gap) ? gap.slice(1) : gap;
    // "Sở VH,TT&DL": abbreviations glued by a comma are written apart once expanded.
    if (expanded && gap === ',') out += ' ';
    // "Tp. Đà Nẵng": the city's abbreviation in lower case after its capital is one too.
    const key = word.caps || word.text === 'Tp' ? abbreviationOf(word.text) : undefined;
    // "BCH Phòng thủ dân sự", "BCH Quân sự": a command board, no executive committee.
    const expansion =
      key === BCH && COMMANDS.has(words[k + 1]?.key ?? '') ? COMMAND_BOARD : key && expansionOf(key);
    // "KKTM Chu Lai", "KCN Sông Hậu": a zone's type word opens its proper name and takes a
    // capital, as "Khu kinh tế mở Chu Lai" is written in full; "các KCN tỉnh" stays generic.
    // So does the zone a board is named for: "Ban Quản lý KKT" is "Ban Quản lý Khu kinh tế"
    // (but "Ban Quản lý các khu công nghiệp tỉnh": the zones of a level, in the plural).
    // "các KCN Vĩnh Phúc" is still the zones of a province, in the plural.
    const plural = PLURAL.has(words[k - 1]?.key ?? '');
    const opensName =
      expansion !== undefined &&
      ZONE_ABBREVIATIONS.has(word.key) &&
      !plural &&
      ((words[k + 1]?.upper === true && !words[k + 1]?.caps) || runByBoard(words, k));
    // "Ban ATGT tỉnh", "Chi cục ATTP": a field right after the body's head word is its name and
    // opens with a capital, as "Ban An toàn giao thông" is written in full.
    const namesField = expansion !== undefined && FIELD_HEADS.has(words[k - 1]?.key ?? '') && k > from;
    out += expansion === undefined ? word.text : opensName || namesField ? capitalized(expansion) : expansion;
    expanded = expansion !== undefined;
  }
  return capitalized(modernTone(out));
}

const PLURAL = new Set(['các', 'những'].map(foldKey));
const BCH = foldKey('BCH');
const COMMAND_BOARD = 'Ban Chỉ huy';
// The first words of what a command board commands: "Phòng thủ", "Quân sự", "PCTT".
const COMMANDS = new Set(['phòng', 'quân', 'pctt', 'pctt&tkcn', 'pctt-tkcn'].map(foldKey));
const FIELD_HEADS = new Set(['ban', 'sở', 'phòng', 'cục', 'đội', 'viện', 'vụ'].map(foldKey));
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const [QUAN, LY] = ['quản', 'lý'].map(foldKey);

/** A zone abbreviation right after "Ban Quản lý" or "BQL": the zone the board is named for. */
function runByBoard(words: readonly Word[], at: number): boolean {
  const board = words[at - 1];
  if (board?.key === 'bql') return true;
  return board?.key === LY && words[at - 2]?.key === QUAN;
}
