// The JSON documents: the report (`score --format json`, scorecards.json) and one candidate (`show --format json`),
// their fields in the order of the zod schemas in model/report-document.ts.
//
// The text is exactly what JSON.stringify(…, null, 2) makes of the documents (the tests hold it to that, byte for
// byte), but written straight from the report: for 10,000 replies, a second tree of 130,000 rulings built only to be
// stringified was as big again as the report, and alive alongside the text.
import {
  CANDIDATE_SCHEMA_ID,
  DOCUMENT_KEYS,
  DOCUMENT_VERSION,
  REPORT_SCHEMA_ID,
  type CandidateDocument,
  type ReportDocument,
} from '../model/report-document.js';
import { isReviewed, type CandidateResult, type Report, type Ruling } from '../model/ruling.js';
import type { Renderer, RenderOptions } from './types.js';
import { candidatesOf } from './view.js';

/** A string as JSON writes it: quoted, with quotes, backslashes, control characters and lone surrogates escaped. */
const jsonString = (s: string): string => JSON.stringify(s);

/** A number as JSON writes it: `null` for NaN and the infinities. */
const jsonNumber = (n: number): string => (Number.isFinite(n) ? String(n) : 'null');

/** Any small value as JSON.stringify(…, null, 2) writes it, indented to sit at `indent`. */
function pretty(value: unknown, indent: string): string {
  // Line breaks in JSON.stringify's output are all layout (those in strings are escaped), so indenting is safe.
  const text = JSON.stringify(value, null, 2);
  return indent ? text.replaceAll('\n', `\n${indent}`) : text;
}

