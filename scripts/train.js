#!/usr/bin/env node
// npm run train: fits the reply model on the development corpus (corpus/sets.yaml) and writes
// src/parse/model/weights.json, the training report src/parse/model/TRAINING.md and its reliability diagram
// src/parse/model/reliability.svg. Deterministic: the same
// corpus gives the same bytes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { train } from '../dist/train/main.js';
import { formatTraining } from '../dist/train/report.js';
import { reliabilitySvg } from '../dist/eval/reliability.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/** The weights file with one feature to a line, so that a refit reads as a diff of the weights that moved. */
function weightsJson(file) {
  const table = (weights) => `{\n${Object.entries(weights).map(([k, w]) => `    ${JSON.stringify(k)}: ${JSON.stringify(w)}`).join(',\n')}\n  }`;
  const rest = Object.entries(file).filter(([k]) => k !== 'weights' && k !== 'text');
  const lines = [...rest.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`), `  "weights": ${table(file.weights)}`, `  "text": ${table(file.text ?? {})}`];
  return `{\n${lines.join(',\n')}\n}\n`;
}
const result = train(here('../corpus/sets.yaml'));
writeFileSync(here('../src/parse/model/weights.json'), weightsJson(result.file));
writeFileSync(
  here('../src/parse/model/reliability.svg'),
  reliabilitySvg("Reliability of the ruling's probability (programmes held out)", 'cross-validated', result.crossValidated.all),
);
const report = formatTraining(result);
writeFileSync(here('../src/parse/model/TRAINING.md'), report);
process.stdout.write(report);
