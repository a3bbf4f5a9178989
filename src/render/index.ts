// The renderer registry: one function per output format, each turning a report into a string.
import { csvPieces, renderCsv } from './csv.js';
import { htmlPieces, renderHtml } from './html.js';
import { jsonPieces, renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import { DEFAULT_RENDER_OPTIONS, type Format, type PiecesRenderer, type Renderer, type RenderOptions } from './types.js';
import type { Report } from '../model/ruling.js';

export { FORMATS, DEFAULT_RENDER_OPTIONS, type Format, type PiecesRenderer, type Renderer, type RenderOptions } from './types.js';

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

// The formats whose text grows with every reply (some 50 million characters of JSON for 10,000): a candidate at a time.
const PIECES: Partial<Record<Format, PiecesRenderer>> = { json: jsonPieces, csv: csvPieces, html: htmlPieces };

/**
 * Renders a report in pieces that, joined, are render()'s text: a candidate at a time where the text grows with the
 * replies, else in one piece. For writing out, so that the whole text is never held (nor copied again to encode it).
 */
export function renderPieces(report: Report, format: Format, options: Partial<RenderOptions> = {}): Iterable<string> {
  const full = { ...DEFAULT_RENDER_OPTIONS, ...options };
  return PIECES[format]?.(report, full) ?? [RENDERERS[format](report, full)];
}
