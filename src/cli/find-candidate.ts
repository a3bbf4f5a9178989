// Finds the candidate a user means: a name, a unique part of one (any case), or the reply file's path.
import path from 'node:path';
import { slugify } from '../render/slug.js';
import { terminalSafe } from '../render/text.js';
import { orderCandidates } from '../util/ordering.js';

/** What findCandidate looks through: scored candidates, or replies as loaded. */
export interface Named {
  candidate: string;
  file: string;
}

export type CandidateMatch<T extends Named> = { kind: 'one'; candidate: T } | { kind: 'none' } | { kind: 'many'; candidates: T[] };

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

function isFile(c: Named, query: string, cwd: string): boolean {
  const base = path.basename(c.file);
  return path.resolve(cwd, query) === path.resolve(cwd, c.file) || query === base || query === base.replace(/\.md$/i, '');
}

/** Exact name first, then the reply file or its scorecard slug, then a part of the name that only one candidate has. */
export function findCandidate<T extends Named>(candidates: readonly T[], query: string, cwd: string): CandidateMatch<T> {
  const q = normal(query);
  const tiers = [
    (c: T) => normal(c.candidate) === q,
    (c: T) => isFile(c, query.trim(), cwd) || slugify(c.candidate) === query.trim().toLowerCase(),
    (c: T) => q !== '' && normal(c.candidate).includes(q),
  ];
  for (const tier of tiers) {
    const found = candidates.filter(tier);
    if (found.length === 1) return { kind: 'one', candidate: found[0]! };
    if (found.length > 1) return { kind: 'many', candidates: orderCandidates(found, 'name') };
  }
  return { kind: 'none' };
}

/** The message for a `query` that found no one candidate: the ones it could be, or all of them in the order given. */
export function notOneCandidate<T extends Named>(match: CandidateMatch<T>, all: readonly T[], query: string): string {
  const list = (match.kind === 'many' ? match.candidates : all).map((c) => terminalSafe(`  ${c.candidate}  (${c.file})\n`));
  const why =
    match.kind === 'many'
      ? `'${query}' matches ${match.candidates.length} candidates; give more of the name or the reply file:\n`
      : `no candidate matches '${query}'; the candidates are:\n`;
  return `pledgecard: ${why}${list.join('') || '  (none: the data folder has no replies)\n'}`;
}
