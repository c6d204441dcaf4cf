const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/** Text that a browser shows as written: `<script>` in an article stays text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);
}

/** A value safe inside a quoted attribute, whichever quote the attribute uses. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/**
 * JSON that can sit inside a `<script type="application/json">` element: `</script>` or
 * `<!--` in a string cannot end the element, and U+2028/U+2029 stay escaped.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
