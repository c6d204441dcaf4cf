/**
 * `text.matchAll(pattern)`, faster for patterns that open with a look-behind
 * (`(?<!\p{L})năm +\d{4}`). V8 skips ahead to a pattern's possible first
 * characters only when the pattern opens with something it consumes; a
 * look-behind in front makes it try every position. So the rest of the pattern
 * searches alone, and the look-behinds are checked where it matched: a match
 * whose look-behinds fail is retried one position later, as matchAll would.
 *
 * One difference: in a "u" pattern V8 may report an empty match inside a
 * surrogate pair ("𝔸" is two code units); this steps whole code points, so it
 * is for patterns that consume a letter, digit or word first, never nothing.
 */
export function* matchAll(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const { rest, before } = splitOf(pattern);
  if (!before || hasLongRun(text)) {
    yield* text.matchAll(pattern);
    return;
  }
  let from = 0;
  while (from <= text.length) {
    rest.lastIndex = from;
    const match = rest.exec(text);
    if (!match) return;
    before.lastIndex = match.index;
    if (before.test(text)) {
      yield match;
      from = match.index + (match[0].length || stepAt(text, match.index, pattern));
    } else {
      from = match.index + stepAt(text, match.index, pattern);
    }
  }
}

/**
 * Without its look-behind, a pattern opening with a run (`\d+`, `\d{1,3}(?:\.\d{3})+`) is
 * tried at every character of a long run of digits and reads to the run's end each time:
 * 100,000 digits in a row took a minute. The look-behind rejects those places at once, so
 * a text with such a run is searched with the whole pattern. No word or number of an
 * article is this long.
 *
 * A run here is any 48 characters without a space, tab or line break between them (more
 * than the letters, digits and separators a pattern reads), counted in one plain loop: a
 * Unicode class repeated 48 times, tested before every search, took a third of the parse.
 */
const LONG_RUN = 48;

function hasLongRun(text: string): boolean {
  // Every recognizer searches the same two strings of a document (its text and its folded
  // text) with pattern after pattern: each is measured once.
  const known = LONG_RUNS.get(text);
  if (known !== undefined) return known;
  const found = measureLongRun(text);
  if (LONG_RUNS.size >= 8) LONG_RUNS.clear();
  LONG_RUNS.set(text, found);
  return found;
}

const LONG_RUNS = new Map<string, boolean>();

function measureLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) <= 32) run = 0;
    else if (++run >= LONG_RUN) return true;
  }
  return false;
}

/** A pattern's leading look-behinds (a zero-width sticky check) and the global rest. */
interface Split {
  rest: RegExp;
  before: RegExp | null;
}

const splits = new WeakMap<RegExp, Split>();

function splitOf(pattern: RegExp): Split {
  let split = splits.get(pattern);
  if (!split) {
    const at = leadingLookbehindsEnd(pattern.source);
    split =
      at === 0 || !pattern.global
        ? { rest: pattern, before: null }
        : {
            rest: new RegExp(pattern.source.slice(at), pattern.flags),
            before: new RegExp(pattern.source.slice(0, at), `${pattern.flags.replace(/[gdy]/g, '')}y`),
          };
    splits.set(pattern, split);
  }
  return split;
}

/**
 * Where the look-behind groups that open `source` end; 0 when it opens with
 * none, or when splitting them off would change the match (a capturing group
 * inside them renumbers the rest, a quantifier after them binds to them).
 */
export function leadingLookbehindsEnd(source: string): number {
  let at = 0;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) {
    const close = closingParen(source, at);
    if (close < 0) return 0;
    at = close + 1;
  }
  return /^[*+?{]/.test(source.slice(at)) ? 0 : at;
}

/**
 * The index of the parenthesis that closes the group opening at `open`,
 * skipping escapes and classes; -1 when there is none or a capturing group
 * opens inside.
 */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (!/^\?(?::|=|!|<=|<!)/.test(source.slice(i + 1, i + 4))) return -1;
      depth++;
    } else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** One position on, as matchAll steps: a whole code point in a "u" or "v" pattern. */
function stepAt(text: string, index: number, pattern: RegExp): number {
  if (!/[uv]/.test(pattern.flags)) return 1;
  const code = text.codePointAt(index);
  return code !== undefined && code > 0xffff ? 2 : 1;
}
