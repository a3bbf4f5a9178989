// The files `export` writes: summary, one scorecard and one page per candidate, CSV, JSON, HTML and the list of them
// all (MANIFEST), as names and contents.
import type { Report } from '../model/ruling.js';
import { compareText } from '../util/ordering.js';
import { renderCandidatePage } from './html-candidate.js';
import { RENDERERS, renderPieces } from './index.js';
import { renderScorecard } from './scorecard.js';
import { exportSlugs } from './slug.js';
import type { RenderOptions, ReplyText } from './types.js';

export interface ExportFile {
  /** File name inside the export folder. */
  name: string;
  /**
   * The file's text, made afresh at each call: the CSV, JSON and HTML of many replies in pieces, so that comparing
   * and writing them never holds them whole (for 10,000 replies, together some 130 million characters).
   */
  content(): Iterable<string>;
}

/** The file in which an export lists the files it wrote, so that the next one can remove those it no longer writes. */
export const MANIFEST = 'pledgecard-export.json';

/** Names an export may have written: plain file names of the kinds it writes, never a path or a hidden file. */
const OWNABLE = /^[a-z0-9][a-z0-9._-]*\.(?:md|html|csv|json)$/;

/** The manifest's text: the files of the export, sorted. */
export function manifestText(names: readonly string[]): string {
  return `${JSON.stringify({ generator: 'pledgecard', files: [...names].sort(compareText) }, null, 2)}\n`;
}

/** The file names an earlier manifest lists (only names an export could have written); [] for anything unreadable. */
export function manifestFiles(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const parsed = JSON.parse(text) as { generator?: unknown; files?: unknown };
    if (parsed.generator !== 'pledgecard' || !Array.isArray(parsed.files)) return [];
    return parsed.files.filter((f): f is string => typeof f === 'string' && OWNABLE.test(f) && f !== MANIFEST);
  } catch {
    return [];
  }
}

/**
 * Every file of an export, in a stable order; the same report, replies and options always give the same bytes.
 * `replies` gives each candidate's reply text (by reply file) for their HTML page.
 */
export function exportFiles(report: Report, options: RenderOptions, replies: ReadonlyMap<string, ReplyText> = new Map()): ExportFile[] {
  // Slugs come from names and reply files, never from order, so a candidate keeps their file names whatever changes.
  const byFile = [...report.candidates].sort((a, b) => compareText(a.file, b.file));
  const slugs = exportSlugs(byFile);
  const byName = [...report.candidates].sort((a, b) => compareText(slugs.get(a.file)!, slugs.get(b.file)!));
  const markdown: RenderOptions = { ...options, colour: false, href: (c) => `${slugs.get(c.file)}.md` };
  const html: RenderOptions = { ...options, colour: false, href: (c) => `${slugs.get(c.file)}.html` };
  // Small files in one piece, rendered only when asked for (a file that is missing is not compared).
  const files: ExportFile[] = [
    { name: 'index.md', *content() { yield RENDERERS.markdown(report, markdown); } },
    ...byName.map((c) => ({ name: `${slugs.get(c.file)}.md`, *content() { yield renderScorecard(report, c, options, 'index.md'); } })),
    { name: 'index.html', content: () => renderPieces(report, 'html', html) },
    ...byName.map((c) => ({
      name: `${slugs.get(c.file)}.html`,
      *content() {
        yield renderCandidatePage(report, c, replies.get(c.file), { ...options, indexHref: 'index.html' });
      },
    })),
    { name: 'scorecards.csv', content: () => renderPieces(report, 'csv', { ...options, bom: true }) },
    { name: 'scorecards.json', content: () => renderPieces(report, 'json', options) },
  ];
  const names = [...files.map((f) => f.name), MANIFEST];
  files.push({ name: MANIFEST, *content() { yield manifestText(names); } });
  return files;
}
