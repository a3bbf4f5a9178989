// The renderer registry: one function per output format, each turning a report into a string.
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import { DEFAULT_RENDER_OPTIONS, type Format, type Renderer, type RenderOptions } from './types.js';
import type { Report } from '../model/ruling.js';

export { FORMATS, DEFAULT_RENDER_OPTIONS, type Format, type Renderer, type RenderOptions } from './types.js';

/** Every format's renderer; the CLI's --format choices come from the same list. */
export const RENDERERS = {
  table: renderTable,
  markdown: renderMarkdown,
  csv: renderCsv,
  json: renderJson,
  html: renderHtml,
} as const satisfies Record<Format, Renderer>;

/** Renders a report in one format; options not given take their defaults (no colour, 80 columns, by score). */
export function render(report: Report, format: Format, options: Partial<RenderOptions> = {}): string {
  return RENDERERS[format](report, { ...DEFAULT_RENDER_OPTIONS, ...options });
}
