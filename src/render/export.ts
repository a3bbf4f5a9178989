// The files `export` writes: summary, one scorecard per candidate, CSV, JSON and HTML, as names and contents.
import type { Report } from '../model/ruling.js';
import { orderCandidates } from '../util/ordering.js';
import { RENDERERS } from './index.js';
import { renderScorecard } from './scorecard.js';
import { uniqueSlugs } from './slug.js';
import type { RenderOptions } from './types.js';

export interface ExportFile {
  /** File name inside the export folder. */
  name: string;
  content: string;
}

/** Every file of an export, in a stable order; the same report and options always give the same bytes. */
export function exportFiles(report: Report, options: RenderOptions): ExportFile[] {
  // Slugs are given in name order so a candidate keeps their file name whatever the scores.
  const byName = orderCandidates(report.candidates, 'name');
  const unique = uniqueSlugs(byName.map((c) => c.candidate));
  const slugs = new Map(byName.map((c, i) => [c.file, unique[i]!]));
  const withLinks: RenderOptions = { ...options, colour: false, href: (c) => `${slugs.get(c.file)}.md` };
  return [
    { name: 'index.md', content: RENDERERS.markdown(report, withLinks) },
    ...byName.map((c) => ({ name: `${slugs.get(c.file)}.md`, content: renderScorecard(report, c, options, 'index.md') })),
    { name: 'scorecards.csv', content: RENDERERS.csv(report, options) },
    { name: 'scorecards.json', content: RENDERERS.json(report, options) },
    { name: 'index.html', content: RENDERERS.html(report, { ...withLinks, href: undefined }) },
  ];
}
