// Property tests for the JSON renderer: for any report, its text is exactly what JSON.stringify(…, null, 2) makes
// of the contract's objects, whatever the strings (quotes, backslashes, control characters, lone surrogates,
// U+2028) and numbers (NaN, the infinities, -0, exponents) in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_SCHEMA_ID,
  CandidateDocumentSchema,
  DOCUMENT_VERSION,
  DocumentCandidateSchema,
  DocumentRulingSchema,
  REPORT_SCHEMA_ID,
  ReportDocumentSchema,
} from '../../src/model/report-document.js';
import { EvidenceSchema, LeftOutSchema, ReportClauseSchema, ReportProgrammeSchema, type CandidateResult, type Report, type Ruling } from '../../src/model/ruling.js';
import { render } from '../../src/render/index.js';
import { renderCandidateJson } from '../../src/render/json.js';
import { orderCandidates, type CandidateOrder } from '../../src/util/ordering.js';
import { LIMITS, RUNS, report } from './reports.js';

// ---------------------------------------------------------------------------------------------
// The documents as objects, the way JSON.stringify is given them: keys in the order of the zod schemas, optional keys
// only when set. The field lists come from the schemas, as the renderer's do.

/** `value`'s keys that `schema` has, in the schema's order, leaving out those not set. */
function pick(schema: { shape: Record<string, unknown> }, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function rulingObject(r: Ruling): Record<string, unknown> {
  return pick(DocumentRulingSchema, { ...r, evidence: r.evidence.map((e) => pick(EvidenceSchema, e)), reviewed: r.source === 'override' });
}

function rulingsOf(report: Report, c: CandidateResult): Record<string, unknown>[] {
  const order = new Map(report.programme.clauses.map((clause, i) => [clause.id, i]));
  return [...c.rulings].sort((a, b) => (order.get(a.clause) ?? 0) - (order.get(b.clause) ?? 0)).map(rulingObject);
}

function candidateObject(report: Report, c: CandidateResult): Record<string, unknown> {
  return pick(DocumentCandidateSchema, { ...c, rulings: rulingsOf(report, c) });
}

function programmeObject(report: Report, schema: { shape: Record<string, unknown> }): Record<string, unknown> {
  return pick(schema, { ...report.programme, clauses: report.programme.clauses.map((c) => pick(ReportClauseSchema, c)) });
}

function reportObject(report: Report, sort: CandidateOrder): Record<string, unknown> {
  return pick(ReportDocumentSchema, {
    $schema: REPORT_SCHEMA_ID,
    version: DOCUMENT_VERSION,
    programme: programmeObject(report, ReportProgrammeSchema),
    incomplete: report.incomplete.map((l) => pick(LeftOutSchema, l)),
    candidates: orderCandidates(report.candidates, sort).map((c) => candidateObject(report, c)),
  });
}

function aloneObject(report: Report, c: CandidateResult): Record<string, unknown> {
  return pick(CandidateDocumentSchema, {
    ...c,
    $schema: CANDIDATE_SCHEMA_ID,
    version: DOCUMENT_VERSION,
    programme: programmeObject(report, CandidateDocumentSchema.shape.programme),
    rulings: rulingsOf(report, c),
  });
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
          for (const c of r.candidates) expect(renderCandidateJson(r, c)).toBe(`${JSON.stringify(aloneObject(r, c), null, 2)}\n`);
        },
      ),
      { numRuns: RUNS, ...LIMITS },
    );
  });

});
