// Reads a spreadsheet's header row: which column names the candidate, which are metadata, which answer which clause.
import type { Programme } from '../model/programme.js';
import { META_COLUMNS } from './lexicon.js';

export type ColumnRole =
  | { kind: 'name' }
  | { kind: 'first-name' }
  | { kind: 'last-name' }
  | { kind: 'meta'; date: boolean }
  | { kind: 'clause'; clause: string }
  | { kind: 'ambiguous'; clauses: string[] }
  | { kind: 'text' };

const words = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const NAME_HEADERS = new Set([
  'name',
  'candidate',
  'full name',
  'your name',
  'your full name',
  'candidate name',
  'candidates name',
  'name of candidate',
  'name of the candidate',
]);

/** Whether a header names the candidate: "Name", "Candidate", "Your name", "Candidate's name". */
export function isNameHeader(header: string): boolean {
  return NAME_HEADERS.has(words(header));
}

/** Headers of a name split in two ("First name" and "Last name" / "Surname"). */
export function nameHalf(header: string): 'first-name' | 'last-name' | undefined {
  const w = words(header);
  if (/^(your )?(first name|given name|forename)s?$/.test(w)) return 'first-name';
  if (/^(your )?(last name|surname|family name)$/.test(w)) return 'last-name';
  return undefined;
}

/** Whether a header is a metadata column (timestamp, email, id), and whether it holds dates. */
export function metaColumn(header: string): { date: boolean } | undefined {
  const entry = META_COLUMNS.find((m) => m.pattern.test(header.trim()));
  return entry ? { date: entry.date === true } : undefined;
}

/**
 * The clause id a header starts with: "3a", "3a)", "3 a)", "Clause 3a", "Q3a.", "3(a)", "3g.1 – Defend BDS";
 * the id as the programme writes it, or undefined.
 */
function leadingId(header: string, ids: ReadonlyMap<string, string>): string | undefined {
  const m = /^\s*(?:(?:clause|question|pledge|point|item|q)\s*)?#?\s*(\d+(?:\s*\(?[a-z]\)?)?(?:\s*\.\s*\d+)?)(?=$|[\s).:\-–—])/i.exec(header);
  if (!m) return undefined;
  const compact = m[1]!.replace(/[\s()]/g, '').replace(/\.$/, '').toLowerCase();
  return ids.get(compact);
}

/** The clauses a header names, by id first, then by title or by the clause text a form copied as its question. */
export function matchClauses(header: string, programme: Programme): string[] {
  const ids = new Map(programme.clauses.map((c) => [c.id.toLowerCase(), c.id]));
  const byId = leadingId(header, ids);
  if (byId) return [byId];
  const h = words(header);
  if (!h) return [];
  const tiers: Array<(c: Programme['clauses'][number]) => boolean> = [
    (c) => words(c.title) === h,
    (c) => words(c.text) === h,
    (c) => {
      const t = words(c.text);
      return h.split(' ').length >= 4 && (t.startsWith(h) || h.startsWith(t));
    },
    (c) => ` ${h} `.includes(` ${words(c.title)} `),
  ];
  for (const tier of tiers) {
    const found = programme.clauses.filter(tier).map((c) => c.id);
    if (found.length > 0) return found;
  }
  return [];
}

/** The role of every column; `nameColumn` (from --name-column) is the index of the name column when the user chose one. */
export function columnRoles(headers: readonly string[], programme: Programme | undefined, nameColumn?: number): ColumnRole[] {
  return headers.map((header, i): ColumnRole => {
    if (nameColumn !== undefined) {
      if (i === nameColumn) return { kind: 'name' };
    } else if (isNameHeader(header)) {
      return { kind: 'name' };
    } else {
      const half = nameHalf(header);
      if (half) return { kind: half };
    }
    const meta = metaColumn(header);
    if (meta) return { kind: 'meta', date: meta.date };
    if (programme) {
      const clauses = matchClauses(header, programme);
      if (clauses.length === 1) return { kind: 'clause', clause: clauses[0]! };
      if (clauses.length > 1) return { kind: 'ambiguous', clauses };
    }
    return { kind: 'text' };
  });
}

/** Index of the header equal to `wanted` (case and spacing ignored), or -1. */
export function findHeader(headers: readonly string[], wanted: string): number {
  const w = words(wanted);
  return headers.findIndex((h) => words(h) === w);
}
