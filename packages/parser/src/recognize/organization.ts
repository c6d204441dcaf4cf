import { ADMIN_NAMES, PROVINCE_NAMES } from '../lexicon/admin-units.js';
import { SECTORS } from '../lexicon/organization-heads.js';
import { CITY_ALIASES, NAMED_PLACES } from '../lexicon/places.js';
import { SENTENCE_WORDS } from '../lexicon/sentence-words.js';
import { foldKey } from '../text/fold.js';
import { type DraftOf, evidence, type RecognizeContext } from './context.js';
import { typeWordAt } from './location/admin-place.js';
import { ROAD_FIRST_WORDS } from './location/road.js';
import { opensSentence } from './location/stands-alone.js';
import { zoneWordsAt } from './location/zone.js';
import { airportsAsBodies } from './organization/airport.js';
import { bareCooperatives, directorsAfterBareHead } from './organization/bare-cooperative.js';
import { bracketedRun, bracketedShortForm, capitalsIn } from './organization/bracketed.js';
import { brandConsortiums } from './organization/brand-consortium.js';
import { brandStart } from './organization/brand-word.js';
import { carriers } from './organization/carrier.js';
import { levelAfter, levelPastAbbreviation, pastLegalForms } from './organization/complement.js';
import { expandedName } from './organization/expand.js';
import { isCooperative } from './organization/firm.js';
import { headAt } from './organization/head.js';
import { type OrganizationMatch, organizationAt } from './organization/match.js';
import { typeByName } from './organization/type-by-name.js';
import { paragraphWords, type Word } from './tokens/tokenize.js';

/** Initials joined by dots, the last dot aside: "B.V" of "B.V.". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

type Draft = DraftOf<'organization'>;

/**
 * Every named body of the document: party committees and their boards
 * ("Tỉnh ủy Bình Phước", "Ban Tổ chức Tỉnh ủy"), state bodies ("UBND tỉnh Hà
 * Tĩnh", "Sở Kế hoạch và Đầu tư"), the front, the armed forces, delegations,
 * companies ("Công ty TNHH Sao Mai"). `name` is the span with its
 * abbreviations expanded and nothing added: "UBND tỉnh" is "Ủy ban nhân dân
 * tỉnh", whichever province the article means (that is for the reader, and the
 * location facts). `shortName` keeps the text when it differs. Generic
 * mentions ("các sở, ngành") are none.
 *
 * `_locations` is no longer read (bodies are not filed under a province in
 * context); it stays so callers that pass the location facts keep compiling.
 */
