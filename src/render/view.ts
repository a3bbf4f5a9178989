// What renderers read off a report: the clauses to show, each candidate's rulings by clause, legend and notes.
import { isReviewed, type CandidateResult, type Report, type ReportClause, type Ruling } from '../model/ruling.js';
import { REVIEW_MARK, REVIEWED_MARK, STANCES, stancesInOrder, type Stance } from '../model/stance.js';
import { orderCandidates } from '../util/ordering.js';
import { formatConfidence, formatPercent, formatScore } from './text.js';
import type { RenderOptions } from './types.js';

/** Each clause's depth in the tree, 0 for top-level clauses. */
export function clauseDepths(clauses: readonly ReportClause[]): Map<string, number> {
  const depths = new Map<string, number>();
  for (const c of clauses) depths.set(c.id, c.parent === null ? 0 : (depths.get(c.parent) ?? 0) + 1);
  return depths;
}

/** The deepest level of the programme, counting the top level as 1. */
export function programmeDepth(report: Report): number {
  return Math.max(1, ...[...clauseDepths(report.programme.clauses).values()].map((d) => d + 1));
}

/**
 * The clauses to show, in programme order: exactly `clauses` when given; else those at `depth`
 * plus shallower leaves; else every leaf (the clauses that are scored).
 */
export function selectClauses(report: Report, options: Pick<RenderOptions, 'depth' | 'clauses'>): ReportClause[] {
  const all = report.programme.clauses;
  if (options.clauses) {
    const wanted = new Set(options.clauses);
    return all.filter((c) => wanted.has(c.id));
  }
  const leaf = (c: ReportClause): boolean => c.children.length === 0;
  if (options.depth === undefined) return all.filter(leaf);
  const level = options.depth - 1;
  const depths = clauseDepths(all);
  return all.filter((c) => depths.get(c.id) === level || (depths.get(c.id)! < level && leaf(c)));
}

/** Ids in `ids` that are not clauses of the report's programme. */
export function unknownClauses(report: Report, ids: readonly string[]): string[] {
  const known = new Set(report.programme.clauses.map((c) => c.id));
  return ids.filter((id) => !known.has(id));
}

/** Candidates in the order the options ask for. */
export function candidatesOf(report: Report, options: Pick<RenderOptions, 'sort'>): CandidateResult[] {
  return orderCandidates(report.candidates, options.sort);
}

const NO_RULING = (clause: string): Ruling => ({
  clause,
  stance: 'no-answer',
  confidence: 1,
  source: 'none',
  evidence: [],
  reason: 'not ruled',
  needsReview: false,
});

/** Looks up a candidate's ruling per clause; a clause without one reads as no answer. */
export function rulingLookup(candidate: CandidateResult): (clause: string) => Ruling {
  const byClause = new Map(candidate.rulings.map((r) => [r.clause, r]));
  return (clause) => byClause.get(clause) ?? NO_RULING(clause);
}

/** The highest possible score: the same for every candidate. */
export function maxScoreOf(report: Report): number {
  return report.candidates[0]?.maxScore ?? 0;
}

/** Legend entries in order: one per stance, then the review mark and the reviewed mark, each through `entry`. */
export function legendEntries<T>(entry: (symbol: string, label: string, stance: Stance | undefined) => T): T[] {
  return [
    ...stancesInOrder().map((s) => entry(STANCES[s].symbol, STANCES[s].label, s)),
    entry(REVIEW_MARK.symbol, REVIEW_MARK.label, undefined),
    entry(REVIEWED_MARK.symbol, REVIEWED_MARK.label, undefined),
  ];
}

/** The marks after a stance: `?` when the ruling needs review, `✎` when a person reviewed it. */
export function reviewMarks(r: Pick<Ruling, 'needsReview' | 'source'>): string {
  return (r.needsReview ? REVIEW_MARK.symbol : '') + (isReviewed(r) ? REVIEWED_MARK.symbol : '');
}

/** The stance mark of one cell: symbol, then the review marks. */
export function stanceMark(r: Pick<Ruling, 'stance' | 'needsReview' | 'source'>): string {
  return STANCES[r.stance].symbol + reviewMarks(r);
}

/** What follows a ruling's stance wherever it is shown: confidence, source, and the review mark's label if due. */
export function rulingFacts(r: Ruling): string[] {
  return [
    `confidence ${formatConfidence(r.confidence)}`,
    `source: ${r.source}`,
    ...(r.needsReview ? [REVIEW_MARK.label] : []),
    ...(isReviewed(r) ? [REVIEWED_MARK.label] : []),
  ];
}

/** The note an incomplete report carries: the reply files that could not be read, so their candidates are missing. */
export function incompleteNote(report: Report): string | undefined {
  const n = report.incomplete.length;
  if (n === 0) return undefined;
  const files = report.incomplete.map((l) => (l.line ? `${l.file} (line ${l.line})` : l.file)).join(', ');
  return `Incomplete: ${n} ${n === 1 ? 'reply' : 'replies'} could not be read, so ${n === 1 ? 'that candidate is' : 'those candidates are'} missing: ${files}.`;
}

/** "Labour Left Alliance · Labour NEC 2022": who set the programme and for what, when known. */
export function programmeByline(report: Report): string {
  const { organisation, election } = report.programme;
  return [organisation, election].filter(Boolean).join(' · ');
}

/** "rank 3 of 6 · 8.5 of 11 (77.3%)" */
export function scoreLine(report: Report, c: CandidateResult): string {
  return `rank ${c.rank} of ${report.candidates.length} · ${formatScore(c.score)} of ${formatScore(c.maxScore)} (${formatPercent(c.percent)}%)`;
}

/** The generated-from note of documents: inputs, and the date only when one was given. */
export function generatedNote(report: Report, options: Pick<RenderOptions, 'sources' | 'date'>): string {
  const n = report.candidates.length;
  const replies = `${n} ${n === 1 ? 'reply' : 'replies'}`;
  const from = options.sources
    ? `${options.sources.programme} and ${replies} in ${options.sources.data.replace(/\/+$/, '')}/`
    : replies;
  return `Generated by pledgecard from ${from}${options.date ? ` on ${options.date}` : ''}.`;
}
