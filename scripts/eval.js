#!/usr/bin/env node
// npm run eval: the parser measured against every labelled set of corpus/sets.yaml, through the real pipeline
// (analyseReply), with accuracy, per-stance figures, the review flag's figures and calibration.
//   node scripts/eval.js                 every development set, summary and misses
//   node scripts/eval.js --set batch-2   one set (also a sealed one: this is how a first sight is taken)
//   node scripts/eval.js --summary       the table only
//   --plot FILE                           also write the reliability diagram of every set evaluated, as an SVG
import { fileURLToPath } from 'node:url';
import { evaluateSet, formatEval } from '../dist/eval/index.js';
import { readSets } from '../dist/train/dataset.js';
import { METRICS_HEADER, metricsRow } from '../dist/train/report.js';
import { reliabilitySvg } from '../dist/eval/reliability.js';
import { metrics } from '../dist/eval/metrics.js';
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const summary = args.includes('--summary');
const plot = args.includes('--plot') ? args[args.indexOf('--plot') + 1] : undefined;
const sets = readSets(fileURLToPath(new URL('../corpus/sets.yaml', import.meta.url))).filter((s) => (only ? s.name === only : s.status === 'dev'));
if (sets.length === 0) {
  process.stderr.write(`no set named ${only} in corpus/sets.yaml\n`);
  process.exit(2);
}
const rows = [];
const scored = [];
for (const set of sets) {
  const result = evaluateSet(set);
  for (const c of result.cases) scored.push({ gold: c.gold, predicted: c.predicted, confidence: c.ruling.confidence, needsReview: c.ruling.needsReview });
  rows.push(metricsRow(set.name, result));
  if (!summary) process.stdout.write(`== ${set.name}\n${formatEval(result)}\n`);
}
process.stdout.write(`${[...METRICS_HEADER, ...rows].join('\n')}\n`);
if (plot) {
  const kind = sets.every((s) => s.status === 'sealed') ? 'first sight' : 'replies the model was fitted on';
  writeFileSync(plot, reliabilitySvg(`Reliability of the ruling's probability (${kind})`, sets.map((s) => s.name).join(', '), metrics(scored)));
  process.stderr.write(`wrote ${plot}\n`);
}