export function recognizeOrganizations(
  ctx: RecognizeContext,
  _locations?: readonly DraftOf<'location'>[],
): Draft[] {
  const drafts: Draft[] = [];
  // Short names defined in brackets, by their words: "Cienco 8" → the body it stands for.
  const defined = new Map<string, Draft>();
  // Brands read from a name less the province or country that closes it.
  const shortenedBrands = new Set<string>();
  // Short names defined inside a name before its level ("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh").
  const scopedShortNames = new Map<string, ScopedShortName>();
  for (const words of paragraphWords(ctx)) {
    let at = 0;
    while (at < words.length) {
      // "Tờ trình số 86/TTr-UBND": a word glued to the one before it is a document's number.
      if (/^[-/]$/.test(words[at]!.gap) && at > 0) {
        at++;
        continue;
      }
      const match = organizationAt(words, at);
      if (!match) {
        at++;
        continue;
      }
      // "Bệnh viện dã chiến số 1", "Trường Tiểu học số 2": a body numbered among its kind.
      // "Tổng công ty Đầu tư phát triển nhà và đô thị (HUD)": a name in sentence case runs on, in
      // lower case, to the short name its bracket defines.
      // "Bảo hiểm xã hội (BHXH) tỉnh Hậu Giang", "Ủy ban nhân dân (UBND) tỉnh Bình Phước": the
      // short name defined inside the name, its level after the bracket.
      const scoped = match.type === 'company' ? null : levelPastAbbreviation(words, match.to);
      if (scoped) {
        const span = evidence(ctx.text, words[match.from]!.start, words[scoped.to - 1]!.end);
        const level = expandedName(ctx.text, words, scoped.from, scoped.to);
        // The level keeps the case it is written in ("tỉnh Hậu Giang"); a name's first word takes a capital.
        const written = words[scoped.from]!.upper ? level : level[0]!.toLowerCase() + level.slice(1);
        const base = brandedName(ctx.text, match, match.from, match.to);
        const name = `${base} ${written}`;
        drafts.push({ kind: 'organization', evidence: span, name, shortName: span.text, type: match.type });
        // "… CDC tỉnh phối hợp …": the short name, later with its level, is the body again.
        const short = ctx.text.slice(words[match.to]!.start, words[scoped.from - 1]!.end);
        if (!scopedShortNames.has(short)) scopedShortNames.set(short, { base, type: match.type });
        at = scoped.to;
        continue;
      }
      const named =
        numberAfter(words, match.to) ??
        (match.type === 'company' ? lowerCaseNameToAbbreviation(words, match.to) : null) ??
        extensionAfter(words, match) ??
        match.to;
      // "Ban Chỉ đạo 389 tỉnh", "Ban Chỉ đạo 138 tỉnh": a body numbered by the decree that set it
      // up, then its level.
      const to =
        match.type !== 'company' && /^\d{1,3}$/.test(words[named - 1]?.text ?? '')
          ? Math.max(named, levelAfter(words, named).to)
          : named;
      // "Chi nhánh Ngân hàng Chính sách xã hội tỉnh": the branch of a body.
      const from =
        isBranchBefore(words, match.from) || isStandingBodyBefore(words, match.from)
          ? match.from - 2
          : match.from;
      // "Tập đoàn Nutland B.V.", "Samsung Co., Ltd.": a legal form in dotted initials keeps its last dot.
      const last = words[to - 1]!;
      const end = DOTTED_INITIALS.test(last.text) && ctx.text[last.end] === '.' ? last.end + 1 : last.end;
      const span = evidence(ctx.text, words[from]!.start, end);
      const name = `${brandedName(ctx.text, match, from, to)}${end > last.end ? '.' : ''}`;
      const body: Draft = {
        kind: 'organization',
        evidence: span,
        name,
        shortName: name === span.text ? null : span.text,
        type: match.type,
      };
      drafts.push(body);
      const consortium = consortiumBefore(ctx, match.words, from, to);
      if (consortium) drafts.push(consortium);
      // The sender of a delegation is a body of its own: read on from it.
      at = match.inner ?? to;
      // "Tập đoàn Điện lực Việt Nam (EVN)": the abbreviation defined in brackets is the body again.
      // "… - CTCP (ACV)": a short name the text defines wins over the brand it also is.
      // ("đoàn chuyên gia của Bộ Nông nghiệp Nhật Bản (MAFF)": the bracket after a delegation's
      // sender is the sender's, read with it.)
      const sent = match.inner !== undefined;
      const short = sent ? null : definedAbbreviation(match.words, to);
      const form = short || sent ? null : bracketedShortForm(match.words, to);
      const inBrackets = short ? organizationAt(match.words, to) : null;
      // "Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT)": the short form of the field alone is
      // no body; "Sở NN&PTNT" names it later, and is read then.
      const fieldOnly =
        short !== null && match.head.follows === 'sector' && SECTORS.longestAt(short.words, 0) !== null;
      if (short && !fieldOnly && (!inBrackets || inBrackets.head.fullName !== undefined)) {
        const span = evidence(ctx.text, short.start, short.end);
        const draft: Draft = {
          kind: 'organization',
          evidence: span,
          name,
          shortName: span.text,
          type: match.type,
        };
        drafts.push(draft);
        defined.set(span.text, draft);
        at = Math.max(at, to + short.words.length);
      } else if (form && !coversBracket(match.words, to, form)) {
        // "(Ban QLDA giao thông)": a short form the text defines, named as written, abbreviations
        // expanded; later mentions of it word for word are that body again.
        const last = form.at(-1)!;
        const span = evidence(ctx.text, form[0]!.start, last.end);
        const name = expandedName(ctx.text, match.words, to, to + form.length);
        const head = organizationHeadType(match.words, to) ?? match.type;
        const draft: Draft = {
          kind: 'organization',
          evidence: span,
          name,
          shortName: name === span.text ? null : span.text,
          type: head,
        };
        drafts.push(draft);
        if (!defined.has(span.text)) defined.set(span.text, draft);
        at = Math.max(at, to + form.length);
      }
      if (match.type === 'company') {
        // "Tập đoàn Foxconn … Foxconn": a foreign brand closing a company's name names it again,
        // with a bracketed short name or without; "Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà
        // Tĩnh … Formosa Hà Tĩnh … Formosa": so does one before the province that closes it.
        // "Công ty TNHH Daeyang Electronics Việt Nam … Daeyang Electronics", "Công ty Honda Việt
        // Nam … Honda": so does one before the country.
        const province = closingProvinceStart(match.words, to);
        const closing = province < to ? province : closingCountryStart(match.words, to);
        for (const end of closing < to ? [to, closing] : [to]) {
          // ("Công ty TNHH Daeyang Electronics": the legal form in capitals is no part of the brand.)
          const brand = brandStart(match.words, pastLegalForms(match.words, match.headTo), closing);
          // A name the gazetteer has ("Đắk Lắk", "Ea Knuếc") is a place, whatever its letters.
          // ("Công ty Dầu khí Quốc tế Kuwait … Kuwait": nor is a country's.)
          const place =
            brand !== null &&
            (ADMIN_NAMES.longestAt(match.words, brand, (m) => m.length >= end - brand) ||
              NAMED_PLACES.longestAt(match.words, brand, (m) => m.length >= end - brand));
          if (brand === null || place || placeWordBefore(match.words, brand)) continue;
          const key = ctx.text.slice(words[brand]!.start, words[end - 1]!.end);
          // ("Công ty TNHH Luxshare-ICT Nghệ An, thành viên của Tập đoàn Luxshare-ICT": the brand
          // bare is the group it wholly names, over the member that adds its place.)
          if (!defined.has(key) || (end === to && shortenedBrands.has(key))) {
            defined.set(key, body);
            if (end < to) shortenedBrands.add(key);
            else shortenedBrands.delete(key);
          }
        }
      }
    }
  }
  if (scopedShortNames.size > 0) drafts.push(...scopedMentions(ctx, scopedShortNames, drafts));
  if (defined.size > 0) drafts.push(...laterMentions(ctx, defined, drafts));
  // "ACV" read as a brand after the text defined it: the body the text named.
  for (const [i, draft] of drafts.entries()) {
    const named = defined.get(draft.evidence.text);
    if (named && named !== draft && draft.name !== named.name)
      drafts[i] = { ...draft, name: named.name, shortName: draft.evidence.text, type: named.type };
  }
  // "Công ty TNHH Linh kiện điện tử Tân Hưng Việt Nam … Công ty Tân Hưng": the head of a
  // company's name before its brand, or before the brand less "Việt Nam", names it again.
  for (const [i, draft] of drafts.entries()) {
    if (draft.type !== 'company' || draft.shortName !== null) continue;
    const named = companyByHeadAndBrand(draft, drafts);
    if (named) drafts[i] = { ...draft, name: named.name, shortName: draft.evidence.text };
  }
  // A cooperative reads like a company, but the law sets it apart: its type is "other".
  for (const draft of drafts) if (draft.type === 'company' && isCooperative(draft.name)) draft.type = 'other';
  for (const draft of drafts) draft.type = typeByName(draft.name) ?? draft.type;
  drafts.push(...bareCooperatives(ctx, drafts), ...brandConsortiums(ctx, drafts));
  drafts.push(...carriers(ctx, drafts), ...airportsAsBodies(ctx, drafts));
  return directorsAfterBareHead(ctx, drafts).sort((a, b) => a.evidence.start - b.evidence.start);
}

