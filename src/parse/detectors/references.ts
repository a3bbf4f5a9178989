// Clause references in the unit's own words ("I agree with 3a, b, c"), carried from earlier in the sentence
// ("3a yes; but …"), ordinals ("the second point", read by their subject where the plain reading is in doubt), and
// a statement right after a sentence that named clauses.
import type { Doc, Unit } from '../doc.js';
import type { Signal, Sink } from '../link.js';
import { oppositeOf, signalOf } from '../signal.js';
import { ancestorsOf, leavesUnder, type ProgrammeIndex } from '../programme-index.js';
import type { Reference } from '../references.js';
import { stemsIn } from '../topics.js';
import { BLANKET_OTHERS } from '../lexicon/references.js';
import { entriesSearch } from '../lexicon/patterns.js';

/** "… see P3 and P4, but I'm glad to be listed as supporting the rest": a unit about the rest is not about those. */
const THE_OTHERS = entriesSearch(BLANKET_OTHERS);

export function detectReferences(doc: Doc, sink: Sink): void {
  const { index, body } = doc;
  doc.units.forEach((unit, u) => {
    const own = unit.refs.length > 0;
    const aboutTheRest = !own && unit.carried.length > 0 && THE_OTHERS.test(doc.norm.slice(unit.start, unit.end));
    const refs = dropContextRefs(index, own ? unit.refs : aboutTheRest ? [] : unit.carried);
    if (refs.length === 0) {
      const block = doc.sentences[unit.sentence]!.block;
      if (unit.before && block && !unit.before.every((id) => block.ids.includes(id))) {
        sink.link({ unit: u, clauses: unit.before, channel: 'carried', weight: 0.85, ref: 'the reference before' });
      }
      return;
    }
    for (const ref of refs) {
      const chosen = ref.kind === 'ordinal' ? chooseOrdinal(doc, unit, ref) : { ids: ref.ids, conflict: false };
      const written = body.slice(ref.start, ref.end);
      if (ref.excepted) {
        sink.link({ unit: u, clauses: chosen.ids, channel: 'excluded', weight: 1, ref: written, span: { start: ref.start, end: ref.end }, ...exceptionSignal(verdictOf(doc, u), ref) });
        continue;
      }
      sink.link({
        unit: u,
        clauses: chosen.ids,
        channel: ref.excepted ? 'excluded' : ref.kind === 'ordinal' ? 'ordinal' : own ? 'inline' : 'carried',
        weight: chosen.conflict ? 0.6 : ref.kind === 'ordinal' ? 0.85 : 1,
        ref: chosen.conflict ? `${written}' read by its subject as '${chosen.ids.join(', ')}` : written,
        span: { start: ref.start, end: ref.end },
      });
    }
  });
}

/** The unit whose verdict speaks for a unit: itself, or the nearest one before it in its sentence that has one. */
function verdictOf(doc: Doc, u: number): Unit {
  const unit = doc.units[u]!;
  for (let i = u; i >= 0 && doc.units[i]!.sentence === unit.sentence; i--) if (doc.units[i]!.reading.stance) return doc.units[i]!;
  return unit;
}

/**
 * What an exception to a blanket says of the clause it names: "all except 4" agrees with all but 4, so of 4 it
 * disagrees; "all apart from the last one, which I can't back" says of the last one what follows the exception.
 */
function exceptionSignal(unit: Unit, ref: Reference): { signal: Signal; strength: number } {
  const r = unit.reading;
  const said = signalOf(r);
  if (r.cue && r.cue.start > ref.start) return { signal: said, strength: r.strength };
  const opposite = oppositeOf(said);
  return opposite === 'none' ? { signal: 'none', strength: 0.5 } : { signal: opposite, strength: r.strength };
}

/** "On section 2, … the first two points": a reference that only sets the context for a narrower one is not a target. */
function dropContextRefs(index: ProgrammeIndex, refs: Reference[]): Reference[] {
  if (refs.length < 2) return refs;
  return refs.filter((r) => !refs.some((o) => o !== r && o.start > r.start && o.ids.every((id) => r.ids.some((a) => ancestorsOf(index, id).includes(a)))));
}

/** Picks a reading of "the first clause" by what the rest of the unit is about. */
function chooseOrdinal(doc: Doc, unit: Unit, ref: Reference): { ids: string[]; conflict: boolean } {
  const { index, norm } = doc;
  const readings = [ref.ids, ...(ref.alternatives ?? [])];
  if (readings.length === 1) return { ids: ref.ids, conflict: false };
  const stems = stemsIn(norm, unit.start, unit.end).filter((s) => !/\d/.test(s));
  const scores = new Map(index.topics.match(stems).map((m) => [m.clause, m.score]));
  const score = (ids: string[]): number => Math.max(0, ...ids.flatMap((id) => [id, ...leavesUnder(index, id)]).map((id) => scores.get(id) ?? 0));
  let best = readings[0]!;
  let bestScore = score(best);
  for (const r of readings.slice(1)) {
    const s = score(r);
    if (s > bestScore + 1.5 && s >= 2.5) {
      best = r;
      bestScore = s;
    }
  }
  return { ids: best, conflict: best !== readings[0] };
}
