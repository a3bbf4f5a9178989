// The JSON output contract: the programme's clauses, then every candidate with every ruling in programme order.
//
// The text is exactly what JSON.stringify(…, null, 2) makes of the contract's objects (the tests hold it to that,
// byte for byte), but written straight from the report: for 10,000 replies, a second tree of 130,000 rulings built
// only to be stringified was as big again as the report, and alive alongside the text.
import type { CandidateResult, Report, Ruling } from '../model/ruling.js';
import type { Renderer, RenderOptions } from './types.js';
import { candidatesOf } from './view.js';

/** A string as JSON writes it: quoted, with quotes, backslashes, control characters and lone surrogates escaped. */
const jsonString = (s: string): string => JSON.stringify(s);

/** A number as JSON writes it: `null` for NaN and the infinities. */
const jsonNumber = (n: number): string => (Number.isFinite(n) ? String(n) : 'null');

/** The fixed text between a candidate's values when its opening brace is indented by `base`. */
function candidateLayout(base: string) {
  const line = (level: number): string => `\n${base}${'  '.repeat(level)}`;
  const key = (level: number, name: string, first = false): string => `${first ? '' : ','}${line(level)}"${name}": `;
  return {
    candidate: `{${key(1, 'candidate', true)}`,
    file: key(1, 'file'),
    score: key(1, 'score'),
    maxScore: key(1, 'maxScore'),
    percent: key(1, 'percent'),
    rank: key(1, 'rank'),
    rulings: `${key(1, 'rulings')}[`,
    ruling: `${line(2)}{${key(3, 'clause', true)}`,
    stance: key(3, 'stance'),
    confidence: key(3, 'confidence'),
    source: key(3, 'source'),
    evidence: key(3, 'evidence'),
    firstQuote: `[${line(4)}{${key(5, 'quote', true)}`,
    nextQuote: `,${line(4)}{${key(5, 'quote', true)}`,
    line: key(5, 'line'),
    quoteEnd: `${line(4)}}`,
    evidenceEnd: `${line(3)}]`,
    reason: key(3, 'reason'),
    needsReview: key(3, 'needsReview'),
    note: key(3, 'note'),
    rulingEnd: `${line(2)}}`,
    rulingsEnd: `${line(1)}]`,
    end: `${line(0)}}`,
  };
}

type CandidateLayout = ReturnType<typeof candidateLayout>;

// A candidate on its own (`show --format json`), and as an element of the report's `candidates`.
const ALONE = candidateLayout('');
const IN_REPORT = candidateLayout('    ');

/** Puts a candidate's rulings in programme order; the order is worked out once per report. */
function inProgrammeOrder(report: Report): (rulings: readonly Ruling[]) => Ruling[] {
  const order = new Map(report.programme.clauses.map((clause, i) => [clause.id, i]));
  return (rulings) => [...rulings].sort((a, b) => (order.get(a.clause) ?? 0) - (order.get(b.clause) ?? 0));
}

/**
 * Quotes each text once however often it recurs: clause ids, stances, sources and most reasons come from a
 * small set and recur for every candidate.
 */
function quoteOnce(): (s: string) => string {
  const quoted = new Map<string, string>();
  return (s) => {
    let q = quoted.get(s);
    if (q === undefined) quoted.set(s, (q = jsonString(s)));
    return q;
  };
}

/** One ruling as the contract has it: its keys in contract order, `note` only when there is one. */
function rulingText(r: Ruling, t: CandidateLayout, once: (s: string) => string, quote: (s: string) => string): string {
  let out = t.ruling + once(r.clause) + t.stance + once(r.stance) + t.confidence + jsonNumber(r.confidence) + t.source + once(r.source) + t.evidence;
  if (r.evidence.length === 0) out += '[]';
  else {
    for (let j = 0; j < r.evidence.length; j++) {
      const e = r.evidence[j]!;
      out += (j === 0 ? t.firstQuote : t.nextQuote) + quote(e.quote) + t.line + jsonNumber(e.line) + t.quoteEnd;
    }
    out += t.evidenceEnd;
  }
  out += t.reason + once(r.reason) + t.needsReview + (r.needsReview ? 'true' : 'false');
  if (r.note !== undefined) out += t.note + jsonString(r.note);
  return out + t.rulingEnd;
}

/**
 * One candidate as the contract has it, as one string built by appending (V8 joins appended strings lazily, so this
 * costs less than collecting pieces to join). A reply's quotes recur across its rulings: each is quoted once.
 */
function candidateText(c: CandidateResult, rulings: readonly Ruling[], t: CandidateLayout, once: (s: string) => string): string {
  const quotes = new Map<string, string>();
  const quote = (s: string): string => {
    let q = quotes.get(s);
    if (q === undefined) quotes.set(s, (q = jsonString(s)));
    return q;
  };
  let out = t.candidate + jsonString(c.candidate) + t.file + jsonString(c.file) + t.score + jsonNumber(c.score) + t.maxScore + jsonNumber(c.maxScore);
  out += t.percent + jsonNumber(c.percent) + t.rank + jsonNumber(c.rank) + t.rulings;
  for (let i = 0; i < rulings.length; i++) out += (i === 0 ? '' : ',') + rulingText(rulings[i]!, t, once, quote);
  return out + (rulings.length === 0 ? ']' : t.rulingsEnd) + t.end;
}

/** One candidate as a JSON document of its own, with a final newline. */
export function renderCandidateJson(report: Report, c: CandidateResult): string {
  return `${candidateText(c, inProgrammeOrder(report)(c.rulings), ALONE, quoteOnce())}\n`;
}

/** The programme part of the contract: small, so JSON.stringify writes it, indented to sit inside the report. */
function programmeText(report: Report): string {
  const { title, organisation, election, source, clauses } = report.programme;
  const programme = {
    title,
    ...(organisation !== undefined ? { organisation } : {}),
    ...(election !== undefined ? { election } : {}),
    ...(source !== undefined ? { source } : {}),
    clauses: clauses.map((c) => ({ id: c.id, title: c.title, parent: c.parent, children: c.children, text: c.text, weight: c.weight })),
  };
  // Line breaks in JSON.stringify's output are all layout (those in strings are escaped), so indenting is safe.
  return JSON.stringify(programme, null, 2).replaceAll('\n', '\n  ');
}

/**
 * The whole report, candidates in the order asked for, pretty-printed with a final newline, in pieces: the programme
 * first, then a candidate at a time, then the closing brackets. A writer need never hold the whole text (for 10,000
 * replies some 50 million characters).
 */
export function* jsonPieces(report: Report, options: RenderOptions): Generator<string> {
  const order = inProgrammeOrder(report);
  const once = quoteOnce();
  yield `{\n  "programme": ${programmeText(report)},\n  "candidates": [`;
  let first = true;
  for (const c of candidatesOf(report, options)) {
    yield (first ? '\n    ' : ',\n    ') + candidateText(c, order(c.rulings), IN_REPORT, once);
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}

/** The whole report as one text: the pieces joined once. */
export const renderJson: Renderer = (report, options) => [...jsonPieces(report, options)].join('');
