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
    quote: `${line(4)}{${key(5, 'quote', true)}`,
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
function rulingText(r: Ruling, t: CandidateLayout, once: (s: string) => string): string {
  const out = [t.ruling, once(r.clause), t.stance, once(r.stance), t.confidence, jsonNumber(r.confidence), t.source, once(r.source), t.evidence];
  if (r.evidence.length === 0) out.push('[]');
  else {
    r.evidence.forEach((e, j) => out.push(j === 0 ? `[${t.quote}` : `,${t.quote}`, jsonString(e.quote), t.line, jsonNumber(e.line), t.quoteEnd));
    out.push(t.evidenceEnd);
  }
  out.push(t.reason, once(r.reason), t.needsReview, r.needsReview ? 'true' : 'false');
  if (r.note !== undefined) out.push(t.note, jsonString(r.note));
  out.push(t.rulingEnd);
  return out.join('');
}

/** One candidate as the contract has it, added to `out` in pieces: a ruling per piece, and smaller ones around them. */
function candidateText(out: string[], c: CandidateResult, rulings: readonly Ruling[], t: CandidateLayout, once: (s: string) => string): void {
  out.push(t.candidate, jsonString(c.candidate), t.file, jsonString(c.file), t.score, jsonNumber(c.score), t.maxScore, jsonNumber(c.maxScore));
  out.push(t.percent, jsonNumber(c.percent), t.rank, jsonNumber(c.rank), t.rulings);
  rulings.forEach((r, i) => out.push(i === 0 ? '' : ',', rulingText(r, t, once)));
  out.push(rulings.length === 0 ? ']' : t.rulingsEnd, t.end);
}

/** One candidate as a JSON document of its own, with a final newline. */
export function renderCandidateJson(report: Report, c: CandidateResult): string {
  const out: string[] = [];
  candidateText(out, c, inProgrammeOrder(report)(c.rulings), ALONE, quoteOnce());
  return `${out.join('')}\n`;
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

/** The whole report in pieces, a candidate's at a time (the programme first, the closing brackets last). */
function* reportParts(report: Report, options: RenderOptions): Generator<string[]> {
  const order = inProgrammeOrder(report);
  const once = quoteOnce();
  yield [`{\n  "programme": ${programmeText(report)},\n  "candidates": [`];
  let first = true;
  for (const c of candidatesOf(report, options)) {
    const out = [first ? '\n    ' : ',\n    '];
    candidateText(out, c, order(c.rulings), IN_REPORT, once);
    yield out;
    first = false;
  }
  yield [first ? ']\n}\n' : '\n  ]\n}\n'];
}

/**
 * The whole report, candidates in the order asked for, pretty-printed with a final newline: a candidate at a time,
 * so that a writer need never hold the whole text (for 10,000 replies some 50 million characters).
 */
export function* jsonPieces(report: Report, options: RenderOptions): Generator<string> {
  for (const parts of reportParts(report, options)) yield parts.join('');
}

/**
 * The whole report as one text, joined once from pieces no bigger than a ruling: V8 keeps a string at two bytes a
 * character once any character in it is beyond Latin-1 (a curly apostrophe in a quote will do), so pieces that small
 * keep most of the text at one byte a character until the final join.
 */
export const renderJson: Renderer = (report, options) => {
  const all: string[] = [];
  for (const parts of reportParts(report, options)) for (const part of parts) all.push(part);
  return all.join('');
};
