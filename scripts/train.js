#!/usr/bin/env node
// npm run train: fits the reply model on the development corpus (corpus/sets.yaml) and writes
// src/parse/model/weights.json and the training report src/parse/model/TRAINING.md. Deterministic: the same
// corpus gives the same bytes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { train } from '../dist/train/main.js';
import { formatTraining } from '../dist/train/report.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const result = train(here('../corpus/sets.yaml'));
writeFileSync(here('../src/parse/model/weights.json'), `${JSON.stringify(result.file, null, 1)}\n`);
const report = formatTraining(result);
writeFileSync(here('../src/parse/model/TRAINING.md'), report);
process.stdout.write(report);
