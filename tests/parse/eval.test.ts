// The parser measured against the labelled corpus: the bars a release must clear.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEval } from '../../src/eval/index.js';

const manifest = fileURLToPath(new URL('../corpus/corpora.yaml', import.meta.url));
const result = evaluate(manifest);
const report = formatEval(result);

describe('parser on the labelled corpus', () => {
  it('covers the seed and at least 40 more replies over at least 3 other programmes', () => {
    const files = new Set(result.cases.map((c) => `${c.corpus}/${c.file}`));
    const corpora = new Set(result.cases.map((c) => c.corpus));
    expect(corpora.size).toBeGreaterThanOrEqual(4);
    expect([...files].filter((f) => !f.startsWith('seed/')).length).toBeGreaterThanOrEqual(40);
  });

  it('gets every unambiguous ruling of the seed right', () => {
    const seed = result.cases.filter((c) => c.corpus === 'seed' && c.gold.length === 1);
    expect(seed.length).toBeGreaterThan(50);
    const wrong = seed.filter((c) => c.predicted !== c.gold[0]).map((c) => `${c.file} ${c.clause}: ${c.predicted}`);
    expect(wrong).toEqual([]);
  });

  it('reaches 95% accuracy and 0.90 macro-F1 overall', () => {
    expect(result.accuracy, report).toBeGreaterThanOrEqual(0.95);
    expect(result.macroF1, report).toBeGreaterThanOrEqual(0.9);
  });

  it('never reads a refusal as agreement', () => {
    expect(result.refusalsReadAsAgreement.map((c) => `${c.file} ${c.clause}`)).toEqual([]);
  });

  it('gives every stance its own precision and recall, not accuracy alone', () => {
    for (const stance of ['agree', 'agree-with-qualifications', 'declined', 'no-answer'] as const) {
      expect(result.perStance[stance].support, stance).toBeGreaterThan(0);
      expect(result.perStance[stance].f1, `${stance}\n${report}`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('quotes every piece of evidence exactly, at the line it gives', () => {
    for (const c of result.cases) {
      for (const e of c.ruling.evidence) expect(e.quote.length).toBeGreaterThan(0);
    }
  });
});
