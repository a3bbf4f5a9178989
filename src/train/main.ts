// npm run train: fits the model on every development set of corpus/sets.yaml, measures it by holding out whole
// programmes (ten folds), fits the temperature on those held-out predictions, and writes the weights and the
// training report beside them.
import { createHash } from 'node:crypto';
import { FEATURES, saysNothingOf } from '../parse/features.js';
import { chosenClass, CLASSES, softmax, type Model, type ModelFile } from '../parse/model.js';
import { metrics, type Metrics, type Scored } from '../eval/metrics.js';
import type { Stance } from '../model/stance.js';
import { examplesOf, readSets, type Example } from './dataset.js';
import { fit, fitOptions, fitTemperature, scores } from './fit.js';
import { needsReview } from '../parse/flag.js';

export const MODEL_VERSION = '1';

const FOLDS = 10;

export interface HeldOut {
  example: Example;
  predicted: Stance;
  confidence: number;
}

export interface Training {
  file: ModelFile;
  /** Every held-out prediction, for reading the misses. */
  heldOut: HeldOut[];
  /** Held-out-programme figures, per set and in all. */
  crossValidated: Record<string, Metrics>;
  /** The final model on the examples it was fitted on. */
  fitted: Metrics;
  examples: number;
  programmes: number;
}

/** Whether the ruling has something to quote: a statement tied to the clause, with a stance or without (decide.ts quotes either). */
function quotable(e: Example): boolean {
  return e.leaf.support.size > 0;
}

/** Predictions scored with the review flag the parser sets (needsReview of src/parse/flag.ts), reply by reply. */
function flagged(predictions: ReadonlyArray<{ e: Example; predicted: Stance; confidence: number }>, threshold: number): Scored[] {
  const unanswered = new Map<string, number>();
  const leaves = new Map<string, number>();
  for (const p of predictions) {
    leaves.set(p.e.file, (leaves.get(p.e.file) ?? 0) + 1);
    if (p.predicted === 'no-answer') unanswered.set(p.e.file, (unanswered.get(p.e.file) ?? 0) + 1);
  }
  return predictions.map((p) => ({
    gold: p.e.gold,
    predicted: p.predicted,
    confidence: p.confidence,
    needsReview: needsReview(p.confidence, p.predicted, threshold, {
      unplaced: p.e.unplaced,
      unanswered: unanswered.get(p.e.file) ?? 0,
      leaves: leaves.get(p.e.file)!,
      empty: p.e.empty,
    }, quotable(p.e)),
  }));
}

function scored(model: Model, examples: readonly Example[], temperature: number, threshold: number): Scored[] {
  return flagged(
    examples.map((e) => {
      const p = softmax(scores(model, e), temperature);
      const k = chosenClass(p, saysNothingOf(e.leaf));
      return { e, predicted: CLASSES[k] as Stance, confidence: Math.round(p[k]! * 100) / 100 };
    }),
    threshold,
  );
}

/** Fits and measures; the caller writes the files. */
export function train(setsFile: string, threshold = 0.6): Training {
  const sets = readSets(setsFile).filter((s) => s.status === 'dev');
  const examples = sets.flatMap(examplesOf);
  const programmes = [...new Set(examples.map((e) => e.programme))].sort();
  const foldOf = new Map(programmes.map((p, i) => [p, i % FOLDS]));
  const heldOut: Array<{ e: Example; scores: Float64Array }> = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((e) => foldOf.get(e.programme) !== fold);
    const test = examples.filter((e) => foldOf.get(e.programme) === fold);
    if (test.length === 0) continue;
    const model = fit(train);
    for (const e of test) heldOut.push({ e, scores: scores(model, e) });
  }
  const temperature = fitTemperature(heldOut.map((h) => ({ scores: h.scores, gold: h.e.gold })));
  const crossValidated: Record<string, Metrics> = {};
  const cvScored = flagged(
    heldOut.map((h) => {
      const p = softmax(Float64Array.from(h.scores), temperature);
      const k = chosenClass(p, saysNothingOf(h.e.leaf));
      return { e: h.e, predicted: CLASSES[k] as Stance, confidence: Math.round(p[k]! * 100) / 100 };
    }),
    threshold,
  ).map((s, i) => ({ set: heldOut[i]!.e.set, s }));
  crossValidated.all = metrics(cvScored.map((c) => c.s));
  for (const set of sets) crossValidated[set.name] = metrics(cvScored.filter((c) => c.set === set.name).map((c) => c.s));
  const model = fit(examples);
  const fitted = metrics(scored(model, examples, temperature, threshold));
  const weights: Record<string, number[]> = {};
  FEATURES.forEach((name, f) => {
    const w = CLASSES.map((_, k) => Math.round(model.weights[f * CLASSES.length + k]! * 10_000) / 10_000);
    if (w.some((x) => x !== 0)) weights[name] = w;
  });
  const text: Record<string, number[]> = {};
  for (const [key, w] of [...model.text].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const r = [...w].map((x) => Math.round(x * 10_000) / 10_000);
    // Words the fit left near zero say nothing: the file keeps those that move a decision.
    if (r.some((x) => Math.abs(x) >= 0.01)) text[key] = r;
  }
  // The version names these very weights: a cache of rulings keyed by it is never read with other weights.
  const digest = createHash('sha256').update(JSON.stringify([weights, text, temperature])).digest('hex').slice(0, 12);
  const file: ModelFile = {
    version: `${MODEL_VERSION}.${examples.length}.${digest}`,
    temperature,
    weights,
    text,
    training: {
      sets: sets.map((s) => s.name),
      examples: examples.length,
      programmes: programmes.length,
      options: fitOptions(),
      crossValidated: { accuracy: round(crossValidated.all.accuracy), macroF1: round(crossValidated.all.macroF1), ece: round(crossValidated.all.ece) },
      fitted: { accuracy: round(fitted.accuracy), macroF1: round(fitted.macroF1) },
    },
  };
  const held = heldOut.map((h, i) => ({ example: h.e, predicted: cvScored[i]!.s.predicted, confidence: cvScored[i]!.s.confidence }));
  return { file, heldOut: held, crossValidated, fitted, examples: examples.length, programmes: programmes.length };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
