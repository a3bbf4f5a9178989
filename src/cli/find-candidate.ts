// Finds the candidate a user means: a name, a unique part of one (any case), or the reply file's path.
import path from 'node:path';
import type { CandidateResult } from '../model/ruling.js';
import { slugify } from '../render/slug.js';
import { orderCandidates } from '../util/ordering.js';

export type CandidateMatch =
  | { kind: 'one'; candidate: CandidateResult }
  | { kind: 'none' }
  | { kind: 'many'; candidates: CandidateResult[] };

/** A name as it is compared: case, accents, and the punctuation between words ("Spedding-Taylor") do not matter. */
function normal(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isFile(c: CandidateResult, query: string, cwd: string): boolean {
  const base = path.basename(c.file);
  return path.resolve(cwd, query) === path.resolve(cwd, c.file) || query === base || query === base.replace(/\.md$/i, '');
}

/** Exact name first, then the reply file or its scorecard slug, then a part of the name that only one candidate has. */
export function findCandidate(candidates: readonly CandidateResult[], query: string, cwd: string): CandidateMatch {
  const q = normal(query);
  const tiers = [
    (c: CandidateResult) => normal(c.candidate) === q,
    (c: CandidateResult) => isFile(c, query.trim(), cwd) || slugify(c.candidate) === query.trim().toLowerCase(),
    (c: CandidateResult) => q !== '' && normal(c.candidate).includes(q),
  ];
  for (const tier of tiers) {
    const found = candidates.filter(tier);
    if (found.length === 1) return { kind: 'one', candidate: found[0]! };
    if (found.length > 1) return { kind: 'many', candidates: orderCandidates(found, 'name') };
  }
  return { kind: 'none' };
}
