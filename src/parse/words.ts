// The words of a unit as the model's text features see them: lower-cased stems and their pairs, the programme's
// own subject words replaced by one placeholder (so what is learnt of "I back the @" carries to any programme),
// numbers by another, and words after a negation marked as negated ("don't !support").
import type { Doc, Unit } from './doc.js';
import { stemOf } from './topics.js';
import { SLIGHT_WORDS } from './lexicon/stopwords.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const NEGATORS = new Set(['not', 'no', 'never', "don't", 'dont', "can't", 'cant', 'cannot', "won't", 'wont', "wouldn't", 'wouldnt', "isn't", "aren't", "doesn't", "didn't", "couldn't", "shouldn't", 'nor', 'neither', "haven't", "hasn't", 'nah']);
/** How many words after a negation it reaches. */
const NEGATION_REACH = 3;
const TOPIC = '@';
const NUMBER = '#';

interface Token {
  token: string;
  start: number;
  end: number;
}

/**
 * Spans already tokenised, per doc: a blanket's unit is read for every clause it covers, and its reason's words
 * looked up again for each. Bounded, so a reply of any length stays flat; dropped with the doc.
 */
const TOKENS = new WeakMap<Doc, Map<string, Token[]>>();
const TOKENS_KEPT = 256;

/** The tokens of a span of normalised text, each with where it stands. */
function tokensOf(doc: Doc, start: number, end: number): Token[] {
  let kept = TOKENS.get(doc);
  if (!kept) TOKENS.set(doc, (kept = new Map()));
  const key = `${start}:${end}`;
  let tokens = kept.get(key);
  if (tokens) return tokens;
  tokens = tokenise(doc, start, end);
  if (kept.size >= TOKENS_KEPT) kept.clear();
  kept.set(key, tokens);
  return tokens;
}

function tokenise(doc: Doc, start: number, end: number): Token[] {
  const text = doc.norm.slice(start, end);
  const tokens: Token[] = [];
  let negated = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    // A clause boundary between words ends a negation's reach.
    if (/[.,;:!?()]/.test(text.slice(last, m.index))) negated = 0;
    last = m.index + m[0].length;
    const at = { start: start + m.index, end: start + last };
    const word = m[0].replace(/’/g, "'");
    if (NEGATORS.has(word)) {
      tokens.push({ token: word === 'no' || word === 'nah' ? 'no' : 'not', ...at });
      negated = NEGATION_REACH;
      continue;
    }
    let token = /\d/.test(word) ? NUMBER : stemOf(word);
    if (token !== NUMBER && doc.index.vocabulary.has(token)) token = TOPIC;
    if (negated > 0) {
      token = `!${token}`;
      negated--;
    }
    tokens.push({ token, ...at });
  }
  return tokens;
}

/** The unigrams and bigrams of a span of normalised text. */
export function gramsOf(doc: Doc, start: number, end: number): string[] {
  const tokens = tokensOf(doc, start, end);
  const grams = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    grams.add(tokens[i]!.token);
    if (i + 1 < tokens.length) grams.add(`${tokens[i]!.token} ${tokens[i + 1]!.token}`);
  }
  return [...grams];
}

/** The words a gram was read from inside a span, as the reply wrote them ("yes" for the stem "ye"); none if all slight. */
export function gramText(doc: Doc, start: number, end: number, gram: string): string | undefined {
  const want = gram.split(' ');
  const tokens = tokensOf(doc, start, end);
  for (let i = 0; i + want.length <= tokens.length; i++) {
    if (!want.every((w, k) => tokens[i + k]!.token === w)) continue;
    // A programme word or a number says which clause, not what of it: the gram needs a word of its own.
    const own = want.some((w, k) => !/^!?[@#]$/.test(w) && !SLIGHT_WORDS.has(doc.norm.slice(tokens[i + k]!.start, tokens[i + k]!.end)));
    return own ? doc.body.slice(tokens[i]!.start, tokens[i + want.length - 1]!.end).replace(/\s+/gu, ' ') : undefined;
  }
  return undefined;
}

/** The grams of what a unit says (a reference opening it left out: "3d no" is read as "no"; a form's ticked option). */
export function unitGrams(doc: Doc, unit: Unit): string[] {
  return gramsOf(doc, unit.read.start, unit.read.end);
}
