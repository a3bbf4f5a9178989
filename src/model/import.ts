// What `pledgecard import` finds in a combined text or a spreadsheet: one reply per candidate, before any file is written.
import type { Diagnostic } from './diagnostic.js';

export const IMPORT_SHAPES = ['article', 'email', 'csv-text', 'csv-clauses'] as const;
/** How the source was read: headed sections of a page, an email thread, or a CSV with one or many answer columns. */
export type ImportShape = (typeof IMPORT_SHAPES)[number];

export interface ImportedReply {
  candidate: string;
  /** ISO date (YYYY-MM-DD) when the source gives one. */
  received: string | undefined;
  /** The reply as written, ending with exactly one newline. */
  body: string;
  /** 1-based lines of the source the reply was taken from (heading, header block or CSV row included). */
  fromLine: number;
  toLine: number;
}

export interface ImportSplit {
  shape: ImportShape;
  replies: ImportedReply[];
  /** Problems and doubts about the source, placed in it. */
  diagnostics: Diagnostic[];
  /** What was found and what was left out, in words, for the person running the import. */
  notes: string[];
}
