import { parseDocument } from '../../parse-document.js';

/**
 * The indicators of a short article with the given body, dated `date` and titled `title`, as
 * the fields a test compares.
 */
export function indicatorsOf(body: string, date = '2024-06', title = 'Tin kinh tế địa phương') {
  const article = ` date ${date} ${title}\n\n${body}\n\nPhương Linh\n`;
  const { facts } = parseDocument(article, { source: 'x.txt' });
  return facts.flatMap((f) =>
    f.kind === 'indicator'
      ? [
          {
            text: f.evidence.text,
            subject: f.subject,
            indicator: f.indicator,
            value: f.value,
            status: f.status,
            period: `${f.period.start}..${f.period.end}`,
          },
        ]
      : [],
  );
}
