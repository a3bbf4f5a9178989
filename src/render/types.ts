// What every renderer receives and returns; kept free of renderer code so the CLI can list formats cheaply.
import type { ChalkInstance } from 'chalk';
import type { CandidateResult, Report } from '../model/ruling.js';
import type { CandidateOrder } from '../util/ordering.js';

/** The output formats, in the order help lists them. */
export const FORMATS = ['table', 'markdown', 'csv', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

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
  /** The inputs, named in the generated-from note. */
  sources?: { programme: string; data: string } | undefined;
}

export type Renderer = (report: Report, options: RenderOptions) => string;

/** A renderer's text in pieces, so that a writer need never hold it whole; joined, the pieces are the text. */
export type PiecesRenderer = (report: Report, options: RenderOptions) => Iterable<string>;

export const DEFAULT_RENDER_OPTIONS: RenderOptions = { colour: false, width: 80, sort: 'score' };