const COMPANY_HEAD = /^(?:Công ty|Tập đoàn|Tổng công ty)\s+(?=\p{Lu})/u;
const VIETNAM_TAIL = ['', ' Việt Nam', ' VN', ' Vina'];

/**
 * The company named earlier in full whose name a mention of its head and its last words ("Công
 * ty Tân Hưng", "Công ty Cao su Quảng Trị") shortens: the same head, a legal form or a field
 * between.
 */
function companyByHeadAndBrand(mention: Draft, drafts: readonly Draft[]): Draft | undefined {
  const written = mention.evidence.text;
  const head = COMPANY_HEAD.exec(written);
  if (!head) return undefined;
  const headWord = head[0].trimEnd();
  const rest = written.slice(head[0].length);
  return drafts.find(
    (d) =>
      d.type === 'company' &&
      d.evidence.start < mention.evidence.start &&
      d.name !== mention.name &&
      d.name.startsWith(`${headWord} `) &&
      VIETNAM_TAIL.some((tail) => d.name.endsWith(` ${rest}${tail}`)),
  );
}

const PLANT = foldKey('nhà máy');
const EXTENDED = [foldKey('mở'), foldKey('rộng')];
// What may follow "… mở rộng" when it names the plant's extension, not what the plant does
// ("Nhà máy X mở rộng sản xuất" widens its output).
const AFTER_EXTENSION = new Set(
  [
    'có',
    'được',
    'đã',
    'sẽ',
    'đang',
    'với',
    'do',
    'công suất',
    'gồm',
    'đạt',
    'tại',
    'thuộc',
    'khởi công',
    'vận hành',
    'là',
    'và',
    // "Nhà máy Thủy điện Hòa Bình mở rộng của Tập đoàn …", "… mở rộng ở phường Thịnh Lang", "… mở
    // rộng sau hơn 2 năm khởi công": whose it is, where it lies, since when.
    'của',
    'ở',
    'sau',
  ].map(foldKey),
);