/** `value` with exactly `keys`, in that order, leaving out those it does not have: the order JSON writes. */
function ordered<K extends string>(keys: readonly K[], value: Partial<Record<K, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

/** How to write each field of an object of type T: its JSON text at an indentation, or undefined to leave it out. */
type Fields<T, C> = { [K in keyof T]-?: (source: C, indent: string) => string | undefined };

/** Writes an object field by field in `keys` order; each key's lead-in is worked out once per indentation. */
function objectWriter<T, C>(keys: readonly (keyof T & string)[], fields: Fields<T, C>): (source: C, indent: string) => string {
  const leads = new Map<string, string[]>();
  const inner = new Map<string, string>();
  const writers = keys.map((k) => fields[k]);
  return (source, indent) => {
    let lead = leads.get(indent);
    if (lead === undefined) leads.set(indent, (lead = keys.map((k) => `\n${indent}  ${jsonString(k)}: `)));
    let deeper = inner.get(indent);
    if (deeper === undefined) inner.set(indent, (deeper = `${indent}  `));
    let out = '{';
    let first = true;
    for (let i = 0; i < writers.length; i++) {
      const text = writers[i]!(source, deeper);
      if (text === undefined) continue;
      out += (first ? '' : ',') + lead[i]! + text;
      first = false;
    }
    return first ? '{}' : `${out}\n${indent}}`;
  };
}

/** What writing one candidate's rulings shares: each text quoted once however often it recurs. */
interface RulingContext {
  r: Ruling;
  /** Clause ids, stances, sources and most reasons recur for every candidate: quoted once per document. */
  once: (s: string) => string;
  /** A reply's quotes recur across its rulings: quoted once per candidate. */
  quote: (s: string) => string;
}

function quoteOnce(): (s: string) => string {
  const quoted = new Map<string, string>();
  return (s) => {
    let q = quoted.get(s);
    if (q === undefined) quoted.set(s, (q = jsonString(s)));
    return q;
  };
}

const rulingText = objectWriter<ReportDocument['candidates'][number]['rulings'][number], RulingContext>(DOCUMENT_KEYS.ruling, {
  clause: ({ r, once }) => once(r.clause),
  stance: ({ r, once }) => once(r.stance),
  declineKind: ({ r, once }) => (r.declineKind === undefined ? undefined : once(r.declineKind)),
  confidence: ({ r }) => jsonNumber(r.confidence),
  source: ({ r, once }) => once(r.source),
  evidence: ({ r, quote }, indent) => {
    if (r.evidence.length === 0) return '[]';
    let out = '[';
    for (let j = 0; j < r.evidence.length; j++) {
      const e = r.evidence[j]!;
      out += `${j === 0 ? '' : ','}\n${indent}  {\n${indent}    "quote": ${quote(e.quote)},\n${indent}    "line": ${jsonNumber(e.line)}\n${indent}  }`;
    }
    return `${out}\n${indent}]`;
  },
  reason: ({ r, once }) => once(r.reason),
  needsReview: ({ r }) => (r.needsReview ? 'true' : 'false'),
  reviewed: ({ r }) => (isReviewed(r) ? 'true' : 'false'),
  note: ({ r }) => (r.note === undefined ? undefined : jsonString(r.note)),
});

interface CandidateContext {
  c: CandidateResult;
  rulings: readonly Ruling[];
  once: (s: string) => string;
  report: Report;
}

/** A candidate's rulings, one after another; one context, moved from ruling to ruling. */
function rulingsText({ rulings, once }: CandidateContext, indent: string): string {
  if (rulings.length === 0) return '[]';
  const context: RulingContext = { r: rulings[0]!, once, quote: quoteOnce() };
  const lead = `\n${indent}  `;
  const deeper = `${indent}  `;
  let out = '[';
  for (let i = 0; i < rulings.length; i++) {
    context.r = rulings[i]!;
    out += (i === 0 ? '' : ',') + lead + rulingText(context, deeper);
  }
  return `${out}\n${indent}]`;
}

const optionalString = (s: string | undefined): string | undefined => (s === undefined ? undefined : jsonString(s));

const candidateFields: Fields<ReportDocument['candidates'][number], CandidateContext> = {
  candidate: ({ c }) => jsonString(c.candidate),
  file: ({ c }) => jsonString(c.file),
  received: ({ c }) => optionalString(c.received),
  source: ({ c }) => optionalString(c.source),
  details: ({ c }, indent) => (c.details === undefined ? undefined : pretty(c.details, indent)),
  score: ({ c }) => jsonNumber(c.score),
  maxScore: ({ c }) => jsonNumber(c.maxScore),
  percent: ({ c }) => jsonNumber(c.percent),
  rank: ({ c }) => jsonNumber(c.rank),
  rulings: rulingsText,
};

const candidateText = objectWriter(DOCUMENT_KEYS.candidate, candidateFields);

/** The programme part of a document: small, so JSON.stringify writes it, in the schema's key order. */
function programmeText(report: Report, keys: readonly string[], indent: string): string {
  const programme = { ...report.programme, clauses: report.programme.clauses.map((c) => ordered(DOCUMENT_KEYS.clause, c)) };
  return pretty(ordered(keys, programme as Record<string, unknown>), indent);
}

const aloneText = objectWriter<CandidateDocument, CandidateContext>(DOCUMENT_KEYS.candidateAlone, {
  ...candidateFields,
  $schema: () => jsonString(CANDIDATE_SCHEMA_ID),
  version: () => jsonString(DOCUMENT_VERSION),
  programme: ({ report }, indent) => programmeText(report, ['title', 'scoring', 'reviewThreshold'], indent),
});

/** Puts a candidate's rulings in programme order; the order is worked out once per report. */
function inProgrammeOrder(report: Report): (rulings: readonly Ruling[]) => Ruling[] {
  const order = new Map(report.programme.clauses.map((clause, i) => [clause.id, i]));
  return (rulings) => [...rulings].sort((a, b) => (order.get(a.clause) ?? 0) - (order.get(b.clause) ?? 0));
}

/** One candidate as a JSON document of its own, with a final newline. */
export function renderCandidateJson(report: Report, c: CandidateResult): string {
  return `${aloneText({ c, rulings: inProgrammeOrder(report)(c.rulings), once: quoteOnce(), report }, '')}\n`;
}

/** The report's top-level fields before `candidates`, which are written a candidate at a time. */
const HEAD: Fields<Omit<ReportDocument, 'candidates'>, Report> = {
  $schema: () => jsonString(REPORT_SCHEMA_ID),
  version: () => jsonString(DOCUMENT_VERSION),
  programme: (report, indent) => programmeText(report, DOCUMENT_KEYS.programme, indent),
  incomplete: (report, indent) => pretty(report.incomplete.map((d) => ordered(['file', 'line', 'col', 'code', 'message'], d)), indent),
};

/**
 * The whole report, candidates in the order asked for, pretty-printed with a final newline, in pieces: the fields
 * before the candidates first, then a candidate at a time, then the closing brackets. A writer need never hold the
 * whole text (for 10,000 replies some 50 million characters).
 */
export function* jsonPieces(report: Report, options: RenderOptions): Generator<string> {
  const order = inProgrammeOrder(report);
  const once = quoteOnce();
  const keys = DOCUMENT_KEYS.report;
  if (keys.at(-1) !== 'candidates') throw new Error('the report document must end with its candidates');
  const head = keys.slice(0, -1).map((k) => `\n  ${jsonString(k)}: ${HEAD[k as keyof typeof HEAD](report, '  ')}`);
  yield `{${head.join(',')},\n  "candidates": [`;
  let first = true;
  for (const c of candidatesOf(report, options)) {
    yield (first ? '\n    ' : ',\n    ') + candidateText({ c, rulings: order(c.rulings), once, report }, '    ');
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}

/** The whole report as one text: the pieces joined once. */
export const renderJson: Renderer = (report, options) => [...jsonPieces(report, options)].join('');
