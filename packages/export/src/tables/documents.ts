import { Document } from '@dukien/core';
import { defineTable } from './define.js';
import { column } from './describe.js';
import { joinList, joinParagraphs, LIST_SEPARATOR, splitList, splitParagraphs } from './lists.js';

const f = Document.shape;
const joined = `joined with "${LIST_SEPARATOR}"`;

/** One row per article, with its canonical text so offsets can be checked after editing. */
export const DOCUMENTS_TABLE = defineTable<Document>(
  'documents',
  ['document_id'],
  [
    column('document_id', 'string', f.id, ['id'], (d) => d.id),
    column('source', 'string', f.source, ['source'], (d) => d.source),
    column('sha256', 'string', f.sha256, ['sha256'], (d) => d.sha256),
    column('date', 'string', f.date, ['date'], (d) => d.date),
    column('title', 'string', f.title, ['title'], (d) => d.title),
    column('byline', 'string', f.byline, ['byline'], (d) => d.byline),
    column('captions', 'string', f.captions, ['captions'], (d) => joinList(d.captions), {
      note: joined,
      list: true,
    }),
    column('paragraphs', 'string', f.paragraphs, ['paragraphs'], (d) => joinParagraphs(d.paragraphs), {
      note: `each "start-end role", ${joined}`,
      list: true,
    }),
    column('text', 'string', f.text, ['text'], (d) => d.text),
  ],
  (r) => ({
    id: r.document_id,
    source: r.source,
    sha256: r.sha256,
    date: r.date,
    title: r.title ?? '',
    byline: r.byline,
    captions: splitList(r.captions),
    paragraphs: splitParagraphs(r.paragraphs),
    text: r.text ?? '',
  }),
);
