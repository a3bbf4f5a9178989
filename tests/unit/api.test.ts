// The library API: the pipeline used without the command line, as a program embedding pledgecard would.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as pledgecard from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('library API', () => {
  it('loads, parses, scores and renders the bundled example', () => {
    const { programme, diagnostics } = pledgecard.loadProgramme(path.join(ROOT, 'pledges.yaml'), ROOT);
    expect(diagnostics).toEqual([]);
    const { replies } = pledgecard.loadReplies(path.join(ROOT, 'data'), programme, ROOT);
    expect(replies.map((r) => r.file)).toEqual([
      'data/ahmad-wattoo.md',
      'data/alec-price.md',
      'data/carol-spedding-taylor.md',
      'data/chaudhry-qamer-iqbal.md',
      'data/crispin-flintoff.md',
      'data/roger-silverman.md',
    ]);
    const rulings = pledgecard.parseReply(programme!, replies.find((r) => r.candidate === 'Crispin Flintoff')!);
    expect(rulings.find((r) => r.clause === '3g.3')).toMatchObject({ stance: 'agree', source: 'explicit' });
    expect(rulings.find((r) => r.clause === '3g.1')!.reason).toMatch(/^refused to answer/);
    const report = pledgecard.buildReport(programme!, replies);
    expect(report.candidates).toHaveLength(6);
    expect(report.candidates[0]!.rank).toBe(1);
    const text = pledgecard.render(report, 'json');
    expect([...pledgecard.renderPieces(report, 'json')].join('')).toBe(text);
    const json = JSON.parse(text);
    expect(json.candidates[0].rulings).toHaveLength(programme!.clauses.length);
    expect(pledgecard.FORMATS).toEqual(['table', 'markdown', 'csv', 'json', 'html']);
  });

  it('throws only its own error type, with diagnostics, for bad input', () => {
    let caught: unknown;
    try {
      pledgecard.requireInputs({ pledges: 'no-such-file.yaml', data: 'data', cwd: ROOT });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(pledgecard.PledgecardError);
    const err = caught as InstanceType<typeof pledgecard.PledgecardError>;
    expect(err.exitCode).toBe(2);
    expect(err.diagnostics[0]).toMatchObject({ code: 'file-missing', file: 'no-such-file.yaml' });
  });
});
