// The files `export` writes: summary, one scorecard per candidate, CSV, JSON and HTML, as names and contents.
import type { Report } from '../model/ruling.js';
import { orderCandidates } from '../util/ordering.js';
import { RENDERERS, renderPieces } from './index.js';
import { renderScorecard } from './scorecard.js';
import { uniqueSlugs } from './slug.js';
import type { RenderOptions } from './types.js';

export interface ExportFile {
  /** File name inside the export folder. */
  name: string;
  /**
   * The file's text, made afresh at each call: the CSV, JSON and HTML of many replies in pieces, so that comparing
   * and writing them never holds them whole (for 10,000 replies, together some 130 million characters).
   */
  content(): Iterable<string>;
}

/** Every file of an export, in a stable order; the same report and options always give the same bytes. */
export function exportFiles(report: Report, options: RenderOptions): ExportFile[] {
  // Slugs are given in name order so a candidate keeps their file name whatever the scores.
  const byName = orderCandidates(report.candidates, 'name');
  const unique = uniqueSlugs(byName.map((c) => c.candidate));
  const slugs = new Map(byName.map((c, i) => [c.file, unique[i]!]));
  const withLinks: RenderOptions = { ...options, colour: false, href: (c) => `${slugs.get(c.file)}.md` };
  // Small files in one piece, rendered only when asked for (a file that is missing is not compared).
  return [
    { name: 'index.md', *content() { yield RENDERERS.markdown(report, withLinks); } },
    ...byName.map((c) => ({ name: `${slugs.get(c.file)}.md`, *content() { yield renderScorecard(report, c, options, 'index.md'); } })),
    { name: 'scorecards.csv', content: () => renderPieces(report, 'csv', options) },
    { name: 'scorecards.json', content: () => renderPieces(report, 'json', options) },
    { name: 'index.html', content: () => renderPieces(report, 'html', { ...withLinks, href: undefined }) },
  ];
}
