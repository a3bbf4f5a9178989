// The training report: how the model measures on programmes held out of its fitting, set by set, beside what it
// scores on the replies it was fitted on (a training figure, never an estimate of a new programme).
import type { Metrics } from '../eval/metrics.js';
import type { Training } from './main.js';

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

export function metricsRow(name: string, m: Metrics): string {
  const r = m.perStance;
  return `| ${name} | ${m.total} | ${pct(m.accuracy)} | ${pct(m.agreeBaseline)} | ${m.macroF1.toFixed(3)} | ${r.agree.recall.toFixed(2)} | ${r['agree-with-qualifications'].recall.toFixed(2)} | ${r.declined.recall.toFixed(2)} | ${r['no-answer'].recall.toFixed(2)} | ${m.ece.toFixed(3)} | ${pct(m.flaggedShare)} | ${pct(m.wrongFlagged)} | ${pct(m.unflaggedRight)} |`;
}

export const METRICS_HEADER = [
  '| set | rulings | accuracy | all "agree" | macro-F1 | agree recall | qualified recall | declined recall | no-answer recall | ECE | flagged | wrong flagged | unflagged right |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

export function formatTraining(t: Training): string {
  const lines = [
    '# Training report',
    '',
    'Written by `npm run train` with the weights in `weights.json`; do not edit by hand.',
    '',
    `The model was fitted on ${t.examples} leaf rulings of ${t.programmes} programmes (every development set of`,
    '`corpus/sets.yaml`). The figures below hold each programme out of the fitting in turn (ten folds by programme)',
    'and measure it as if new: the closest the development corpus comes to a first sight. The temperature',
    `(${t.file.temperature}) was fitted on those held-out predictions. Rulings below probability 0.6 are flagged.`,
    '',
    '## Held-out programmes (cross-validated)',
    '',
    ...METRICS_HEADER,
    ...Object.entries(t.crossValidated).map(([name, m]) => metricsRow(name, m)),
    '',
    '## Reliability of the held-out probabilities',
    '',
    '![Reliability diagram of the held-out probabilities](reliability.svg)',
    '',
    '| probability | rulings | mean probability | right |',
    '| --- | ---: | ---: | ---: |',
    ...t.crossValidated.all!.bins.map((b) => `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.count} | ${b.confidence.toFixed(3)} | ${pct(b.accuracy)} |`),
    '',
    '## On the replies it was fitted on (a training figure)',
    '',
    ...METRICS_HEADER,
    metricsRow('all', t.fitted),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
