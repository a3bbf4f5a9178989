// Rulings → scores and ranks: weighted points per leaf clause, shared ranks for equal scores.
import type { Programme } from '../model/programme.js';
import type { Reply } from '../model/reply.js';
import type { CandidateResult, Details, LeftOut, Report, ReportClause, Ruling } from '../model/ruling.js';
import { orderCandidates } from '../util/ordering.js';

/** Rounds away floating-point noise so equal scores compare equal and print the same everywhere. */
function tidy(n: number, places = 4): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/**
 * Each clause's effective weight. A leaf weighs its own weight (default 1); a parent that gives a
 * weight shares it among its leaves in proportion to their own weights; a parent weighs its leaves' sum.
 */
export function effectiveWeights(programme: Programme): Map<string, number> {
  const byId = new Map(programme.clauses.map((c) => [c.id, c]));
  const weights = new Map<string, number>();
  // Leaves under `id`, each with its weight scaled by every weighted ancestor below the top.
  const leafWeights = (id: string): Map<string, number> => {
    const clause = byId.get(id)!;
    if (clause.children.length === 0) return new Map([[id, clause.weight ?? 1]]);
    const merged = new Map<string, number>();
    for (const child of clause.children) for (const [leaf, w] of leafWeights(child)) merged.set(leaf, w);
    if (clause.weight !== undefined) {
      const total = [...merged.values()].reduce((a, b) => a + b, 0);
      for (const [leaf, w] of merged) merged.set(leaf, total > 0 ? (w / total) * clause.weight : clause.weight / merged.size);
    }
    return merged;
  };
  for (const top of programme.clauses.filter((c) => c.parent === undefined)) {
    for (const [leaf, w] of leafWeights(top.id)) weights.set(leaf, tidy(w, 6));
  }
  // A parent weighs the sum of its leaves, computed after the leaves are final.
  for (const clause of [...programme.clauses].reverse()) {
    if (clause.children.length > 0) {
      weights.set(clause.id, tidy(clause.children.reduce((sum, c) => sum + (weights.get(c) ?? 0), 0), 6));
    }
  }
  return weights;
}

export function reportClauses(programme: Programme, weights = effectiveWeights(programme)): ReportClause[] {
  return programme.clauses.map((c) => ({
    id: c.id,
    title: c.title,
    text: c.text,
    parent: c.parent ?? null,
    children: [...c.children],
    weight: weights.get(c.id) ?? 0,
  }));
}

/** score / maxScore × 100 to one decimal, halves rounded up even where binary fractions fall just short (1.05 → 1.1). */
export function percentOf(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.round(tidy((score / maxScore) * 1000, 6)) / 10 : 0;
}

/** Assigns competition ranks (1, 2, 2, 4) by score, highest first. */
export function assignRanks<T extends { score: number; rank: number; candidate: string; file: string }>(results: T[]): T[] {
  const sorted = [...results].sort((a, b) => b.score - a.score);
  sorted.forEach((r, i) => {
    r.rank = i > 0 && sorted[i - 1]!.score === r.score ? sorted[i - 1]!.rank : i + 1;
  });
  return orderCandidates(sorted, 'score');
}

/** The details a reply keeps that may be published: all but the email address. */
function publishedDetails(reply: Reply): Details | undefined {
  if (!reply.details) return undefined;
  const { email: _, ...rest } = reply.details;
  const out: Details = {};
  for (const [key, value] of Object.entries(rest) as Array<[keyof Details, string | undefined]>) if (value) out[key] = value;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Scores every analysed reply and ranks the candidates; the report keeps the rulings given. `incomplete` lists the
 * reply files that could not be read, whose candidates the report therefore lacks.
 */
export function scoreReport(
  programme: Programme,
  analysed: ReadonlyArray<{ reply: Reply; rulings: Ruling[] }>,
  incomplete: readonly LeftOut[] = [],
): Report {
  const weights = effectiveWeights(programme);
  const leaves = programme.clauses.filter((c) => c.children.length === 0);
  const maxScore = tidy(leaves.reduce((sum, c) => sum + (weights.get(c.id) ?? 0) * Math.max(0, ...Object.values(programme.scoring)), 0));
  const results: CandidateResult[] = analysed.map(({ reply, rulings }) => {
    const byClause = new Map(rulings.map((r) => [r.clause, r]));
    const score = tidy(
      leaves.reduce((sum, c) => {
        const stance = byClause.get(c.id)?.stance ?? 'no-answer';
        return sum + (weights.get(c.id) ?? 0) * programme.scoring[stance];
      }, 0),
    );
    const details = publishedDetails(reply);
    return {
      candidate: reply.candidate,
      file: reply.file,
      ...(reply.received !== undefined ? { received: reply.received } : {}),
      ...(reply.source !== undefined ? { source: reply.source } : {}),
      ...(details ? { details } : {}),
      score,
      maxScore,
      percent: percentOf(score, maxScore),
      rank: 0,
      rulings,
    };
  });
  const programmeOut = { title: programme.title } as Report['programme'];
  if (programme.organisation !== undefined) programmeOut.organisation = programme.organisation;
  if (programme.election !== undefined) programmeOut.election = programme.election;
  if (programme.source !== undefined) programmeOut.source = programme.source;
  programmeOut.scoring = { ...programme.scoring };
  programmeOut.reviewThreshold = programme.reviewThreshold;
  programmeOut.clauses = reportClauses(programme, weights);
  return { programme: programmeOut, incomplete: [...incomplete], candidates: assignRanks(results) };
}