/** "Nhà máy Thủy điện Hòa Bình mở rộng": the extension a plant's name closes with, or null. */
function extensionAfter(words: readonly Word[], match: OrganizationMatch): number | null {
  const head = words
    .slice(match.from, match.headTo)
    .map((w) => w.key)
    .join(' ');
  const [mo, rong, next] = [words[match.to], words[match.to + 1], words[match.to + 2]];
  if (head !== PLANT || match.to === match.headTo) return null;
  if (mo === undefined || rong === undefined) return null;
  if (mo.key !== EXTENDED[0] || mo.gap !== ' ' || rong.key !== EXTENDED[1] || rong.gap !== ' ') return null;
  const ends =
    next === undefined ||
    next.gap.trim() !== '' ||
    AFTER_EXTENSION.has(next.key) ||
    AFTER_EXTENSION.has(`${next.key} ${words[match.to + 3]?.key ?? ''}`);
  return ends ? match.to + 2 : null;
}

/** The name of words[from, to), a brand at its head put in full ("Agribank chi nhánh …"). */
function brandedName(text: string, match: OrganizationMatch, from: number, to: number): string {
  const name = expandedName(text, match.words, from, to);
  const full = match.head.fullName;
  if (full === undefined || from !== match.from) return name;
  return full + name.slice(expandedName(text, match.words, from, match.headTo).length);
}

/** Where a province name closing words[..to) starts ("… Formosa Hà Tĩnh"), or `to` if none does. */
function closingProvinceStart(words: readonly Word[], to: number): number {
  for (const from of [to - 2, to - 1]) {
    if (PROVINCE_NAMES.longestAt(words, from, (m) => from + m.length === to)) return from;
  }
  return to;
}

const [VIET, NAM] = ['việt', 'nam'].map(foldKey);

/** Where "Việt Nam", "VN" or "Vina" closing words[.., to) starts; `to` when none closes them. */
function closingCountryStart(words: readonly Word[], to: number): number {
  const last = words[to - 1];
  if (last?.upper && last.key === NAM && words[to - 2]?.key === VIET && last.gap === ' ') return to - 2;
  if (last?.text === 'VN' || last?.text === 'Vina') return to - 1;
  return to;
}

/** A capitalized word right before words[at] that with it names a place: "Ea" of "Ea Knuếc". */
function placeWordBefore(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  return before?.upper === true && ADMIN_NAMES.longestAt(words, at - 1, (m) => m.length >= 2) !== null;
}

const CONSORTIUM = foldKey('liên danh');

/**
 * "Liên danh Tập đoàn A - Công ty Cổ phần B": a consortium named by its members, joined by
 * dashes, is a body of its own beside each member. Read at its first member, words[from, to);
 * null when no "Liên danh" (capitalized: "liên danh nhà thầu" is any consortium) opens right
 * before it or no second member follows.
 */
function consortiumBefore(
  ctx: RecognizeContext,
  words: readonly Word[],
  from: number,
  to: number,
): Draft | null {
  // ("do liên danh Công ty A - Công ty B thi công": in lower case too, its members being named.)
  const head = words[from - 2];
  if (!head || `${head.key} ${words[from - 1]?.key}` !== CONSORTIUM) return null;
  if (words[from - 1]?.gap !== ' ' || words[from]?.gap !== ' ') return null;
  let end = to;
  while (/^ ?[-–] ?$/.test(words[end]?.gap ?? '')) {
    const member = organizationAt(words, end);
    if (!member) break;
    end = member.to;
  }
  if (end === to) return null;
  const span = evidence(ctx.text, head.start, words[end - 1]!.end);
  const written = expandedName(ctx.text, words, from - 2, end);
  const name = written.charAt(0).toUpperCase() + written.slice(1);
  return {
    kind: 'organization',
    evidence: span,
    name,
    shortName: name === span.text ? null : span.text,
    type: 'company',
  };
}

