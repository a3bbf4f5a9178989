// A refusal with nothing else to point at covers the whole programme: "I don't sign pledges", "I won't be
// answering questionnaires".
import type { Doc } from '../doc.js';
import type { Sink } from '../link.js';
import { stemsIn } from '../topics.js';
import { ONE_CLAUSE_BEFORE, ONE_CLAUSE_END, ONE_CLAUSE_OBJECT, THAT_BACK, THAT_ONE, WHOLE_OBJECT } from '../lexicon/references.js';
import { PLEDGES_AS_SUCH } from '../lexicon/cues.js';

export function detectRefusals(doc: Doc, sink: Sink): void {
  doc.units.forEach((unit, u) => {
    const cue = unit.reading.cue;
    if (!cue || (cue.kind !== 'refuse-sign' && cue.kind !== 'refuse-answer')) return;
    if (unit.refs.length > 0 || unit.carried.length > 0 || doc.sentences[unit.sentence]!.block) return;
    // "I won't comment on the leadership" names something of its own to refuse; "any of the points" does not. The object
    // lies in the unit: "I won't be signing – Kvaløya needs that road" refuses to sign, and then says why.
    const object = doc.norm.slice(cue.end, Math.min(unit.end, unit.reading.object?.end ?? cue.end + 80)).split(/[,;.!?]/)[0]!;
    // "I'm not signing that one", "I won't be signing up to that one": a refusal of the clause the reply was speaking of,
    // found as a disagreement with it.
    // "The rents one I'm not answering": the clause named before the verb.
    if (ONE_CLAUSE_OBJECT.test(object) || THAT_ONE.test(object) || ONE_CLAUSE_END.test(cue.text) || ONE_CLAUSE_BEFORE.test(doc.norm.slice(unit.start, cue.start))) return;
    // "As for the reporting back twice a year, I won't be signing up to that": "that" is what the sentence named first,
    // unless that was the card itself ("I've read your pledge card and I won't be signing up to that").
    const before = doc.norm.slice(doc.sentences[unit.sentence]!.start, cue.start);
    if (THAT_BACK.test(object) && !PLEDGES_AS_SUCH.test(before) && stemsIn(doc.norm, doc.sentences[unit.sentence]!.start, cue.start).length > 0) return;
    const own = !WHOLE_OBJECT.test(object) && stemsIn(doc.norm, cue.end, cue.end + object.length).length > 0;
    if (cue.kind === 'refuse-answer' && own) return;
    // "I'm not signing up to a Westminster company": a refusal of something of its own, not of pledges as such.
    // "I decline to sign the Open Stacks pledge" names the programme as a pledge: a refusal of the whole.
    if (cue.kind === 'refuse-sign' && own && !PLEDGES_AS_SUCH.test(cue.text) && !PLEDGES_AS_SUCH.test(object)) return;
    // "nah not signin nothing … actualy go on then": a refusal the reply takes back later is no refusal.
    const agrees = (k: number): boolean => doc.units[k]?.reading.stance === 'agree' || doc.units[k]?.reading.stance === 'agree-with-qualifications';
    for (let k = u + 1; k < doc.units.length; k++) if (doc.units[k]!.reading.revision && (agrees(k) || agrees(k + 1))) return;
    sink.link({ unit: u, clauses: doc.index.leafIds, channel: 'refusal', weight: 1, ref: 'the whole programme', span: cue });
  });
}
