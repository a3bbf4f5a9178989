// The words of a unit as the model's text features see them: lower-cased stems and their pairs, the programme's
// own subject words replaced by one placeholder (so what is learnt of "I back the @" carries to any programme),
// numbers by another, and words after a negation marked as negated ("don't !support").
import type { Doc, Unit } from './doc.js';
import { stemOf } from './topics.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const NEGATORS = new Set(['not', 'no', 'never', "don't", 'dont', "can't", 'cant', 'cannot', "won't", 'wont', "wouldn't", 'wouldnt', "isn't", "aren't", "doesn't", "didn't", "couldn't", "shouldn't", 'nor', 'neither', "haven't", "hasn't", 'nah']);
/** How many words after a negation it reaches. */
const NEGATION_REACH = 3;
const TOPIC = '@';
const NUMBER = '#';

/** The unigrams and bigrams of a span of normalised text. */
export function gramsOf(doc: Doc, start: number, end: number): string[] {
  const text = doc.norm.slice(start, end);
  const tokens: string[] = [];
  let negated = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    // A clause boundary between words ends a negation's reach.
    if (/[.,;:!?()]/.test(text.slice(last, m.index))) negated = 0;
    last = m.index + m[0].length;
    const word = m[0].replace(/’/g, "'");
    if (NEGATORS.has(word)) {
      tokens.push(word === 'no' || word === 'nah' ? 'no' : 'not');
      negated = NEGATION_REACH;
      continue;
    }
    let token = /\d/.test(word) ? NUMBER : stemOf(word);
    if (token !== NUMBER && doc.index.vocabulary.has(token)) token = TOPIC;
    if (negated > 0) {
      token = `!${token}`;
      negated--;
    }
    tokens.push(token);
  }
  const grams = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    grams.add(tokens[i]!);
    if (i + 1 < tokens.length) grams.add(`${tokens[i]} ${tokens[i + 1]}`);
  }
  return [...grams];
}

/** The grams of what a unit says (a reference opening it left out: "3d no" is read as "no"; a form's ticked option). */
export function unitGrams(doc: Doc, unit: Unit): string[] {
  return gramsOf(doc, unit.read.start, unit.read.end);
}