/**
 * "… Tổng công ty Xây dựng công trình giao thông 8 (Cienco 8) … Cienco 8 cam kết …": once
 * a short name is defined, each later mention of it, word for word, is that body again.
 */
interface ScopedShortName {
  /** The name before the bracket: "Trung tâm Kiểm soát bệnh tật". */
  base: string;
  type: Draft['type'];
}

/**
 * Later mentions of a short name defined inside a name before its level: "CDC tỉnh" after
 * "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh" is the centre of the level it names.
 */
function scopedMentions(
  ctx: RecognizeContext,
  scoped: ReadonlyMap<string, ScopedShortName>,
  found: readonly Draft[],
): Draft[] {
  const covered = (start: number, end: number) =>
    found.some((d) => d.evidence.start < end && start < d.evidence.end);
  const out: Draft[] = [];
  for (const words of paragraphWords(ctx)) {
    for (let at = 0; at < words.length; at++) {
      const word = words[at]!;
      const body = scoped.get(word.text);
      if (!body || word.gap.includes('(') || covered(word.start, word.end)) continue;
      // (A bare one may name the scheme, not the body: "BHXH bắt buộc", compulsory social insurance.)
      const after = words[at + 1];
      const level = levelAfter(words, at + 1);
      if (level.to === at + 1) continue;
      const span = evidence(ctx.text, word.start, words[level.to - 1]!.end);
      const levelName = expandedName(ctx.text, words, at + 1, level.to);
      // The level keeps the case it is written in ("tỉnh"), as in the name that defined it.
      const written = after?.upper ? levelName : levelName.charAt(0).toLowerCase() + levelName.slice(1);
      out.push({
        kind: 'organization',
        evidence: span,
        name: `${body.base} ${written}`,
        shortName: span.text,
        type: body.type,
      });
      at = level.to - 1;
    }
  }
  return out;
}

function laterMentions(
  ctx: RecognizeContext,
  defined: ReadonlyMap<string, Draft>,
  found: readonly Draft[],
): Draft[] {
  const names = [...defined].map(([key, draft]) => ({ key, draft, length: key.split(/[ -]/).length }));
  const firstWords = new Set([...defined.keys()].map((k) => k.split(/[ -]/)[0]));
  const covered = (start: number, end: number) =>
    found.some((d) => d.evidence.start < end && start < d.evidence.end);
  const out: Draft[] = [];
  for (const words of paragraphWords(ctx)) {
    for (let at = 0; at < words.length; at++) {
      if (!firstWords.has(words[at]?.text ?? '')) continue;
      for (const { key, draft, length } of names) {
        const run = words.slice(at, at + length);
        if (run.length !== length) continue;
        if (ctx.text.slice(run[0]!.start, run[length - 1]!.end) !== key) continue;
        // Not part of a longer name: "Cienco 8" in "Cienco 8 Group" is another.
        const after = words[at + length];
        if (after?.gap === ' ' && after.upper) continue;
        // Nor its end: "Knuếc" of "xã Ea Knuếc" ("Tại Cienco 8": a capital opening the sentence).
        const before = words[at - 1];
        if (before?.upper && words[at]?.gap === ' ' && !opensSentence(words, at - 1)) continue;
        const [first, last] = [run[0] as Word, run[length - 1] as Word];
        if (covered(first.start, last.end)) continue;
        const span = evidence(ctx.text, first.start, last.end);
        out.push({ ...draft, evidence: span, shortName: span.text });
      }
    }
  }
  return out;
}

/**
 * A short name in brackets right after a name: "(EVN)", "(JICA)", "(KoCham)", "(TVP Group)",
 * "(Agribank)", "(Cienco 8)": one to three words, capitalized or a number, the first with two
 * capitals or more, or else no place ("(Singapore)", "(Huế)" say where the body is from).
 */
const LOWER_NAME_STOPS = new Set(SENTENCE_WORDS.filter((w) => w !== 'và').map(foldKey));

