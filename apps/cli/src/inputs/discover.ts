import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { formatSize } from '../options/size.js';
import { globBase, globToRegExp, hasGlobSyntax } from './glob.js';
import { compareIds, type InputItem } from './input-item.js';
import { isLink, whyNotAFile } from './not-a-file.js';

export interface DiscoverOptions {
  maxFileSize: number;
  /** Bytes of standard input, read by the caller when an argument is "-". */
  stdin?: () => Uint8Array;
}

const toPosix = (path: string) => path.replace(/\\/g, '/');
const isTxt = (path: string) => /\.txt$/i.test(path);
const idOf = (source: string) => source.replace(/\.txt$/i, '');
/** The path as a person would type it: relative to the working folder when inside it. */
const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return toPosix(rel && !rel.startsWith('..') ? rel : path);
};

/** A file found under an input folder, or an entry named like one that cannot be read, with why. */
interface Entry {
  path: string;
  notAFile?: string;
}

/**
 * The entries under `dir`, recursively, whose path `wanted` accepts: regular files, links to
 * them, and what is named like an article but cannot be read (a FIFO, a link to nothing, a
 * symlink loop), with the reason, so that nothing named like an article is passed over silently.
 * Hidden entries are left out and links to folders are not followed (no loops). A subfolder
 * that cannot be listed is an entry with the reason; only the input folder itself is a usage error.
 */
function walk(dir: string, wanted: (path: string) => boolean, out: Entry[], root = true): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (root) throw new UsageError(`${display(dir)}: cannot read folder (${code})`);
    // A subfolder the run cannot list is named and skipped; the rest of the corpus goes through.
    out.push({
      path: dir,
      notAFile: `is a folder that cannot be read (${code}); the articles in it were not read`,
    });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const before = out.length;
      walk(path, wanted, out, false);
      // "2024.txt/" holding articles loses nothing; an empty one is named as what it is.
      if (out.length === before && isTxt(path) && wanted(path))
        out.push({ path, notAFile: 'is a folder named like an article' });
    } else if (wanted(path)) {
      const why = entry.isFile() ? null : whyNotAFile(path);
      out.push(why === null ? { path } : { path, notAFile: why });
    }
  }
}

function item(root: string, entry: Entry, maxFileSize: number): InputItem {
  const { path } = entry;
  const source = toPosix(relative(root, path));
  const found: InputItem = { id: idOf(source), source, path, display: display(path), size: 0 };
  if (entry.notAFile !== undefined) {
    found.skip = { code: 'unreadable', message: entry.notAFile };
    return found;
  }
  try {
    found.size = statSync(path).size;
  } catch {
    // Gone or changed between the listing and now: whyNotAFile gives the system's code.
    found.skip = { code: 'unreadable', message: whyNotAFile(path) ?? 'cannot look at the file' };
    return found;
  }
  if (found.size > maxFileSize) {
    found.skip = {
      code: 'too_large',
      message: `${formatSize(found.size)} is over --max-file-size (${formatSize(maxFileSize)})`,
    };
  }
  return found;
}

/** The files of one argument: a file, a folder (its *.txt, recursively), a glob, or "-". */
function expand(arg: string, options: DiscoverOptions): InputItem[] {
  if (arg === '-') {
    const bytes = options.stdin?.() ?? new Uint8Array();
    return [{ id: 'stdin', source: 'stdin', path: null, display: '<stdin>', size: bytes.length, bytes }];
  }
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(arg);
  } catch {
    stat = undefined;
  }
  if (stat?.isFile()) {
    const path = resolve(arg);
    return [item(resolve(path, '..'), { path }, options.maxFileSize)];
  }
  if (stat?.isDirectory()) {
    const root = resolve(arg);
    const texts: Entry[] = [];
    walk(root, isTxt, texts);
    if (texts.length === 0) throw new UsageError(`${arg}: no *.txt files in this folder`);
    return texts.map((entry) => item(root, entry, options.maxFileSize));
  }
  // Named directly, a FIFO or a dangling link is a mistake in the command: say what it is.
  if (stat || isLink(arg)) throw new UsageError(`${arg} ${whyNotAFile(arg) ?? 'is not a regular file'}`);
  if (hasGlobSyntax(arg)) {
    const base = globBase(arg);
    const root = resolve(base);
    const posix = toPosix(arg);
    const rest = base === '.' ? posix.replace(/^\.\//, '') : posix.slice(base === '/' ? 1 : base.length + 1);
    const pattern = globToRegExp(rest);
    const matched: Entry[] = [];
    try {
      walk(root, (path) => pattern.test(toPosix(relative(root, path))), matched);
    } catch {
      throw new UsageError(`${arg}: matches no files`);
    }
    if (matched.length === 0) throw new UsageError(`${arg}: matches no files`);
    return matched.map((entry) => item(root, entry, options.maxFileSize));
  }
  throw new UsageError(`${arg}: no such file or folder`);
}

/**
 * The articles named by the command-line inputs, sorted by document id so that nothing in the
 * output depends on the order of arguments or of folder listings. A second file with an id
 * already taken (the same relative path under two roots) is skipped with the reason.
 */
export function discoverInputs(args: readonly string[], options: DiscoverOptions): InputItem[] {
  if (args.length === 0) throw new UsageError('give at least one input: a file, a folder, a glob or -');
  if (args.filter((a) => a === '-').length > 1)
    throw new UsageError('"-" (standard input) can be given once');
  const seen = new Set<string>();
  // The same file named twice (a folder and a file in it) is read once.
  const items = args
    .flatMap((arg) => expand(arg, options))
    .filter((found) => found.path === null || (!seen.has(found.path) && Boolean(seen.add(found.path))));
  items.sort((a, b) => compareIds(a.id, b.id));
  for (let i = 1; i < items.length; i++) {
    const here = items[i] as InputItem;
    const before = items[i - 1] as InputItem;
    if (here.id === before.id && !here.skip) {
      here.skip = {
        code: 'duplicate_id',
        message: `document id ${here.id} is already taken by ${before.display}`,
      };
    }
  }
  return items;
}
