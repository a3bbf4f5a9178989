// CSV: one row per candidate × clause through csv-stringify, with formula-like cells neutralised.
import { stringify } from 'csv-stringify/sync';
import type { Renderer } from './types.js';
import { candidatesOf, rulingLookup } from './view.js';

const COLUMNS = [
  'candidate',
  'file',
  'rank',
  'clause',
  'title',
  'stance',
  'confidence',
  'source',
  'needs_review',
  'evidence',
  'reason',
  'note',
] as const;

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell a spreadsheet would run as a formula with a single quote, so it shows as text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Every clause of every candidate, candidates in the order asked for and clauses in programme order. */
export const renderCsv: Renderer = (report, options) => {
  const rows: string[][] = [];
  for (const c of candidatesOf(report, options)) {
    const ruling = rulingLookup(c);
    for (const clause of report.programme.clauses) {
      const r = ruling(clause.id);
      const row: Record<(typeof COLUMNS)[number], string> = {
        candidate: c.candidate,
        file: c.file,
        rank: String(c.rank),
        clause: clause.id,
        title: clause.title,
        stance: r.stance,
        confidence: String(r.confidence),
        source: r.source,
        needs_review: r.needsReview ? 'yes' : 'no',
        evidence: r.evidence.map((e) => `line ${e.line}: ${e.quote}`).join('\n'),
        reason: r.reason,
        note: r.note ?? '',
      };
      rows.push(COLUMNS.map((k) => neutraliseFormula(row[k])));
    }
  }
  return stringify([[...COLUMNS], ...rows]);
};