/** Where lower-case words after a company's name end at a bracketed abbreviation, or null. */
function lowerCaseNameToAbbreviation(words: readonly Word[], to: number): number | null {
  for (let k = to; k < to + 8; k++) {
    const word = words[k];
    if (!word) return null;
    if (k > to && word.gap === ' (') {
      const run = definedAbbreviation(words, k);
      return run?.words.every((w) => w.caps) ? k : null;
    }
    if (word.gap !== ' ' || word.upper || /\d/.test(word.text) || LOWER_NAME_STOPS.has(word.key)) return null;
  }
  return null;
}

function definedAbbreviation(
  words: readonly Word[],
  at: number,
): { start: number; end: number; words: Word[] } | null {
  const run = bracketedRun(words, at);
  if (!run || isPlaceAt(words, at)) return null;
  // One capital is a name only when the bracket holds a single word or a word and a number
  // ("(Agribank)", "(Cienco 8)"); "(Becamex IDC)" has more.
  if (capitalsIn(run) < 2 && !(run.length === 1 || (run.length === 2 && /^\d+$/.test(run[1]?.text ?? ''))))
    return null;
  return { start: run[0]!.start, end: run.at(-1)!.end, words: run };
}

// A place, or a place's type word, opens a bracket that says where a body is:
// "(Singapore)", "(KCN Tràng Duệ)", "(TP Thủ Đức)", "(QL 1A)".
const isPlaceAt = (words: readonly Word[], at: number): boolean =>
  zoneWordsAt(words, at) > 0 ||
  typeWordAt(words, at) !== null ||
  ROAD_FIRST_WORDS.has(words[at]?.key ?? '') ||
  NAMED_PLACES.longestAt(words, at) !== null ||
  CITY_ALIASES.longestAt(words, at) !== null ||
  ADMIN_NAMES.longestAt(words, at) !== null;

/** A body read at words[at] that takes in the whole bracket: it is found as any other. */
function coversBracket(words: readonly Word[], at: number, form: readonly Word[]): boolean {
  const inside = organizationAt(words, at);
  return inside !== null && inside.to >= at + form.length;
}

/** The type of the body whose head opens at words[at]. */
function organizationHeadType(words: readonly Word[], at: number): Draft['type'] | undefined {
  return headAt(words, at)?.head.type;
}

/** Where "số 1" after a body's name ends, or null when none follows. */
function numberAfter(words: readonly Word[], at: number): number | null {
  const [so, number] = [words[at], words[at + 1]];
  return so?.key === 'số' && so.gap === ' ' && number?.gap === ' ' && /^\d{1,3}$/.test(number.text)
    ? at + 2
    : null;
}

// The last syllables of the titles "Thường trực" follows as part of a title: "Phó Chủ tịch Thường
// trực", "Phó Bí thư Thường trực", "Phó Chủ nhiệm Thường trực", "Phó Trưởng ban Thường trực".
const TITLE_ENDS = new Set(['tịch', 'thư', 'trưởng', 'đốc', 'nhiệm'].map(foldKey));
const BOARD = foldKey('ban');
const TITLE_ENDS_OF_BOARD = foldKey('trưởng');

const SECRETARIAT = foldKey('ban bí thư');

/** "Thường trực HĐND tỉnh": the standing board of a body, not a title's "Thường trực". */
function isStandingBodyBefore(words: readonly Word[], at: number): boolean {
  const [thuong, truc, before] = [words[at - 2], words[at - 1], words[at - 3]];
  if (thuong?.text !== 'Thường' || truc?.key !== 'trực' || truc.gap !== ' ' || words[at]?.gap !== ' ')
    return false;
  // "Thường trực Ban Bí thư" is a post (the Secretariat's standing member), not a board.
  if (`${words[at]?.key} ${words[at + 1]?.key} ${words[at + 2]?.key}` === SECRETARIAT) return false;
  const titled =
    before !== undefined &&
    (TITLE_ENDS.has(before.key) || (before.key === BOARD && words[at - 4]?.key === TITLE_ENDS_OF_BOARD));
  return !(titled && thuong.gap === ' ');
}

/** "Chi nhánh" (capitalized) right before a body's head. */
function isBranchBefore(words: readonly Word[], at: number): boolean {
  const [chi, nhanh] = [words[at - 2], words[at - 1]];
  return chi?.text === 'Chi' && nhanh?.key === 'nhánh' && nhanh.gap === ' ' && words[at]?.gap === ' ';
}
