// The parser measured against the labelled corpus: the bars a release must clear. These are figures on replies the
// model was fitted on (training figures, see EVALUATION.md for first-sight ones): they guard against a change that
// breaks what is known, and the seed's six real replies must rule exactly as labelled.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSet, formatEval, score } from '../../src/eval/index.js';
import { readSets } from '../../src/train/dataset.js';

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

  it('reads at most one refusal in ten as agreement', () => {
    const refusals = result.cases.filter((c) => c.gold.every((g) => g === 'declined')).length;
    expect(result.refusalsReadAsAgreement.length, result.refusalsReadAsAgreement.map((c) => `${c.file} ${c.clause}`).join('\n')).toBeLessThanOrEqual(refusals / 10);
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

describe('parser on every development set', () => {
  const sets = readSets(fileURLToPath(new URL('../../corpus/sets.yaml', import.meta.url))).filter((s) => s.status === 'dev');
  const all = score(sets.flatMap((s) => evaluateSet(s).cases));

  it('covers at least 35 programmes and 300 replies', () => {
    expect(new Set(all.cases.map((c) => c.corpus)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(all.cases.map((c) => c.file)).size).toBeGreaterThanOrEqual(300);
  });

  it('reaches 76% accuracy and 0.66 macro-F1 over all of them, with calibrated probabilities', () => {
    expect(all.accuracy).toBeGreaterThanOrEqual(0.76);
    expect(all.macroF1).toBeGreaterThanOrEqual(0.66);
    expect(all.ece).toBeLessThanOrEqual(0.06);
  });
});
