#!/usr/bin/env node
// Checks one programme folder of the reply corpus without reading any reply for meaning:
// pledges.yaml loads, every reply file loads, and each gold folder labels every leaf clause of every reply
// with a stance or a list of two. Usage: node scripts/corpus-check.js FOLDER [GOLD_DIR ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadProgramme } from '../dist/load/programme.js';
import { loadReplies } from '../dist/load/replies.js';
import { STANCE_IDS } from '../dist/model/stance.js';

const [folder, ...goldDirs] = process.argv.slice(2);
if (!folder) {
  process.stderr.write('usage: node scripts/corpus-check.js FOLDER [GOLD_DIR ...]\n');
  process.exit(2);
}
const problems = [];
const { programme, diagnostics } = loadProgramme(path.join(folder, 'pledges.yaml'));
for (const d of diagnostics) problems.push(`${d.file}:${d.line ?? 1}: ${d.message}`);
if (!programme) {
  process.stderr.write(problems.join('\n') + '\n');
  process.exit(1);
}
const { replies, diagnostics: rd } = loadReplies(path.join(folder, 'data'), programme);
for (const d of rd) if (d.severity === 'error') problems.push(`${d.file}:${d.line ?? 1}: ${d.message}`);
for (const r of replies) if (Object.keys(r.rulings).length) problems.push(`${r.file}: a corpus reply must not carry rulings: in its front matter`);
const leaves = programme.clauses.filter((c) => c.children.length === 0).map((c) => c.id);
const dirs = goldDirs.length ? goldDirs : ['gold'];
for (const dir of dirs) {
  const goldDir = path.join(folder, dir);
  if (!existsSync(goldDir)) {
    problems.push(`${goldDir}: missing`);
    continue;
  }
  const slugs = new Set(replies.map((r) => path.basename(r.file, '.md')));
  for (const f of readdirSync(goldDir)) if (f.endsWith('.yaml') && !slugs.has(f.slice(0, -5))) problems.push(`${goldDir}/${f}: no reply data/${f.slice(0, -5)}.md`);
  for (const slug of slugs) {
    const file = path.join(goldDir, `${slug}.yaml`);
    if (!existsSync(file)) {
      problems.push(`${file}: missing`);
      continue;
    }
    let gold;
    try {
      gold = parseYaml(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push(`${file}: ${e.message.split('\n')[0]}`);
      continue;
    }
    if (!gold || typeof gold !== 'object') {
      problems.push(`${file}: not a mapping`);
      continue;
    }
    for (const id of leaves) {
      if (!(id in gold)) problems.push(`${file}: no label for leaf clause ${id}`);
      else {
        const v = gold[id];
        const list = Array.isArray(v) ? v : [v];
        if (list.length < 1 || list.length > 2 || list.some((s) => !STANCE_IDS.includes(s)))
          problems.push(`${file}: ${id}: a label is one of ${STANCE_IDS.join(', ')} or a list of two`);
      }
    }
    for (const id of Object.keys(gold)) if (!leaves.includes(id)) problems.push(`${file}: '${id}' is not a leaf clause id (leaves: ${leaves.join(', ')})`);
  }
}
if (problems.length) {
  process.stderr.write(problems.join('\n') + '\n');
  process.exit(1);
}
process.stdout.write(`ok: ${replies.length} replies, ${leaves.length} leaf clauses, labels in ${dirs.join(', ')}\n`);
