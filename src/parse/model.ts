// The trained decision: a multinomial logistic regression over the features of a leaf clause, its weights a
// reviewed data file fitted by `npm run train` (model/weights.json), its probabilities calibrated by one
// temperature fitted on replies the weights were not fitted on.
import type { Stance } from '../model/stance.js';
import { FEATURES } from './features.js';
import type { LeafFeatures } from './features.js';
import file from './model/weights.json' with { type: 'json' };

/** The model's classes, in the order of each feature's weights. */
export const CLASSES: readonly Stance[] = ['agree', 'agree-with-qualifications', 'declined', 'no-answer'];
const K = CLASSES.length;

export interface ModelFile {
  /** Bumped whenever the features or the fitting change, so cached rulings of another model are never reused. */
  version: string;
  temperature: number;
  /** Feature name → one weight per class, in CLASSES order. */
  weights: Record<string, number[]>;
  /** Text feature ("x:need to") → one weight per class. */
  text?: Record<string, number[]>;
  /** How the weights were fitted and measured (for the reader of the diff; the code does not read it). */
  training?: unknown;
}

export interface Model {
  version: string;
  temperature: number;
  /** weights[f * K + k] */
  weights: Float64Array;
  /** Text feature → its weights per class. */
  text: Map<string, Float64Array>;
}

/** A model from its file's contents; throws when it names a feature pledgecard does not have. */
export function modelFrom(data: ModelFile): Model {
  const weights = new Float64Array(FEATURES.length * K);
  const at = new Map(FEATURES.map((f, i) => [f, i]));
  for (const [name, w] of Object.entries(data.weights)) {
    const f = at.get(name);
    if (f === undefined) throw new Error(`model weights name an unknown feature: ${name}`);
    if (w.length !== K) throw new Error(`model weights for ${name} need ${K} numbers`);
    for (let k = 0; k < K; k++) weights[f * K + k] = w[k]!;
  }
  const text = new Map<string, Float64Array>();
  for (const [name, w] of Object.entries(data.text ?? {})) {
    if (w.length !== K) throw new Error(`model weights for ${name} need ${K} numbers`);
    text.set(name, Float64Array.from(w));
  }
  return { version: data.version, temperature: data.temperature, weights, text };
}

let bundled: Model | undefined;

/** The model pledgecard ships (model/weights.json), read when first needed. */
export function bundledModel(): Model {
  return (bundled ??= modelFrom(file as ModelFile));
}

/** The model's raw scores per class for a leaf (before the temperature), into `out`. */
export function logits(model: Model, leaf: LeafFeatures, out: Float64Array): Float64Array {
  out.fill(0);
  for (const f of leaf.active) {
    const x = leaf.values[f]!;
    for (let k = 0; k < K; k++) out[k]! += x * model.weights[f * K + k]!;
  }
  for (const [name, x] of leaf.text) {
    const w = model.text.get(name);
    if (w) for (let k = 0; k < K; k++) out[k]! += x * w[k]!;
  }
  return out;
}

/** Softmax of scores divided by a temperature, in place. */
export function softmax(scores: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < scores.length; k++) max = Math.max(max, scores[k]! / temperature);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) sum += scores[k] = Math.exp(scores[k]! / temperature - max);
  for (let k = 0; k < scores.length; k++) scores[k]! /= sum;
  return scores;
}

/** The probability of each class for a leaf, calibrated. */
export function predict(model: Model, leaf: LeafFeatures, out = new Float64Array(K)): Float64Array {
  return softmax(logits(model, leaf, out), model.temperature);
}

/** One feature's pull towards a class: a structural feature by index, or a text feature by name. */
export interface Contribution {
  feature: number | string;
  value: number;
}

/** What each active feature adds to class k over class j: the features that carried a decision, largest first. */
export function contributions(model: Model, leaf: LeafFeatures, k: number, j: number): Contribution[] {
  const out: Contribution[] = [];
  for (const f of leaf.active) {
    const x = leaf.values[f]!;
    const value = x * (model.weights[f * K + k]! - model.weights[f * K + j]!);
    if (value > 0) out.push({ feature: f, value });
  }
  for (const [name, x] of leaf.text) {
    const w = model.text.get(name);
    const value = w ? x * (w[k]! - w[j]!) : 0;
    if (value > 0) out.push({ feature: name, value });
  }
  return out.sort((a, b) => b.value - a.value || String(a.feature).localeCompare(String(b.feature)));
}

/**
 * The class a leaf is ruled, from its probabilities: the likeliest, except that a clause nothing was said of with a
 * stance, and nothing at all tied to it or to its subject (`silent`), is "no answer". A stance needs something the
 * candidate wrote to rest on: what the model would guess from the reply as a whole ("1) Yes." agreeing with clause 3)
 * is no ruling an organiser could publish. A statement tied to the clause without a word of stance ("Sunday opening
 * at every branch is overdue") is the model's to weigh.
 */
export function chosenClass(p: Float64Array, silent: boolean): number {
  if (silent) return CLASSES.indexOf('no-answer');
  let k = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[k]!) k = i;
  return k;
}
