// Fits the model: multinomial logistic regression with an L2 penalty, by full-batch gradient descent with Adam
// from zero weights (deterministic: no random start, no sampling), and one temperature that calibrates its
// probabilities on predictions for programmes the weights were not fitted on.
import { FEATURES } from '../parse/features.js';
import { CLASSES, logits, softmax, type Model } from '../parse/model.js';
import type { Example } from './dataset.js';
import priorFile from '../parse/model/prior.json' with { type: 'json' };

const K = CLASSES.length;

export interface FitOptions {
  /** L2 penalty per structural weight (the bias is not penalised). */
  l2: number;
  /** L2 penalty per text weight: words are many and each is seen in few replies. */
  l2Text: number;
  /** How many times harder the weights prior.json names are pulled towards their prior. */
  priorPull: number;
  /** A text feature is learnt only if it is seen in this many programmes: a word of one programme is its subject. */
  minProgrammes: number;
  iterations: number;
  rate: number;
  /** Weight of each example, by programme, so that a programme with many replies does not outweigh the rest. */
  balance: boolean;
}

export const DEFAULT_FIT: FitOptions = { l2: 0.003, l2Text: 0.02, priorPull: 10, minProgrammes: 4, iterations: 1500, rate: 0.05, balance: true };

/** The fitting options, with any of them overridden for an experiment (PLEDGECARD_FIT='{"l2":0.001}'). */
export function fitOptions(): FitOptions {
  const over = process.env.PLEDGECARD_FIT;
  return over ? { ...DEFAULT_FIT, ...(JSON.parse(over) as Partial<FitOptions>) } : DEFAULT_FIT;
}

/** The target distribution of an example: its gold stances share the probability equally. */
function target(e: Example): Float64Array {
  const t = new Float64Array(K);
  for (const g of e.gold) t[CLASSES.indexOf(g)]! += 1 / e.gold.length;
  return t;
}

/** The prior weights (model/prior.json), by feature index, flat as the weights are; `named` marks the features it names. */
function priorWeights(named?: Uint8Array): Float64Array {
  const prior = new Float64Array(FEATURES.length * K);
  const at = new Map(FEATURES.map((f, i) => [f, i]));
  for (const [name, w] of Object.entries((priorFile as { weights: Record<string, number[]> }).weights)) {
    const f = at.get(name);
    if (f === undefined) throw new Error(`model/prior.json names an unknown feature: ${name}`);
    for (let k = 0; k < K; k++) prior[f * K + k] = w[k]!;
    if (named) named[f] = 1;
  }
  return prior;
}

export function fit(examples: readonly Example[], options: FitOptions = fitOptions()): Model {
  const F = FEATURES.length;
  const named = new Uint8Array(F);
  const prior = priorWeights(named);
  const seenIn = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const key of e.leaf.text.keys()) {
      let set = seenIn.get(key);
      if (!set) seenIn.set(key, (set = new Set()));
      set.add(e.programme);
    }
  }
  const vocabulary = [...seenIn].filter(([, p]) => p.size >= options.minProgrammes).map(([k]) => k).sort();
  const textAt = new Map(vocabulary.map((k, i) => [k, F + i]));
  const D = F + vocabulary.length;
  const rows = examples.map((e) => {
    const index: number[] = [...e.leaf.active];
    const value: number[] = e.leaf.active.map((f) => e.leaf.values[f]!);
    for (const [key, x] of e.leaf.text) {
      const at = textAt.get(key);
      if (at !== undefined) {
        index.push(at);
        value.push(x);
      }
    }
    return { index: Int32Array.from(index), value: Float64Array.from(value) };
  });
  const w = new Float64Array(D * K);
  w.set(prior);
  const m = new Float64Array(D * K);
  const v = new Float64Array(D * K);
  const grad = new Float64Array(D * K);
  const targets = examples.map(target);
  const perProgramme = new Map<string, number>();
  for (const e of examples) perProgramme.set(e.programme, (perProgramme.get(e.programme) ?? 0) + 1);
  const programmes = perProgramme.size;
  const weightOf = examples.map((e) => e.weight * (options.balance ? examples.length / (programmes * perProgramme.get(e.programme)!) : 1));
  const total = weightOf.reduce((a, b) => a + b, 0);
  const p = new Float64Array(K);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let it = 1; it <= options.iterations; it++) {
    grad.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const { index, value } = rows[i]!;
      p.fill(0);
      for (let j = 0; j < index.length; j++) for (let k = 0; k < K; k++) p[k]! += value[j]! * w[index[j]! * K + k]!;
      softmax(p);
      const t = targets[i]!;
      const s = weightOf[i]! / total;
      for (let j = 0; j < index.length; j++) {
        const x = value[j]! * s;
        for (let k = 0; k < K; k++) grad[index[j]! * K + k]! += x * (p[k]! - t[k]!);
      }
    }
    // The penalty pulls each weight towards its prior (zero for most), the bias too where the prior sets one.
    for (let f = 0; f < D; f++) {
      const l2 = f < F ? options.l2 * (named[f] ? options.priorPull : 1) : options.l2Text;
      for (let k = 0; k < K; k++) {
        const p0 = f < F ? prior[f * K + k]! : 0;
        if (f === 0 && p0 === 0) continue;
        grad[f * K + k]! += l2 * (w[f * K + k]! - p0);
      }
    }
    for (let i = 0; i < w.length; i++) {
      m[i] = b1 * m[i]! + (1 - b1) * grad[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * grad[i]! * grad[i]!;
      const mh = m[i]! / (1 - b1 ** it);
      const vh = v[i]! / (1 - b2 ** it);
      w[i]! -= (options.rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const text = new Map(vocabulary.map((key, i) => [key, w.slice((F + i) * K, (F + i + 1) * K)]));
  return { version: 'fitted', temperature: 1, weights: w.slice(0, F * K), text };
}

/** Raw scores of a model for an example. */
export function scores(model: Model, e: Example): Float64Array {
  return logits(model, e.leaf, new Float64Array(K));
}

/** The temperature that makes held-out probabilities most likely (a grid, deterministic). */
export function fitTemperature(heldOut: ReadonlyArray<{ scores: Float64Array; gold: readonly string[] }>): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.5; t <= 4.0001; t += 0.05) {
    let loss = 0;
    for (const h of heldOut) {
      const p = softmax(Float64Array.from(h.scores), t);
      let q = 0;
      for (const g of h.gold) q += p[CLASSES.indexOf(g as (typeof CLASSES)[number])]!;
      loss -= Math.log(Math.max(1e-12, q));
    }
    if (loss < bestLoss - 1e-9) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}
