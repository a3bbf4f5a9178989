// The import of a form or spreadsheet export: a header row, a name column, and either one reply column or one
// column per clause, whose answers are written as "3a) answer" so the parser reads them as explicit references.
import { parse, type CsvError } from 'csv-parse/sync';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { ImportSplit, ImportedReply } from '../model/import.js';
import type { Programme } from '../model/programme.js';
import { columnRoles, findHeader, type ColumnRole } from './columns.js';
import { isoDate, numericOrder } from './dates.js';
import { nameKey } from './names.js';

export interface CsvImportOptions {
  /** The programme whose clause ids and titles the column headers are matched to. */
  programme?: Programme;
  /** The header of the name column (--name-column). */
  nameColumn?: string;
  /** The field delimiter; guessed from the header row when not given. */
  delimiter?: string;
}

export interface Row {
  cells: string[];
  /** 1-based lines of the source the row spans. */
  line: number;
  endLine: number;
}

const REPLY_HEADER = /\b(reply|replies|answer|answers|response|responses|statement|comments?|message|text)\b/i;

/** The delimiter the header row uses most: comma, semicolon (spreadsheets in many locales) or tab. */
export function guessDelimiter(text: string): string {
  const header = (text.split('\n', 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export function readRows(text: string, delimiter: string): Row[] {
  const bytes = Buffer.from(text, 'utf8');
  const records = parse(bytes, { bom: true, delimiter, relax_column_count: true, info: true }) as unknown as Array<{
    record: string[];
    info: { bytes_records: number };
  }>;
  const rows: Row[] = [];
  let offset = 0;
  let line = 1;
  for (const { record, info } of records) {
    const span = bytes.subarray(offset, info.bytes_records).toString('utf8');
    const lead = /^(?:\r?\n|\r)*/.exec(span)![0];
    const newlines = (s: string): number => s.match(/\r\n|\r|\n/g)?.length ?? 0;
    const start = line + newlines(lead);
    const body = span.slice(lead.length).replace(/(?:\r\n|\r|\n)$/, '');
    line += newlines(span);
    offset = info.bytes_records;
    const cells = record.map((c) => c.replace(/\r\n?/g, '\n'));
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ cells, line: start, endLine: start + newlines(body) });
  }
  return rows;
}

export function csvProblem(err: unknown, file: string): Diagnostic {
  const e = err as CsvError & { lines?: number };
  const message = err instanceof Error ? err.message.replace(/^Invalid [^:]*: /, '') : String(err);
  return diagnostic('csv-syntax', file, e.lines ? { line: e.lines, col: 1 } : undefined, message);
}

/** The reply body of a row answering clause by clause: "1) …", blank line, "3a) …", in programme order. */
function clauseBody(row: Row, roles: readonly ColumnRole[], programme: Programme): string {
  const answers = new Map<string, string[]>();
  const loose: string[] = [];
  roles.forEach((role, i) => {
    const cell = row.cells[i]?.trim() ?? '';
    if (!cell) return;
    if (role.kind === 'clause') answers.set(role.clause, [...(answers.get(role.clause) ?? []), cell]);
    else if (role.kind === 'text' || role.kind === 'ambiguous') loose.push(cell);
  });
  const parts: string[] = [];
  for (const clause of programme.clauses) {
    const cells = answers.get(clause.id);
    if (!cells) continue;
    const text = cells.join('\n');
    const labelled = new RegExp(`^${clause.id.replace(/\./g, '\\.')}\\s*[).:]`, 'i').test(text);
    parts.push(labelled ? text : `${clause.id}) ${text}`);
  }
  return [...parts, ...loose].join('\n\n');
}

type Reader = (row: Row) => string;
type Found = { read: Reader; note?: string } | { problem: string };

/** How a row gives the candidate's name: the name column, or first and last name joined. */
function nameReader(headers: readonly string[], roles: readonly ColumnRole[]): Found {
  const names = roles.flatMap((r, i) => (r.kind === 'name' ? [i] : []));
  const first = roles.findIndex((r) => r.kind === 'first-name');
  const last = roles.findIndex((r) => r.kind === 'last-name');
  const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();
  if (names.length > 1) {
    return { problem: `several columns could hold the name (${names.map((i) => `"${headers[i]}"`).join(', ')}); choose one with --name-column` };
  }
  if (names.length === 1) return { read: (row) => tidy(row.cells[names[0]!] ?? '') };
  if (first !== -1 && last !== -1) return { read: (row) => tidy(`${row.cells[first] ?? ''} ${row.cells[last] ?? ''}`) };
  return {
    problem: `no column holds the candidate's name (a header like "Name" or "Candidate"); choose one with --name-column. The columns are: ${headers.join(' | ')}`,
  };
}

/** How a row gives the reply: its clause columns labelled with clause ids, or the one reply column. */
function replyReader(headers: readonly string[], roles: readonly ColumnRole[], programme: Programme | undefined): Found {
  if (programme && roles.some((r) => r.kind === 'clause')) {
    const matched = roles.flatMap((r, i) => (r.kind === 'clause' ? [`"${headers[i]}" → ${r.clause}`] : []));
    return { read: (row) => clauseBody(row, roles, programme), note: `one column per clause: ${matched.join(', ')}` };
  }
  const texts = roles.flatMap((r, i) => (r.kind === 'text' || r.kind === 'ambiguous' ? [i] : []));
  const preferred = texts.filter((i) => REPLY_HEADER.test(headers[i]!));
  const col = texts.length === 1 ? texts[0] : preferred.length === 1 ? preferred[0] : undefined;
  if (col === undefined) {
    const which = texts.map((i) => `"${headers[i]}"`).join(', ') || 'none';
    const hint = programme ? 'name the clause ids in the headers ("3a) …")' : 'give the programme with --pledges to match columns to clauses';
    return { problem: `cannot tell which column holds the reply (text columns: ${which}); ${hint}` };
  }
  return { read: (row) => (row.cells[col] ?? '').trim(), note: `the reply is column "${headers[col]}"` };
}

/** Warnings for the columns of a clause-by-clause export that match no clause, or several. */
function columnWarnings(headers: readonly string[], roles: readonly ColumnRole[], file: string, line: number): Diagnostic[] {
  const at = { line, col: 1 };
  return roles.flatMap((r, i) => {
    if (r.kind === 'ambiguous') {
      const message = `column "${headers[i]}" could be clause ${r.clauses.join(' or ')}; its answers are kept without a clause label (name the clause id in the header, e.g. "${r.clauses[0]}) …")`;
      return [diagnostic('column-ambiguous', file, at, message, 'warning')];
    }
    if (r.kind === 'text') {
      return [diagnostic('column-unmatched', file, at, `column "${headers[i]}" matches no clause; its answers are kept without a clause label`, 'warning')];
    }
    return [];
  });
}

/** Splits a CSV export into one reply per row; pure: returns the split, writes nothing. */
export function splitCsv(text: string, file: string, options: CsvImportOptions = {}): ImportSplit {
  const notes: string[] = [];
  const fail = (d: Diagnostic): ImportSplit => ({ shape: 'csv-text', replies: [], diagnostics: [d], notes });
  let rows: Row[];
  try {
    rows = readRows(text, options.delimiter ?? guessDelimiter(text.replace(/^\uFEFF/, '')));
  } catch (err) {
    return fail(csvProblem(err, file));
  }
  const header = rows.shift();
  if (!header) return fail(diagnostic('import-no-replies', file, undefined, 'the file is empty: expected a header row and one row per candidate'));
  const headers = header.cells.map((h) => h.trim());
  const atHeader = { line: header.line, col: 1 };
  const chosen = options.nameColumn === undefined ? undefined : findHeader(headers, options.nameColumn);
  if (chosen === -1) {
    return fail(diagnostic('column-not-found', file, atHeader, `no column "${options.nameColumn}"; the columns are: ${headers.join(' | ')}`));
  }
  const roles = columnRoles(headers, options.programme, chosen);
  const name = nameReader(headers, roles);
  if ('problem' in name) return fail(diagnostic('column-not-found', file, atHeader, name.problem));
  const answers = replyReader(headers, roles, options.programme);
  if ('problem' in answers) return fail(diagnostic('column-not-found', file, atHeader, answers.problem));
  const shape: ImportSplit['shape'] = roles.some((r) => r.kind === 'clause') ? 'csv-clauses' : 'csv-text';
  const diagnostics = shape === 'csv-clauses' ? columnWarnings(headers, roles, file, header.line) : [];
  if (answers.note) notes.push(answers.note);

  const dateCol = roles.findIndex((r) => r.kind === 'meta' && r.date);
  const order = dateCol === -1 ? undefined : numericOrder(rows.map((r) => r.cells[dateCol] ?? ''));
  if (dateCol !== -1) notes.push(`dates from column "${headers[dateCol]}"`);

  const byName = new Map<string, ImportedReply>();
  for (const row of rows) {
    const candidate = name.read(row);
    const body = answers.read(row);
    const at = { line: row.line, col: 1 };
    if (!candidate || !body) {
      const why = candidate ? `the row for ${candidate} has no answers` : 'this row has no candidate name';
      diagnostics.push(diagnostic('row-skipped', file, at, `${why}; it is left out`));
      continue;
    }
    const key = nameKey(candidate);
    const earlier = byName.get(key);
    if (earlier) {
      diagnostics.push(diagnostic('candidate-duplicate', file, at, `${candidate} also has a row at line ${earlier.fromLine}; the later row is kept, the earlier left out`));
    }
    const received = dateCol === -1 ? undefined : isoDate(row.cells[dateCol] ?? '', order);
    byName.set(key, { candidate, received, body: `${body}\n`, fromLine: row.line, toLine: row.endLine });
  }
  const replies = [...byName.values()].sort((a, b) => a.fromLine - b.fromLine);
  if (replies.length === 0) diagnostics.push(diagnostic('import-no-replies', file, undefined, 'no row holds a candidate and a reply'));
  return { shape, replies, diagnostics, notes };
}
