// The labelled replies as examples for the model: every leaf clause of every reply, its gold stances and its
// features, grouped by corpus set and programme so that programmes can be held out whole.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadProgramme } from '../load/programme.js';
import { loadReplies } from '../load/replies.js';
import { STANCE_IDS, type Stance } from '../model/stance.js';
import type { LeafFeatures } from '../parse/features.js';
import { replyFeatures } from '../parse/index.js';

export interface CorpusEntry {
  name: string;
  pledges: string;
  data: string;
  gold: string;
}

/** One set of labelled replies, as `corpus/sets.yaml` lists it. */
export interface CorpusSet {
  name: string;
  /** 'dev': fitted on and reported; 'sealed': written and labelled but not yet measured at first sight. */
  status: 'dev' | 'sealed';
  entries: CorpusEntry[];
  /** The folder entry paths are relative to. */
  base: string;
  /** How much more a programme of the set counts in the fit than the others (the bundled example's replies). */
  weights: Record<string, number>;
}

export interface Example {
  set: string;
  programme: string;
  file: string;
  /** Units of the reply that take a stance no clause took; whether the reply is empty. */
  unplaced: number;
  empty: boolean;
  clause: string;
  gold: Stance[];
  leaf: LeafFeatures;
  /** How much the example counts in the fit, 1 unless its set says more. */
  weight: number;
}

function asStances(value: unknown, where: string): Stance[] {
  const list = Array.isArray(value) ? value : [value];
  for (const s of list) if (!STANCE_IDS.includes(s as Stance)) throw new Error(`${where}: '${String(s)}' is not a stance`);
  return list as Stance[];
}

/** The programme folders of a batch (each with pledges.yaml, data/ and gold/), in name order. */
export function batchEntries(folder: string): CorpusEntry[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(folder, d.name, 'pledges.yaml')) && existsSync(path.join(folder, d.name, 'gold')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, pledges: `${name}/pledges.yaml`, data: `${name}/data`, gold: `${name}/gold` }));
}

/** The sets a `sets.yaml` lists: each a manifest of programmes, or a batch folder of them. */
export function readSets(file: string): CorpusSet[] {
  const dir = path.dirname(file);
  const raw = parseYaml(readFileSync(file, 'utf8')) as Array<{ name: string; status?: string; manifest?: string; folder?: string; weights?: Record<string, number> }>;
  return raw.map((s) => {
    const status = s.status === 'sealed' ? 'sealed' : 'dev';
    const weights = s.weights ?? {};
    if (s.manifest) {
      const manifest = path.join(dir, s.manifest);
      return { name: s.name, status, entries: parseYaml(readFileSync(manifest, 'utf8')) as CorpusEntry[], base: path.dirname(manifest), weights };
    }
    const folder = path.join(dir, s.folder ?? s.name);
    return { name: s.name, status, entries: existsSync(folder) ? batchEntries(folder) : [], base: folder, weights };
  });
}

/** Every leaf of every reply of a set, with its features. */
export function examplesOf(set: CorpusSet): Example[] {
  const out: Example[] = [];
  for (const entry of set.entries) {
    const { programme, diagnostics } = loadProgramme(path.join(set.base, entry.pledges));
    if (!programme) throw new Error(`${set.name}/${entry.name}: ${diagnostics.map((d) => d.message).join('; ')}`);
    const { replies, diagnostics: problems } = loadReplies(path.join(set.base, entry.data), programme);
    const broken = problems.find((d) => d.severity === 'error');
    if (broken) throw new Error(`${set.name}/${entry.name}: ${broken.file} ${broken.message}`);
    for (const reply of replies) {
      const slug = path.basename(reply.file, '.md');
      const goldFile = path.join(set.base, entry.gold, `${slug}.yaml`);
      const gold = parseYaml(readFileSync(goldFile, 'utf8')) as Record<string, unknown>;
      const { doc, features } = replyFeatures(programme, reply.body, undefined, reply.candidate);
      for (const leaf of features.leaves) {
        if (!(leaf.clause in gold)) throw new Error(`${goldFile}: no label for ${leaf.clause}`);
        out.push({ set: set.name, programme: `${set.name}/${entry.name}`, file: reply.file, unplaced: features.loose.length, empty: doc.empty, weight: set.weights[entry.name] ?? 1, clause: leaf.clause, gold: asStances(gold[leaf.clause], `${goldFile} ${leaf.clause}`), leaf });
      }
    }
  }
  return out;
}
