#!/usr/bin/env node
// Agreement between the two independent labellings of a corpus batch (gold/ by the author, gold-second/ by the
// second reader): the share of leaf rulings where the lists overlap, and where they are exactly equal, per programme
// and in all, and (with --list) every disagreement as "programme reply clause: first | second".
// Usage: node scripts/corpus-agreement.js BATCH_FOLDER [--list]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const args = process.argv.slice(2);
const list = args.includes('--list');
const batch = args.find((a) => !a.startsWith('--'));
if (!batch) {
  process.stderr.write('usage: node scripts/corpus-agreement.js BATCH_FOLDER [--list]\n');
  process.exit(2);
}
const asList = (v) => (Array.isArray(v) ? v : [v]);
let agreeAll = 0;
let exactAll = 0;
let totalAll = 0;
const lines = [];
for (const prog of readdirSync(batch).sort()) {
  const first = path.join(batch, prog, 'gold');
  const second = path.join(batch, prog, 'gold-second');
  if (!existsSync(first) || !existsSync(second)) continue;
  let agree = 0;
  let exact = 0;
  let total = 0;
  for (const f of readdirSync(first).filter((f) => f.endsWith('.yaml')).sort()) {
    const a = parseYaml(readFileSync(path.join(first, f), 'utf8')) ?? {};
    const bFile = path.join(second, f);
    if (!existsSync(bFile)) continue;
    const b = parseYaml(readFileSync(bFile, 'utf8')) ?? {};
    for (const id of Object.keys(a)) {
      const x = asList(a[id]);
      const y = asList(b[id]);
      total++;
      if (x.length === y.length && x.every((s, i) => s === y[i])) exact++;
      if (x.some((s) => y.includes(s))) agree++;
      else if (list) lines.push(`${prog} ${f.slice(0, -5)} ${id}: ${x.join('/')} | ${y.join('/')}`);
    }
  }
  agreeAll += agree;
  exactAll += exact;
  totalAll += total;
  process.stdout.write(`${prog}: overlap ${agree}/${total} = ${(agree / total).toFixed(3)}, exact ${(exact / total).toFixed(3)}\n`);
}
process.stdout.write(`all: overlap ${agreeAll}/${totalAll} = ${(agreeAll / Math.max(1, totalAll)).toFixed(3)}, exact ${exactAll}/${totalAll} = ${(exactAll / Math.max(1, totalAll)).toFixed(3)}\n`);
if (list) process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
