#!/usr/bin/env node
// npm run eval: the parser measured against the labelled corpus (tests/corpus, whose bars the tests enforce)
// and against two held-out corpora reported for honesty: tests/holdout (written apart from the parser, later
// looked at while fixing it) and tests/unseen (never looked at while working on the parser).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, formatEval } from '../dist/eval/index.js';

for (const [title, folder] of [
  ['Labelled corpus (tests/corpus)', '../tests/corpus/corpora.yaml'],
  ['Held-out corpus (tests/holdout)', '../tests/holdout/corpora.yaml'],
  ['Unseen corpus (tests/unseen)', '../tests/unseen/corpora.yaml'],
]) {
  const manifest = fileURLToPath(new URL(folder, import.meta.url));
  if (!existsSync(manifest)) continue;
  process.stdout.write(`== ${title}\n${formatEval(evaluate(manifest))}\n`);
}
