// The JSON output contract: the programme's clauses, then every candidate with every ruling in programme order.
import type { CandidateResult, Report, Ruling } from '../model/ruling.js';
import type { CandidateOrder } from '../util/ordering.js';
import type { Renderer } from './types.js';
import { candidatesOf } from './view.js';

/** A ruling with its keys in contract order; `note` only when there is one. */
function rulingJson(r: Ruling): Record<string, unknown> {
  return {
    clause: r.clause,
    stance: r.stance,
    confidence: r.confidence,
    source: r.source,
    evidence: r.evidence.map((e) => ({ quote: e.quote, line: e.line })),
    reason: r.reason,
    needsReview: r.needsReview,
    ...(r.note !== undefined ? { note: r.note } : {}),
  };
}

/** One candidate as the contract has it, rulings in programme order. */
export function candidateJson(report: Report, c: CandidateResult): Record<string, unknown> {
  const order = new Map(report.programme.clauses.map((clause, i) => [clause.id, i]));
  const rulings = [...c.rulings].sort((a, b) => (order.get(a.clause) ?? 0) - (order.get(b.clause) ?? 0));
  return {
    candidate: c.candidate,
    file: c.file,
    score: c.score,
    maxScore: c.maxScore,
    percent: c.percent,
    rank: c.rank,
    rulings: rulings.map(rulingJson),
  };
}

/** The whole report as a JSON document, candidates in the order asked for. */
export function reportJson(report: Report, sort: CandidateOrder): Record<string, unknown> {
  const { title, organisation, election, source, clauses } = report.programme;
  return {
    programme: {
      title,
      ...(organisation !== undefined ? { organisation } : {}),
      ...(election !== undefined ? { election } : {}),
      ...(source !== undefined ? { source } : {}),
      clauses: clauses.map((c) => ({ id: c.id, title: c.title, parent: c.parent, children: c.children, text: c.text, weight: c.weight })),
    },
    candidates: candidatesOf(report, { sort }).map((c) => candidateJson(report, c)),
  };
}

/** Pretty-printed JSON with a final newline. */
export const renderJson: Renderer = (report, options) => `${JSON.stringify(reportJson(report, options.sort), null, 2)}\n`;
