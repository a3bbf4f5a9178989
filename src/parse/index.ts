// The reply parser, top-down: normalise → collect statements (segments, references, stance cues,
// topics) → resolve one decision per clause → apply the reply's own rulings → rulings with evidence.
import type { Programme } from '../model/programme.js';
import type { Reply } from '../model/reply.js';
import type { Evidence, Ruling } from '../model/ruling.js';
import { lineOf, lineStarts } from '../load/text.js';
import { collectStatements } from './evidence.js';
import { normalise } from './normalise.js';
import { buildIndex, type ProgrammeIndex } from './programme-index.js';
import { evidenceFor, resolve, rollUp, type Decision } from './resolve.js';

const indexes = new WeakMap<Programme, ProgrammeIndex>();

/** The programme's parser index, built once per programme. */
export function indexFor(programme: Programme): ProgrammeIndex {
  let index = indexes.get(programme);
  if (!index) indexes.set(programme, (index = buildIndex(programme)));
  return index;
}

// A reason is assembled from fragments, and V8 keeps such a string as a tree of them (some cut from the whole
// normalised reply, which they would keep alive) until it is read whole. A few thousand reasons recur across any
// number of replies: each is kept once, flat, and every ruling that gives it shares that copy (bounded, as caches are).
const reasons = new Map<string, string>();

function pooled(reason: string): string {
  const known = reasons.get(reason);
  if (known !== undefined) return known;
  if (reasons.size >= 20_000) reasons.clear();
  reasons.set(reason, reason);
  return reason;
}

function round(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

/** Rules on every clause of the programme for one reply, in programme order. */
export function analyseReply(programme: Programme, reply: Reply): Ruling[] {
  const index = indexFor(programme);
  index.topics.forget();
  const body = reply.body;
  const norm = normalise(body);
  const { statements, loose } = collectStatements(index, body, norm);
  const empty = !/[\p{L}\p{N}]/u.test(body);
  // Silence is less certain when the reply has stance-taking sentences nobody could place.
  let nearby: Set<string> | undefined;
  const noAnswerConfidence = (clause: string): number => {
    if (empty) return 0.95;
    nearby ??= new Set(loose.flatMap((l) => index.topics.match(l.stems).filter((m) => m.score >= 1.2).map((m) => m.clause)));
    return nearby.has(clause) ? 0.5 : 0.85;
  };
  const decisions = resolve(index, statements, noAnswerConfidence);
  applyOverrides(programme, reply, decisions);
  const starts = lineStarts(body);
  const fileLine = (offset: number): number => reply.bodyLine + lineOf(starts, offset) - 1;
  // Clauses a blanket covers alike share a decision: its quotes are cut once (each ruling has a list of its own).
  const quoted = new Map<Decision, Evidence[]>();
  return programme.clauses.map((clause) => {
    const d = decisions.get(clause.id)!;
    let evidence = quoted.get(d);
    if (evidence === undefined) quoted.set(d, (evidence = evidenceFor(d, body, fileLine)));
    else if (evidence.length > 0) evidence = evidence.slice();
    const ruling: Ruling = {
      clause: clause.id,
      stance: d.stance,
      confidence: round(d.confidence),
      source: d.source,
      evidence,
      reason: pooled(d.reason),
      needsReview: d.source !== 'override' && round(d.confidence) < programme.reviewThreshold,
    };
    const note = reply.rulings[clause.id]?.note;
    if (d.source === 'override' && note !== undefined) ruling.note = note;
    return ruling;
  });
}

/**
 * The reply's own `rulings:` win. An override on a parent also rules its descendants that have no
 * override of their own; parents above an override are rolled up again.
 */
function applyOverrides(programme: Programme, reply: Reply, decisions: Map<string, Decision>): void {
  const ids = Object.keys(reply.rulings);
  if (ids.length === 0) return;
  const byId = new Map(programme.clauses.map((c) => [c.id, c]));
  const set = (id: string, from: string): void => {
    const o = reply.rulings[from]!;
    const prior = decisions.get(id)!;
    decisions.set(id, {
      stance: o.stance,
      declineKind: undefined,
      confidence: 1,
      source: 'override',
      statements: prior.statements,
      reason: `ruling written in ${reply.file} (line ${o.line})${from === id ? '' : ` for ${from}`}; the parser said ${prior.stance}`,
    });
  };
  const down = (id: string, from: string): void => {
    for (const child of byId.get(id)!.children) {
      if (!reply.rulings[child]) {
        set(child, from);
        down(child, from);
      }
    }
  };
  for (const clause of programme.clauses) {
    if (reply.rulings[clause.id]) {
      set(clause.id, clause.id);
      down(clause.id, clause.id);
    }
  }
  // Re-roll ancestors that were not themselves overridden, deepest first: a re-rolled child re-rolls its parent.
  for (const clause of [...programme.clauses].reverse()) {
    if (clause.children.length === 0 || reply.rulings[clause.id]) continue;
    const kids = clause.children.map((c) => decisions.get(c)!);
    if (kids.some((k) => k.source === 'override' || k.source === 'rollup') && decisions.get(clause.id)!.source === 'rollup') {
      decisions.set(clause.id, rollUp(clause, kids));
    }
  }
}
