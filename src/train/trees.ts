// An experiment beside the linear model: gradient-boosted trees over the same features, to measure whether
// interactions between features would read unseen programmes better.
import { FEATURES } from '../parse/features.js';
import { CLASSES, softmax } from '../parse/model.js';
import type { Example } from './dataset.js';

const K = CLASSES.length;

interface Node {
  feature: number;
  threshold: number;
  left: Node | number;
  right: Node | number;
}

export interface Forest {
  /** trees[round][class] */
  trees: Array<Array<Node | number>>;
  rate: number;
  columns: string[];
  text: Map<string, number>;
}

interface Matrix {
  rows: Float64Array[];
  columns: string[];
  text: Map<string, number>;
}

function matrixOf(examples: readonly Example[], vocabulary?: Map<string, number>): Matrix {
  const F = FEATURES.length;
  let text = vocabulary;
  if (!text) {
    const seenIn = new Map<string, Set<string>>();
    for (const e of examples) for (const key of e.leaf.text.keys()) {
      let s = seenIn.get(key);
      if (!s) seenIn.set(key, (s = new Set()));
      s.add(e.programme);
    }
    const keys = [...seenIn].filter(([, p]) => p.size >= 4).sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).slice(0, 600).map(([k]) => k);
    text = new Map(keys.map((k, i) => [k, F + i]));
  }
  const D = F + text.size;
  const rows = examples.map((e) => {
    const r = new Float64Array(D);
    for (const f of e.leaf.active) r[f] = e.leaf.values[f]!;
    for (const [k, v] of e.leaf.text) {
      const at = text!.get(k);
      if (at !== undefined) r[at] = v;
    }
    return r;
  });
  return { rows, columns: [...FEATURES, ...text.keys()], text };
}

const THRESHOLDS = [0, 0.3, 0.5, 0.7, 0.85];

function build(rows: Float64Array[], idx: number[], g: Float64Array, h: Float64Array, depth: number, D: number, lambda: number, minH: number): Node | number {
  let G = 0;
  let H = 0;
  for (const i of idx) {
    G += g[i]!;
    H += h[i]!;
  }
  const leaf = -G / (H + lambda);
  if (depth === 0 || idx.length < 10) return leaf;
  let best = { gain: 1e-6, feature: -1, threshold: 0 };
  const base = (G * G) / (H + lambda);
  for (let f = 0; f < D; f++) {
    for (const t of THRESHOLDS) {
      let GL = 0;
      let HL = 0;
      let any = false;
      for (const i of idx) {
        if (rows[i]![f]! > t) {
          GL += g[i]!;
          HL += h[i]!;
          any = true;
        }
      }
      if (!any) break;
      const GR = G - GL;
      const HR = H - HL;
      if (HL < minH || HR < minH) continue;
      const gain = (GL * GL) / (HL + lambda) + (GR * GR) / (HR + lambda) - base;
      if (gain > best.gain) best = { gain, feature: f, threshold: t };
    }
  }
  if (best.feature < 0) return leaf;
  const L: number[] = [];
  const R: number[] = [];
  for (const i of idx) (rows[i]![best.feature]! > best.threshold ? L : R).push(i);
  return { feature: best.feature, threshold: best.threshold, left: build(rows, L, g, h, depth - 1, D, lambda, minH), right: build(rows, R, g, h, depth - 1, D, lambda, minH) };
}

function walk(node: Node | number, row: Float64Array): number {
  let n = node;
  while (typeof n !== 'number') n = row[n.feature]! > n.threshold ? n.left : n.right;
  return n;
}

export function fitForest(examples: readonly Example[], rounds = 120, rate = 0.15, depth = 3): Forest {
  const m = matrixOf(examples);
  const N = m.rows.length;
  const D = m.columns.length;
  const F = new Float64Array(N * K);
  const y = examples.map((e) => {
    const t = new Float64Array(K);
    for (const s of e.gold) t[CLASSES.indexOf(s)]! += 1 / e.gold.length;
    return t;
  });
  const trees: Array<Array<Node | number>> = [];
  const all = Array.from({ length: N }, (_, i) => i);
  for (let r = 0; r < rounds; r++) {
    const p = new Float64Array(N * K);
    for (let i = 0; i < N; i++) {
      const s = softmax(F.slice(i * K, i * K + K));
      p.set(s, i * K);
    }
    const round: Array<Node | number> = [];
    for (let k = 0; k < K; k++) {
      const g = new Float64Array(N);
      const h = new Float64Array(N);
      for (let i = 0; i < N; i++) {
        const pi = p[i * K + k]!;
        g[i] = pi - y[i]![k]!;
        h[i] = Math.max(1e-6, pi * (1 - pi));
      }
      const tree = build(m.rows, all, g, h, depth, D, 1, 1);
      round.push(tree);
      for (let i = 0; i < N; i++) F[i * K + k]! += rate * walk(tree, m.rows[i]!);
    }
    trees.push(round);
  }
  return { trees, rate, columns: m.columns, text: m.text };
}

export function forestScores(forest: Forest, examples: readonly Example[]): Float64Array[] {
  const m = matrixOf(examples, forest.text);
  return m.rows.map((row) => {
    const s = new Float64Array(K);
    for (const round of forest.trees) for (let k = 0; k < K; k++) s[k]! += forest.rate * walk(round[k]!, row);
    return s;
  });
}
