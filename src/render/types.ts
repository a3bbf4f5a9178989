// What every renderer receives and returns; kept free of renderer code so the CLI can list formats cheaply.
import type { ChalkInstance } from 'chalk';
import type { CandidateResult, Report } from '../model/ruling.js';
import type { CandidateOrder } from '../util/ordering.js';

/** The output formats, in the order help lists them. */
export const FORMATS = ['table', 'markdown', 'csv', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** File name endings that choose a format for `score --out FILE` when --format is not given. */
export const FORMAT_EXTENSIONS = {
  table: ['.txt'],
  markdown: ['.md', '.markdown'],
  csv: ['.csv'],
  json: ['.json'],
  html: ['.html', '.htm'],
} as const satisfies Record<Format, readonly string[]>;

/** The format a file name's ending asks for, if any. */
export function formatForFile(file: string): Format | undefined {
  const lower = file.toLowerCase();
  return FORMATS.find((f) => FORMAT_EXTENSIONS[f].some((ext) => lower.endsWith(ext)));
}

/** The render options that change each format's output; others given for it are ignored (and the CLI warns). */
export const FORMAT_OPTIONS = {
  table: ['depth', 'clauses'],
  markdown: ['depth', 'clauses', 'date'],
  csv: ['bom'],
  json: [],
  html: ['depth', 'clauses', 'date'],
} as const satisfies Record<Format, ReadonlyArray<'depth' | 'clauses' | 'date' | 'bom'>>;

export interface RenderOptions {
  /** A chalk instance, or whether to colour; only the terminal table uses it. */
  colour: ChalkInstance | boolean;
  /** Columns the terminal table must fit in. */
  width: number;
  sort: CandidateOrder;
  /** Show clauses down to this depth (1 = top level); unset shows every leaf. */
  depth?: number | undefined;
  /** Show exactly these clauses (in programme order); wins over `depth`. */
  clauses?: readonly string[] | undefined;
  /** A date to print in documents; none by default so output is reproducible. */
  date?: string | undefined;
  /** Where a candidate's scorecard lives, for documents that link to it. */
  href?: ((candidate: CandidateResult) => string) | undefined;
  /** Documents beside this one to link to, with the markdown and the HTML document's address of each. */
  related?: ReadonlyArray<{ label: string; markdown: string; html: string }> | undefined;
  /** CSV: start with a UTF-8 byte-order mark, so that spreadsheets read the text as UTF-8. */
  bom?: boolean | undefined;
  /** A candidate's page: where the page listing every candidate is, to link back to. */
  indexHref?: string | undefined;
  /** The inputs, named in the generated-from note. */
  sources?: { programme: string; data: string } | undefined;
}

/** A reply's text as the candidate wrote it, and the line of the reply file it starts on. */
export interface ReplyText {
  body: string;
  bodyLine: number;
}

export type Renderer = (report: Report, options: RenderOptions) => string;

/** A renderer's text in pieces, so that a writer need never hold it whole; joined, the pieces are the text. */
export type PiecesRenderer = (report: Report, options: RenderOptions) => Iterable<string>;

export const DEFAULT_RENDER_OPTIONS: RenderOptions = { colour: false, width: 80, sort: 'score' };
