// "thác Bản Giốc", "Quần thể danh thắng Tràng An", "Khu đền tháp Mỹ Sơn", "Khu du lịch quốc gia Tam
// Chúc": a tourist site's kind, then
// its capitalized name, which the gazetteer does not know (no unit bears it, or one that does lies
// elsewhere). The site is named by its name alone, as a paper names it again ("Bản Giốc đón …"); a
// bay keeps its kind, which is part of its name ("Vịnh Hạ Long"). (A relic site, "khu di tích Côn
// Sơn", is counted with the town it lies in.)
const KIND = String.raw`(?:[Kk]hu\s+du\s+lịch(?:\s+sinh\s+thái|\s+quốc\s+gia)?|[Qq]uần\s+thể\s+(?:di\s+tích|danh\s+thắng)|(?:[Kk]hu\s+)?[Dd]anh\s+thắng|[Kk]hu\s+đền\s+tháp|[Kk]hu\s+chùa|[Tt]hác|([Vv])ịnh)`;
const NAME = String.raw`(\p{Lu}[\p{L}\p{M}]*(?:(?:\s+|\s+-\s+)\p{Lu}[\p{L}\p{M}]*){0,4})`;
const SITE = new RegExp(String.raw`(?:^|(?<=[^\p{L}]))${KIND}\s+${NAME}`, 'gu');
// ("Riêng phường Tây Hoa Lư, nơi có Quần thể danh thắng Tràng An, …": a site that only says where
// the place is.)
const WHERE_IT_IS = /nơi\s+có\s+$/u;

export interface SiteName {
  name: string;
  /** Where the site's mention, its kind included, starts and ends in the text. */
  start: number;
  end: number;
}

/** The tourist sites a text names by their kind and name, in order: read once per document. */
export function sitesIn(text: string): SiteName[] {
  const out: SiteName[] = [];
  for (const m of text.matchAll(SITE)) {
    if (WHERE_IT_IS.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const name = m[1] ? `Vịnh ${m[2]!}` : m[2]!;
    out.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The last of `sites` (in text order) named within [from, to). */
export function lastSiteIn(sites: readonly SiteName[], from: number, to: number): SiteName | undefined {
  return sites.findLast((site) => site.start >= from && site.end <= to);
}

/**
 * "Phú Yên 10 tháng: Gành Đá Đĩa đón …" beside "danh thắng Gành Đá Đĩa" in the body: a site the
 * article named with its kind, named again by its name alone in text[from, to); the last such.
 */
export function siteNamedAgainIn(
  text: string,
  names: ReadonlySet<string>,
  from: number,
  to: number,
): SiteName | undefined {
  let last: SiteName | undefined;
  for (const name of names) {
    const at = text.lastIndexOf(name, to - name.length);
    if (
      at < from ||
      /[\p{L}\p{M}]/u.test(text[at - 1] ?? '') ||
      /[\p{L}\p{M}]/u.test(text[at + name.length] ?? '')
    )
      continue;
    if (!last || at > last.start) last = { name, start: at, end: at + name.length };
  }
  return last;
}
