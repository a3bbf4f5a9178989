// Property tests for the JSON renderer: for any report, its text is exactly what JSON.stringify(…, null, 2) makes
// of the contract's objects, whatever the strings (quotes, backslashes, control characters, lone surrogates,
// U+2028) and numbers (NaN, the infinities, -0, exponents) in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateResult, Report, Ruling } from '../../src/model/ruling.js';
import { render } from '../../src/render/index.js';
import { renderCandidateJson } from '../../src/render/json.js';
import { orderCandidates, type CandidateOrder } from '../../src/util/ordering.js';
import { LIMITS, RUNS, report } from './reports.js';

// ---------------------------------------------------------------------------------------------
// The contract as objects, the way JSON.stringify is given them: keys in contract order, optional keys only when set.

function rulingObject(r: Ruling): Record<string, unknown> {
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

function candidateObject(report: Report, c: CandidateResult): Record<string, unknown> {
  const order = new Map(report.programme.clauses.map((clause, i) => [clause.id, i]));
  const rulings = [...c.rulings].sort((a, b) => (order.get(a.clause) ?? 0) - (order.get(b.clause) ?? 0));
  return { candidate: c.candidate, file: c.file, score: c.score, maxScore: c.maxScore, percent: c.percent, rank: c.rank, rulings: rulings.map(rulingObject) };
}

function reportObject(report: Report, sort: CandidateOrder): Record<string, unknown> {
  const { title, organisation, election, source, clauses } = report.programme;
  return {
    programme: {
      title,
      ...(organisation !== undefined ? { organisation } : {}),
      ...(election !== undefined ? { election } : {}),
      ...(source !== undefined ? { source } : {}),
      clauses: clauses.map((c) => ({ id: c.id, title: c.title, parent: c.parent, children: c.children, text: c.text, weight: c.weight })),
    },
    candidates: orderCandidates(report.candidates, sort).map((c) => candidateObject(report, c)),
  };
}

describe('JSON text', () => {
  it('of a report is JSON.stringify(…, null, 2) of the contract, in either order', () => {
    fc.assert(
      fc.property(report, fc.constantFrom<CandidateOrder>('score', 'name'), (r, sort) => {
        expect(render(r, 'json', { sort })).toBe(`${JSON.stringify(reportObject(r, sort), null, 2)}\n`);
      }),
      { numRuns: RUNS, ...LIMITS },
    );
  });

  it('of one candidate is JSON.stringify(…, null, 2) of its part of the contract', () => {
    fc.assert(
      fc.property(
        report.filter((r) => r.candidates.length > 0),
        (r) => {
          for (const c of r.candidates) expect(renderCandidateJson(r, c)).toBe(`${JSON.stringify(candidateObject(r, c), null, 2)}\n`);
        },
      ),
      { numRuns: RUNS, ...LIMITS },
    );
  });

});
