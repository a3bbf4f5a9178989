// Figures for a set of rulings against gold labels: accuracy, per-stance precision, recall and F1, macro-F1, the
// confusion matrix, how well the review flag catches the wrong rulings, and how calibrated the probabilities are.
import { STANCE_IDS, type Stance } from '../model/stance.js';

export interface Scored {
  gold: readonly Stance[];
  predicted: Stance;
  /** The ruling's probability of being right. */
  confidence: number;
  needsReview: boolean;
}

export interface StanceMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  /** Mean confidence of the rulings in the bin. */
  confidence: number;
  /** Share of them that are right. */
  accuracy: number;
}

export interface Metrics {
  total: number;
  correct: number;
  accuracy: number;
  macroF1: number;
  perStance: Record<Stance, StanceMetrics>;
  /** confusion[gold][predicted] */
  confusion: Record<Stance, Record<Stance, number>>;
  /** Share of all rulings flagged for review. */
  flaggedShare: number;
  /** Share of the wrong rulings that are flagged. */
  wrongFlagged: number;
  /** Share of the unflagged rulings that are right. */
  unflaggedRight: number;
  /** Expected calibration error over ten equal-width bins. */
  ece: number;
  bins: ReliabilityBin[];
  /** The same rulings answered "agree" everywhere, for comparison. */
  agreeBaseline: number;
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function isRight(s: Scored): boolean {
  return s.gold.includes(s.predicted);
}

export function metrics(cases: readonly Scored[]): Metrics {
  const confusion = Object.fromEntries(STANCE_IDS.map((g) => [g, Object.fromEntries(STANCE_IDS.map((p) => [p, 0]))])) as Metrics['confusion'];
  let correct = 0;
  let flagged = 0;
  let wrong = 0;
  let wrongFlagged = 0;
  let unflagged = 0;
  let unflaggedRight = 0;
  let agree = 0;
  for (const c of cases) {
    const ok = isRight(c);
    confusion[ok ? c.predicted : c.gold[0]!][c.predicted]++;
    if (ok) correct++;
    else wrong++;
    if (c.needsReview) {
      flagged++;
      if (!ok) wrongFlagged++;
    } else {
      unflagged++;
      if (ok) unflaggedRight++;
    }
    if (c.gold.includes('agree')) agree++;
  }
  const perStance = {} as Record<Stance, StanceMetrics>;
  for (const s of STANCE_IDS) {
    const tp = confusion[s][s];
    const predicted = STANCE_IDS.reduce((n, g) => n + confusion[g][s], 0);
    const support = STANCE_IDS.reduce((n, p) => n + confusion[s][p], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    perStance[s] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  }
  const present = STANCE_IDS.filter((s) => perStance[s].support > 0);
  const bins: ReliabilityBin[] = [];
  let ece = 0;
  for (let b = 0; b < 10; b++) {
    const from = b / 10;
    const to = (b + 1) / 10;
    const inBin = cases.filter((c) => c.confidence >= from && (c.confidence < to || (b === 9 && c.confidence <= 1)));
    if (inBin.length === 0) continue;
    const conf = inBin.reduce((n, c) => n + c.confidence, 0) / inBin.length;
    const acc = inBin.filter(isRight).length / inBin.length;
    bins.push({ from, to, count: inBin.length, confidence: conf, accuracy: acc });
    ece += (inBin.length / cases.length) * Math.abs(conf - acc);
  }
  return {
    total: cases.length,
    correct,
    accuracy: ratio(correct, cases.length),
    macroF1: ratio(present.reduce((n, s) => n + perStance[s].f1, 0), present.length),
    perStance,
    confusion,
    flaggedShare: ratio(flagged, cases.length),
    wrongFlagged: ratio(wrongFlagged, wrong),
    unflaggedRight: ratio(unflaggedRight, unflagged),
    ece,
    bins,
    agreeBaseline: ratio(agree, cases.length),
  };
}
