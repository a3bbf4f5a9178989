// Units tied to a clause by what they are about: a short label before the verdict ("Buses: yes"), the subject
// of the unit (clearly, or by some shared words), or a pronoun pointing back at what the sentence before was about.
import type { Doc, Unit } from '../doc.js';
import { topicTarget } from '../judge.js';
import type { Sink } from '../link.js';
import { stemsIn, subjectStems } from '../topics.js';
import { PLEDGES_AS_SUCH } from '../lexicon/cues.js';
import { ONE_CLAUSE_BEFORE, SUBJECT_VERDICT, THAT_ONE, VERDICT_SUBJECT } from '../lexicon/references.js';

const QUESTION_WORD = /^(?:why|what|how|who|when|where|which|whether|do|does|did|will|would|can|could|should|shall|is|are|was|were|have|has|may|might)\b/;
const POINTER = /^(?:i\s+(?:believe|think|feel)\s+)?(?:it|this|that|these|those|they)\b/;

export function detectTopics(doc: Doc, sink: Sink): void {
  const { index, norm } = doc;
  const leaves = index.leafIds;
  let segment = -1;
  let last: string[] | undefined;
  doc.units.forEach((unit, u) => {
    const sentence = doc.sentences[unit.sentence]!;
    if (sentence.segment !== segment) {
      segment = sentence.segment;
      last = undefined;
    }
    const refs = unit.refs.length > 0 ? unit.refs : unit.carried;
    if (refs.length > 0) {
      last = refs.flatMap((r) => r.ids);
      return;
    }
    if (sentence.block || unit.quotesClause) return;
    // "I don't sign pledge cards from any organization, left or right": a refusal of pledges as such is the
    // refusals detector's, about every clause; a word it shares with one clause ("right") does not tie it there.
    if (unit.reading.cue?.kind === 'refuse-sign' && PLEDGES_AS_SUCH.test(unit.reading.cue.text)) return;
    const stance = unit.reading.stance !== undefined;
    // After a sentence that named clauses, a statement speaks of them unless it names a subject of its own ("P1 yes
    // P2 yes defo. the gas one nah", "sponsorship yes"): then it is tied there, as any statement is.
    const after = unit.before;
    if (after && !stance) return;
    const label = labelBefore(doc, unit, u);
    if (label) {
      const t = topicTarget(index, stemsIn(norm, label.start, label.end), undefined, 1.5, 1);
      if (t && !after?.includes(t.clause)) {
        sink.link({ unit: u, clauses: [t.clause], channel: 'label', weight: Math.max(t.confidence, 0.8), ref: t.phrase });
        last = [t.clause];
        return;
      }
    }
    // "The rents one I'm not answering": the clause named by a word of its subject before the verdict.
    const cue = unit.reading.cue;
    const one = cue ? ONE_CLAUSE_BEFORE.exec(norm.slice(unit.start, cue.start)) : null;
    if (one) {
      const t = topicTarget(index, stemsIn(norm, unit.start + one.index, unit.start + one.index + one[0].length), leaves, 1.2, 1);
      if (t && !after?.includes(t.clause)) {
        sink.link({ unit: u, clauses: [t.clause], channel: 'label', weight: Math.max(t.confidence, 0.8), ref: t.phrase });
        last = [t.clause];
        return;
      }
    }
    const stems = subjectStems(norm, unit, unit.reading.cue);
    // "stages yes, the town ban NO WAY …, training yes", "yes to the bus, yes to the drop in": an item of a list of
    // subjects and verdicts names its own subject, however short, and not the sentence's.
    const said = norm.slice(unit.start, unit.end);
    if (sentence.unitCount > 1 && stance && (SUBJECT_VERDICT.test(said) || VERDICT_SUBJECT.test(said))) {
      const item = topicTarget(index, stems, leaves, 1.2, 1);
      if (item && !after?.includes(item.clause)) {
        sink.link({ unit: u, clauses: [item.clause], channel: 'label', weight: Math.max(item.confidence, 0.8), ref: item.phrase });
        last = [item.clause];
        return;
      }
    }
    const t = topicTarget(index, stems, leaves, 2.2) ?? (stems.length <= 2 ? topicTarget(index, stemsIn(norm, sentence.start, sentence.end), leaves, 2.2) : undefined);
    // A subject of its own: not one the sentence before named, nor a part of one.
    const own = (c: string): boolean => !after || (!after.includes(c) && !after.some((id) => index.byId.get(c)?.parent === id));
    if (t && own(t.clause)) {
      sink.link({ unit: u, clauses: [t.clause], channel: 'topic', weight: t.confidence, ref: t.phrase });
      last = [t.clause];
      return;
    }
    if (after) {
      // A word or two of a subject ("sponsorship yes") names it; a longer statement sharing a word elaborates.
      const weak = t || stems.length > 3 ? undefined : topicTarget(index, stems, leaves, 1.2, 1);
      if (weak && own(weak.clause)) sink.link({ unit: u, clauses: [weak.clause], channel: 'topic-weak', weight: weak.confidence, ref: weak.phrase });
      return;
    }
    if (!stance) return;
    // "I would back more night buses - not just in August - as long as it doesn't come out of taxpayers' pockets": a
    // condition set apart in the same sentence is on what the sentence spoke of.
    const condition = unit.reading.cue?.kind === 'qualified' && u > 0 && doc.units[u - 1]!.sentence === unit.sentence;
    // "… and I can't sign that bit", "no to that one": a verdict whose object is one clause pointed back at.
    const cueEnd = unit.reading.cue?.end;
    const pointedObject = cueEnd !== undefined && THAT_ONE.test(norm.slice(cueEnd, unit.end)) && stemsIn(norm, cueEnd, unit.end).length <= 1;
    if (last && (POINTER.test(norm.slice(unit.start, unit.end)) || condition || pointedObject)) {
      sink.link({ unit: u, clauses: last, channel: 'pronoun', weight: 0.6, ref: 'the statement before' });
      return;
    }
    const weak = topicTarget(index, stems, leaves, 1.2, 1);
    if (weak) sink.link({ unit: u, clauses: [weak.clause], channel: 'topic-weak', weight: weak.confidence, ref: weak.phrase });
  });
}

/**
 * "Breakfast club: yes": a short stance-less unit before a colon or dash, in the same sentence, names the subject; so
 * does a short question of its own just before ("Free school meals? Should have been done years ago.").
 */
function labelBefore(doc: Doc, unit: Unit, u: number): Unit | undefined {
  const before = u > 0 ? doc.units[u - 1]! : undefined;
  if (!before || before.reading.stance || !unit.reading.stance) return undefined;
  if (before.sentence === unit.sentence) {
    if (!/^\s*(?::|-)/.test(doc.norm.slice(before.end, before.end + 2))) return undefined;
    return stemsIn(doc.norm, before.start, before.end).length <= 6 ? before : undefined;
  }
  const asked = doc.sentences[before.sentence]!;
  const answer = doc.sentences[unit.sentence]!;
  const question = before.sentence === unit.sentence - 1 && asked.segment === answer.segment && before.start === asked.start && answer.start === unit.start;
  const asking = doc.norm.slice(before.start, asked.end);
  // A question of the form's own ("Will you …?", "Why accept …?") asks; a subject alone ("Cycle lanes?") names.
  if (!question || !/\?\s*$/.test(asking) || QUESTION_WORD.test(asking)) return undefined;
  return stemsIn(doc.norm, before.start, before.end).length <= 6 ? before : undefined;
}
