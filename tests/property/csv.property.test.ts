// Property tests for the CSV renderer: for any report, its text is exactly what csv-stringify (default options)
// makes of the rows, whatever the cells hold: quotes, commas, line breaks, formula starters, any other character.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/ruling.js';
import { BOM, CSV_COLUMNS as COLUMNS, csvField, neutraliseFormula } from '../../src/render/csv.js';
import { render } from '../../src/render/index.js';
import { candidatesOf, rulingLookup } from '../../src/render/view.js';
import type { CandidateOrder } from '../../src/util/ordering.js';
import { LIMITS, RUNS, report } from './reports.js';


/** The rows as csv-stringify is given them: a header, then a row per candidate × clause, every cell neutralised. */
function rows(report: Report, sort: CandidateOrder): string[][] {
  const out: string[][] = [[...COLUMNS]];
  for (const c of candidatesOf(report, { sort })) {
    const ruling = rulingLookup(c);
    for (const clause of report.programme.clauses) {
      const r = ruling(clause.id);
      const row: Record<(typeof COLUMNS)[number], string> = {
        candidate: c.candidate,
        file: c.file,
        rank: String(c.rank),
        clause: clause.id,
        title: clause.title,
        stance: r.stance,
        declined_because: r.declineKind ?? '',
        confidence: String(r.confidence),
        source: r.source,
        needs_review: r.needsReview ? 'yes' : 'no',
        reviewed: r.source === 'override' ? 'yes' : 'no',
        evidence: r.evidence.map((e) => `line ${e.line}: ${e.quote}`).join('\n'),
        reason: r.reason,
        note: r.note ?? '',
      };
      out.push(COLUMNS.map((k) => neutraliseFormula(row[k])));
    }
  }
  return out;
}

describe('CSV text', () => {
  it('of a report is what csv-stringify writes of its rows, in either order', () => {
    fc.assert(
      fc.property(report, fc.constantFrom<CandidateOrder>('score', 'name'), fc.boolean(), (r, sort, bom) => {
        expect(render(r, 'csv', { sort, bom })).toBe((bom ? BOM : '') + stringify(rows(r, sort)));
      }),
      { numRuns: RUNS, ...LIMITS },
    );
  });

  it('of a cell is what csv-stringify writes of it', () => {
    const cell = fc.string({ unit: fc.oneof(fc.constantFrom('"', ',', '\n', '\r', '\r\n', ' ', '\t', '\u2028'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (cells) => {
        expect(`${cells.map(csvField).join(',')}\n`).toBe(stringify([cells]));
      }),
      { numRuns: RUNS * 10, ...LIMITS },
    );
  });
});
