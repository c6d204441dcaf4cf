import type { LocatedProblem } from './problem-lines.js';

// Workflow command values escape %, CR and LF; properties also escape : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands (::error file=...,line=...::message), one per problem. */
export function formatProblemsGithub(problems: readonly LocatedProblem[]): string {
  return problems
    .map((p) => {
      const props: string[] = [];
      if (p.file) props.push(`file=${escapeProperty(p.file)}`);
      if (p.from) props.push(`line=${p.from.line}`, `col=${p.from.column}`);
      if (p.to) props.push(`endLine=${p.to.line}`, `endColumn=${p.to.column}`);
      props.push(`title=${escapeProperty(`dukien ${p.code}`)}`);
      return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(p.message)}`;
    })
    .join('\n');
}
