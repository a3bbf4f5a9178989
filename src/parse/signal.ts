// A unit's cue, and its judgement against one clause, as a signal: the vocabulary features are made of.
import type { DeclineKind, Stance } from '../model/stance.js';
import type { Doc, Unit } from './doc.js';
import { judge } from './judge.js';
import { NEGATIVE, POSITIVE } from './lexicon/layout.js';
import { PhraseMatcher } from './lexicon/patterns.js';
import type { Signal } from './link.js';
import type { Reading } from './stance.js';

/** The signal of a stance as a cue reads it. */
export function signalFor(stance: Stance | undefined, declineKind: DeclineKind | undefined): Signal {
  switch (stance) {
    case 'agree':
      return 'agree';
    case 'agree-with-qualifications':
      return 'qual';
    case 'no-answer':
      return 'defer';
    case 'declined':
      return declineKind === 'refused-to-answer' ? 'refuse' : declineKind === 'refused-to-sign' ? 'sign' : 'disagree';
    default:
      return 'none';
  }
}

/** What leaving a clause out of a statement says of it: left out of agreement is against it, and the reverse. */
export function oppositeOf(signal: Signal): Signal {
  if (signal === 'agree' || signal === 'qual' || signal === 'pos') return 'disagree';
  if (signal === 'disagree' || signal === 'refuse' || signal === 'sign' || signal === 'neg') return 'agree';
  return 'none';
}

/** The signal of a reading on its own, before it is set against any clause. */
export function signalOf(reading: Reading): Signal {
  return signalFor(reading.stance, reading.declineKind);
}

const EVALUATIVE = new PhraseMatcher({ pos: POSITIVE, neg: NEGATIVE });

/** A plain statement's leaning where no cue decides: 'pos', 'neg' or 'none' (read once per unit). */
export function evaluation(doc: Doc, unit: Unit): Signal {
  if (unit.leaning !== undefined) return unit.leaning;
  const found = EVALUATIVE.find(doc.norm, unit.start, unit.end);
  // A phrase inside a longer one of the other leaning is part of it: "a bad idea" in "not a bad idea" is not said.
  const within = (s: { start: number; end: number }, others: ReadonlyArray<{ start: number; end: number }>) => others.some((o) => o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start);
  const pos = found.pos.filter((s) => !within(s, found.neg)).length;
  const neg = found.neg.filter((s) => !within(s, found.pos)).length;
  return (unit.leaning = pos > neg ? 'pos' : neg > pos ? 'neg' : 'none');
}

export interface Judged {
  signal: Signal;
  strength: number;
  /** The cue as written, for the reason. */
  cue: string;
  /** Set when the clause's direction turned the statement round ("opposed to X" on "Oppose X"). */
  turned: boolean;
}

const NONE: Judged = { signal: 'none', strength: 0, cue: '', turned: false };

/** What a unit says of one clause, reached by a link of the given kind. */
export function judgeUnit(doc: Doc, unit: Unit, clause: string, inBlock: boolean, later: boolean): Judged {
  if (unit.quotesClause) return NONE;
  const reading = unit.reading;
  if (!reading.stance) {
    const leaning = evaluation(doc, unit);
    return leaning === 'none' ? NONE : { signal: leaning, strength: 0.6, cue: leaning, turned: false };
  }
  const j = judge(doc.index, doc.norm, reading, clause, { inBlock, later, sentenceStart: doc.sentences[unit.sentence]!.start });
  if (!j) return NONE;
  return { signal: signalFor(j.stance, j.declineKind), strength: j.strength, cue: j.cueText, turned: j.why.includes('(') };
}
