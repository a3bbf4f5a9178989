// Agreement with the programme as a whole: "Count me in.", "Signed and returned.", "All yes.", "Absolutely.", said
// where the reply names no clause at all, by reference, heading, order or subject. It speaks for every clause.
import { isAnswerLine, unitsOf, type Doc, type Sentence } from '../doc.js';
import { topicTarget } from '../judge.js';
import type { Sink } from '../link.js';
import { stemsIn, subjectStems } from '../topics.js';
import { SUBJECT_VERDICT, THAT_ONE, WHOLE_OBJECT } from '../lexicon/references.js';
import { lotNamesProgramme } from './blankets.js';

/** Replies this short are answered whole by a verdict; in a longer one a verdict may be about any passage. */
const SHORT_REPLY = 60;
/** A verdict opens a longer reply when it comes this early: after a greeting and a line or two of thanks at most. */
const OPENING_SENTENCES = 4;
/** At most this many words of subject before a verdict make a label ("Living wage def yes"). */
const LABEL_STEMS = 4;


export function detectWhole(doc: Doc, sink: Sink): void {
  const { index, norm } = doc;
  // Only where nothing in the reply names a clause: any reference or block makes its verdicts specific. References
  // that only take clauses out after the verdict ("Yes to all. P.S. I can't back number 3 after all.") leave it whole.
  if (doc.sentences.some((s) => s.block)) return;
  const named = doc.sentences.findIndex((s) => s.refs.length > 0);
  if (named >= 0 && !doc.sentences.slice(named).every((s) => s.refs.length === 0 || onlyTakesOut(doc, s))) return;
  // Nor where the reply answers line by line ("Yes" / "No" / "Yes"): the order detector reads those.
  if (doc.units.filter((u) => isAnswerLine(norm.slice(u.start, u.end))).length >= 2) return;
  const short = doc.words <= SHORT_REPLY;
  const deferred = doc.units.some((v) => v.reading.cue?.kind === 'defer');
  // A reply that goes on to refuse the card, or takes its first word back ("Happy to sign this — actually, no."), has
  // no opening verdict on the whole.
  const takenBack = doc.units.some((v) => (v.reading.revision || v.reading.cue?.kind === 'refuse-sign' || v.reading.cue?.kind === 'refuse-answer') && doc.sentences[v.sentence]!.refs.length === 0);
  const firstStated = takenBack ? -1 : doc.units.findIndex((v) => v.reading.stance !== undefined);
  doc.units.forEach((unit, u) => {
    const r = unit.reading;
    if (!r.cue || !r.stance || unit.quotesClause || (named >= 0 && unit.sentence >= named)) return;
    const sentence = doc.sentences[unit.sentence]!;
    // "living wage yes, cycle lanes yes": an item of a list of subjects and verdicts is about its own subject.
    if (sentence.unitCount > 1 && SUBJECT_VERDICT.test(norm.slice(unit.start, unit.end))) return;
    // Agreement, or a "No." that is all the reply says ("No thanks."): a lone "No." or "✗" beside other statements is
    // as often about the last thing said as about the programme, and refusals of the whole are the refusals detector's.
    const onlyVerdict = r.stance === 'declined' && r.cue.bare && doc.units.every((v, k) => k === u || !v.reading.stance);
    if (r.stance !== 'agree' && r.stance !== 'agree-with-qualifications' && !onlyVerdict) return;
    if (r.cue.kind === 'commit' || r.cue.kind === 'deontic' || r.cue.kind === 'oppose') return;
    // "will reply properly next week … rest next wk 👍": beside a promise to answer later, a bare sign of assent is a
    // sign-off, not an answer to every clause.
    if (r.cue.bare && deferred) return;
    // "the big boys from Leeds will take the lot": the object of someone else's verb, not a verdict.
    if (!lotNamesProgramme(r.cue.text, norm.slice(Math.max(unit.start, r.cue.start - 24), r.cue.start), norm.slice(r.cue.end, r.cue.end + 12))) return;
    const object = r.object ? norm.slice(r.object.start, r.object.end) : '';
    // "A is a no-brainer though — count me in on that one": a verdict on one clause, not the card.
    if (THAT_ONE.test(object)) return;
    if (!r.cue.bare && r.cue.kind !== 'affirm' && !WHOLE_OBJECT.test(object)) return;
    // "cant see any reason not to fix the slipway": a double negative's verb and object say what it agrees to.
    if (r.object && /\bnot to$/.test(r.cue.text) && !WHOLE_OBJECT.test(object) && stemsIn(norm, r.object.start, r.object.end).length > 0) return;
    // In a longer reply only a verdict that says it is about all of it ("I back all of this") speaks for all, or one
    // of agreement that opens the reply's first statement ("Signed and returned — scan attached. …").
    const opening = u === firstStated && r.stance !== 'declined' && unit.sentence <= OPENING_SENTENCES && /^[\s\p{P}]*$/u.test(norm.slice(unit.start, r.cue.start));
    if (!short && !opening && !(object.trim() !== '' && WHOLE_OBJECT.test(object) && /\b(?:all|everything|every|whole|entire|lot)\b/.test(object))) return;
    // "Living wage def yes and the youth clubs 100%, …": a verdict after a few words naming a clause is about that one.
    const lead = stemsIn(norm, unit.start, r.cue.start);
    if (lead.length > 0 && lead.length <= LABEL_STEMS && topicTarget(index, lead, undefined, 1.2, 1)) return;
    // "I confirm my commitment to the minimum platform" names a part of the programme, not the whole.
    if (topicTarget(index, subjectStems(norm, sentence, r.cue), undefined, 1.5, 1)) return;
    sink.link({ unit: u, clauses: index.leafIds, channel: 'all', weight: 0.7, ref: doc.body.slice(r.cue.start, r.cue.end), span: r.cue });
  });
}

/** A sentence naming clauses only to refuse or qualify them: an exception to what was said of the whole before it. */
function onlyTakesOut(doc: Doc, sentence: Sentence): boolean {
  const units = unitsOf(doc, sentence);
  return units.some((u) => u.reading.stance === 'declined' || u.reading.stance === 'agree-with-qualifications') && !units.some((u) => u.reading.stance === 'agree');
}
