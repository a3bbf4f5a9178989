#!/usr/bin/env node
// npm run eval: the parser measured against tests/corpus (accuracy, per-stance F1, confusion, misses).
import { fileURLToPath } from 'node:url';
import { evaluate, formatEval } from '../dist/eval/index.js';

const manifest = fileURLToPath(new URL('../tests/corpus/corpora.yaml', import.meta.url));
process.stdout.write(formatEval(evaluate(manifest)));
