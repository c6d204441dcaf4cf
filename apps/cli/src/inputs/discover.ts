import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { formatSize } from '../options/size.js';
import { globBase, globToRegExp, hasGlobSyntax } from './glob.js';
import { compareIds, type InputItem } from './input-item.js';

export interface DiscoverOptions {
  maxFileSize: number;
  /** Bytes of standard input, read by the caller when an argument is "-". */
  stdin?: () => Uint8Array;
}

const toPosix = (path: string) => path.replace(/\\/g, '/');
const idOf = (source: string) => source.replace(/\.txt$/i, '');
/** The path as a person would type it: relative to the working folder when inside it. */
const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return toPosix(rel && !rel.startsWith('..') ? rel : path);
};

/** Every file under `dir`, recursively; hidden entries and symlinked folders are left out (no loops). */
function walk(dir: string, out: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`${display(dir)}: cannot read folder (${(error as NodeJS.ErrnoException).code})`);
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
    else if (entry.isSymbolicLink()) {
      try {
        if (statSync(path).isFile()) out.push(path);
      } catch {
        // A dangling link is no article.
      }
    }
  }
}

function item(root: string, path: string, maxFileSize: number): InputItem {
  const source = toPosix(relative(root, path));
  const size = statSync(path).size;
  const found: InputItem = { id: idOf(source), source, path, display: display(path), size };
  if (size > maxFileSize) {
    found.skip = {
      code: 'too_large',
      message: `${formatSize(size)} is over --max-file-size (${formatSize(maxFileSize)})`,
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
    return [item(resolve(path, '..'), path, options.maxFileSize)];
  }
  if (stat?.isDirectory()) {
    const root = resolve(arg);
    const files: string[] = [];
    walk(root, files);
    const texts = files.filter((f) => /\.txt$/i.test(f));
    if (texts.length === 0) throw new UsageError(`${arg}: no *.txt files in this folder`);
    return texts.map((f) => item(root, f, options.maxFileSize));
  }
  if (hasGlobSyntax(arg)) {
    const base = globBase(arg);
    const root = resolve(base);
    const posix = toPosix(arg);
    const rest = base === '.' ? posix.replace(/^\.\//, '') : posix.slice(base === '/' ? 1 : base.length + 1);
    const pattern = globToRegExp(rest);
    const files: string[] = [];
    try {
      walk(root, files);
    } catch {
      throw new UsageError(`${arg}: matches no files`);
    }
    const matched = files.filter((f) => pattern.test(toPosix(relative(root, f))));
    if (matched.length === 0) throw new UsageError(`${arg}: matches no files`);
    return matched.map((f) => item(root, f, options.maxFileSize));
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
