// Measures the parser against labelled replies: accuracy, per-stance precision/recall/F1, macro-F1,
// the confusion matrix, and every miss with its evidence.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadProgramme } from '../load/programme.js';
import { loadReplies } from '../load/replies.js';
import type { Ruling } from '../model/ruling.js';
import { STANCE_IDS, type Stance } from '../model/stance.js';
import { analyseReply } from '../parse/index.js';
import { metrics, ratio, type Metrics } from './metrics.js';

import type { CorpusEntry, CorpusSet } from '../train/dataset.js';
export type { CorpusEntry, CorpusSet };

export interface Case {
  corpus: string;
  file: string;
  candidate: string;
  clause: string;
  gold: Stance[];
  predicted: Stance;
  ruling: Ruling;
}

export interface EvalResult extends Metrics {
  cases: Case[];
  misses: Case[];
  /** Gold says only "declined" and the parser said the candidate agreed (with or without qualifications). */
  refusalsReadAsAgreement: Case[];
  byCorpus: Record<string, { total: number; correct: number }>;
}

function asStances(value: unknown, where: string): Stance[] {
  const list = Array.isArray(value) ? value : [value];
  for (const s of list) if (!STANCE_IDS.includes(s as Stance)) throw new Error(`${where}: '${String(s)}' is not a stance`);
  return list as Stance[];
}

/** Runs the parser over every corpus in the manifest and compares with the gold labels. */
export function evaluate(manifestFile: string): EvalResult {
  const entries = parseYaml(readFileSync(manifestFile, 'utf8')) as CorpusEntry[];
  return evaluateEntries(path.dirname(manifestFile), entries);
}

/** Runs the parser over one set of corpus/sets.yaml. */
export function evaluateSet(set: CorpusSet): EvalResult {
  return evaluateEntries(set.base, set.entries);
}

function evaluateEntries(base: string, entries: readonly CorpusEntry[]): EvalResult {
  const cases: Case[] = [];
  for (const entry of entries) {
    const { programme, diagnostics } = loadProgramme(path.join(base, entry.pledges));
    if (!programme) throw new Error(`${entry.name}: ${diagnostics.map((d) => d.message).join('; ')}`);
    const { replies, diagnostics: replyProblems } = loadReplies(path.join(base, entry.data), programme);
    if (replyProblems.some((d) => d.severity === 'error')) throw new Error(`${entry.name}: ${replyProblems[0]!.file} ${replyProblems[0]!.message}`);
    const leaves = programme.clauses.filter((c) => c.children.length === 0);
    for (const reply of replies) {
      const slug = path.basename(reply.file, '.md');
      const goldFile = path.join(base, entry.gold, `${slug}.yaml`);
      const gold = parseYaml(readFileSync(goldFile, 'utf8')) as Record<string, unknown>;
      // The parser is measured, not the reviewer: rulings a person settled in the front matter are left out.
      const rulings = analyseReply(programme, { ...reply, rulings: {} });
      for (const leaf of leaves) {
        if (!(leaf.id in gold)) throw new Error(`${goldFile}: no label for ${leaf.id}`);
        const ruling = rulings.find((r) => r.clause === leaf.id)!;
        cases.push({
          corpus: entry.name,
          file: reply.file,
          candidate: reply.candidate,
          clause: leaf.id,
          gold: asStances(gold[leaf.id], `${goldFile} ${leaf.id}`),
          predicted: ruling.stance,
          ruling,
        });
      }
    }
  }
  return score(cases);
}

/** Metrics over a set of cases. Where gold allows two stances, a prediction of either is right. */
export function score(cases: Case[]): EvalResult {
  const m = metrics(cases.map((c) => ({ gold: c.gold, predicted: c.predicted, confidence: c.ruling.confidence, needsReview: c.ruling.needsReview })));
  const byCorpus: EvalResult['byCorpus'] = {};
  const misses: Case[] = [];
  for (const c of cases) {
    const ok = c.gold.includes(c.predicted);
    const bucket = (byCorpus[c.corpus] ??= { total: 0, correct: 0 });
    bucket.total++;
    if (ok) bucket.correct++;
    else misses.push(c);
  }
  const refusalsReadAsAgreement = cases.filter(
    (c) => c.gold.every((g) => g === 'declined') && (c.predicted === 'agree' || c.predicted === 'agree-with-qualifications'),
  );
  return { ...m, cases, misses, refusalsReadAsAgreement, byCorpus };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

/** The eval as a plain-text report. */
export function formatEval(result: EvalResult): string {
  const lines: string[] = [];
  lines.push(`cases: ${result.cases.length}   accuracy: ${pct(result.accuracy)}   macro-F1: ${result.macroF1.toFixed(3)}`);
  lines.push(`refusals read as agreement: ${result.refusalsReadAsAgreement.length}`);
  lines.push('');
  lines.push('corpus      correct/total');
  for (const [name, b] of Object.entries(result.byCorpus)) lines.push(`${name.padEnd(11)} ${b.correct}/${b.total} (${pct(ratio(b.correct, b.total))})`);
  lines.push('');
  lines.push('stance                      precision  recall  F1     support');
  for (const s of STANCE_IDS) {
    const m = result.perStance[s];
    lines.push(`${s.padEnd(27)} ${m.precision.toFixed(3).padStart(9)}  ${m.recall.toFixed(3).padStart(6)}  ${m.f1.toFixed(3)}  ${String(m.support).padStart(7)}`);
  }
  lines.push('');
  lines.push('confusion (rows gold, columns predicted):');
  const short: Record<Stance, string> = { agree: 'agree', 'agree-with-qualifications': 'qualif', declined: 'declin', 'no-answer': 'none' };
  lines.push(`${''.padEnd(8)}${STANCE_IDS.map((s) => short[s].padStart(8)).join('')}`);
  for (const g of STANCE_IDS) lines.push(`${short[g].padEnd(8)}${STANCE_IDS.map((p) => String(result.confusion[g][p]).padStart(8)).join('')}`);
  lines.push('');
  lines.push(`misses (${result.misses.length}):`);
  for (const m of result.misses) {
    lines.push(`- ${m.corpus} ${m.file} ${m.clause}: gold ${m.gold.join('|')}, got ${m.predicted} (${m.ruling.confidence}, ${m.ruling.source})`);
    lines.push(`    ${m.ruling.reason}`);
    for (const e of m.ruling.evidence) lines.push(`    line ${e.line}: ${e.quote.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return `${lines.join('\n')}\n`;
}
