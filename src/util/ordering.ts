// The one ordering utility: stable orders for diagnostics and candidates so outputs never shuffle.
import type { Diagnostic } from '../model/diagnostic.js';

/** Compares strings by code point, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Diagnostics by file, then line, then column, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.col - b.col || compareText(a.code, b.code),
  );
}

/** The orders candidates can be listed in (--sort). */
export const CANDIDATE_ORDERS = ['score', 'name'] as const;
export type CandidateOrder = (typeof CANDIDATE_ORDERS)[number];

/**
 * Candidates in the order asked for: by rank, then name (case-insensitive), then file (`score`); or by name, then
 * file (which is all that candidates without a rank, replies not yet scored, can be ordered by). Never in place; each name is lower-cased once, not at every comparison.
 */
export function orderCandidates<T extends { rank?: number; candidate: string; file: string }>(
  candidates: readonly T[],
  order: CandidateOrder,
): T[] {
  const keyed = candidates.map((item) => ({ item, rank: order === 'name' ? 0 : (item.rank ?? 0), name: item.candidate.toLowerCase() }));
  keyed.sort((a, b) => a.rank - b.rank || compareText(a.name, b.name) || compareText(a.item.file, b.item.file));
  return keyed.map((k) => k.item);
}
