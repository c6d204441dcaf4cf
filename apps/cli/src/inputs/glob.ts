/** True when an argument holds glob syntax: * ? [ ] { }. */
export const hasGlobSyntax = (arg: string): boolean => /[*?[\]{}]/.test(arg);

/** The folder a glob starts from: its leading segments without glob syntax ("corpus/2024" of "corpus/2024/**\/*.txt"). */
export function globBase(pattern: string): string {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasGlobSyntax(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return '.';
  return fixed.join('/') || '/';
}

/**
 * A glob over paths relative to its base, as a regular expression: `**` spans folders, `*` and `?`
 * stay inside one, `[abc]` is a class and `{a,b}` a choice.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (ch === '{') {
      depth++;
      out += '(?:';
    } else if (ch === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (ch === ',' && depth > 0) out += '|';
    else out += ch.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
