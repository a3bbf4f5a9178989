// The record's renderer registry: one function per output format, as for the scorecards; and the export's files.
import type { RecordReport } from '../../model/record.js';
import { uniqueSlugs } from '../slug.js';
import type { Format } from '../types.js';
import { renderRecordCsv } from './csv.js';
import { renderRecordHtml } from './html.js';
import { renderRecordJson } from './json.js';
import { renderMemberMarkdown, renderRecordMarkdown } from './markdown.js';
import { renderRecordTable } from './table.js';
import { DEFAULT_RECORD_OPTIONS, type RecordRenderer, type RecordRenderOptions } from './view.js';

export { DEFAULT_RECORD_OPTIONS, type RecordRenderer, type RecordRenderOptions } from './view.js';
export { renderMemberTable } from './table.js';
export { renderMemberMarkdown } from './markdown.js';
export { renderMemberJson } from './json.js';

/** Every format's renderer of the record; `record --format` offers the same formats as `score`. */
export const RECORD_RENDERERS = {
  table: renderRecordTable,
  markdown: renderRecordMarkdown,
  csv: renderRecordCsv,
  json: renderRecordJson,
  html: renderRecordHtml,
} as const satisfies Record<Format, RecordRenderer>;

/** Renders the record in one format; options not given take their defaults (no colour, 80 columns). */
export function renderRecord(record: RecordReport, format: Format, options: Partial<RecordRenderOptions> = {}): string {
  return RECORD_RENDERERS[format](record, { ...DEFAULT_RECORD_OPTIONS, ...options });
}

/** The record's files in an export, beside the scorecards: record/index.md, a page per member, CSV, JSON, record.html. */
export function recordExportFiles(record: RecordReport, options: Partial<RecordRenderOptions>): Array<{ name: string; content(): Iterable<string> }> {
  const full = { ...DEFAULT_RECORD_OPTIONS, ...options, colour: false };
  const slugs = uniqueSlugs(record.members.map((m) => m.member));
  const slugOf = new Map(record.members.map((m, i) => [m.member, slugs[i]!]));
  const index = { ...full, href: (m: { member: string }) => `${slugOf.get(m.member)}.md`, back: { href: '../index.md', label: 'The scorecards' } };
  return [
    { name: 'record/index.md', *content() { yield renderRecordMarkdown(record, index); } },
    ...record.members.map((m) => ({
      name: `record/${slugOf.get(m.member)}.md`,
      *content() { yield renderMemberMarkdown(record, m, { ...full, back: { href: 'index.md', label: 'The whole record' } }); },
    })),
    { name: 'record/record.csv', *content() { yield renderRecordCsv(record, full); } },
    { name: 'record/record.json', *content() { yield renderRecordJson(record, full); } },
    { name: 'record.html', *content() { yield renderRecordHtml(record, { ...full, back: { href: 'index.html', label: 'The scorecards' } }); } },
  ];
}
