import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';

export interface PageParts {
  readonly title: string;
  readonly style: string;
  readonly script: string;
  readonly body: string;
}

const hashOf = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

/**
 * A whole HTML page with its style and script inline. The Content-Security-Policy allows
 * only that style and that script (by hash) and no network at all, so markup that slipped
 * through from an article still could not run or load anything.
 */
export function htmlPage({ title, style, script, body }: PageParts): string {
  const policy = [
    "default-src 'none'",
    `style-src ${hashOf(style)}`,
    `script-src ${hashOf(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}
