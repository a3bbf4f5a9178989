// CSV: one row per candidate × clause, with formula-like cells neutralised.
//
// The rows are written directly, by csv-stringify's rules with its default options (the tests hold the text to
// csv-stringify's): for 10,000 replies, building 130,000 rows of cells for it to write took seconds.
import { isReviewed, type Report } from '../model/ruling.js';
import type { Renderer, RenderOptions } from './types.js';
import { candidatesOf, rulingLookup } from './view.js';

/** The columns, in order; the README lists them (a test holds it to this list). */
export const CSV_COLUMNS = [
  'candidate',
  'file',
  'rank',
  'clause',
  'title',
  'stance',
  'declined_because',
  'confidence',
  'source',
  'needs_review',
  'reviewed',
  'evidence',
  'reason',
  'note',
] as const;

/** UTF-8's byte-order mark: Excel reads a CSV file without one in the computer's legacy code page. */
export const BOM = '\ufeff';

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell a spreadsheet would run as a formula with a single quote, so it shows as text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const NEEDS_QUOTES = /[",\n\r]/;

/** A cell as CSV writes it: in double quotes (doubled inside) when it holds a quote, a comma or a line break. */
export function csvField(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A cell as the file has it: neutralised, then quoted if need be. */
const csvCell = (cell: string): string => csvField(neutraliseFormula(cell));

/**
 * Every clause of every candidate, candidates in the order asked for and clauses in programme order: in pieces,
 * the header and then a candidate's rows at a time, each record ending in a line break.
 */
export function* csvPieces(report: Report, options: RenderOptions): Generator<string> {
  const clauses = report.programme.clauses.map((clause) => ({ id: clause.id, cells: [csvCell(clause.id), csvCell(clause.title)] }));
  yield `${options.bom ? BOM : ''}${CSV_COLUMNS.map(csvCell).join(',')}\n`;
  for (const c of candidatesOf(report, options)) {
    const ruling = rulingLookup(c);
    const who = [csvCell(c.candidate), csvCell(c.file), csvCell(String(c.rank))];
    const lines = clauses.map((clause) => {
      const r = ruling(clause.id);
      const evidence = r.evidence.map((e) => `line ${e.line}: ${e.quote}`).join('\n');
      const facts = [
        r.stance,
        r.declineKind ?? '',
        String(r.confidence),
        r.source,
        r.needsReview ? 'yes' : 'no',
        isReviewed(r) ? 'yes' : 'no',
        evidence,
        r.reason,
        r.note ?? '',
      ];
      return [...who, ...clause.cells, ...facts.map(csvCell)].join(',');
    });
    lines.push('');
    yield lines.join('\n');
  }
}

/** The whole table as one text: the pieces joined at once, so that it is copied once. */
export const renderCsv: Renderer = (report, options) => [...csvPieces(report, options)].join('');
