// The model's decision for a leaf, explained: the stance with its probability, the features that carried it
// (codes first), and a reason written from them that quotes what the candidate wrote.
import type { RulingSource } from '../model/ruling.js';
import type { DeclineKind } from '../model/stance.js';
import type { Doc } from './doc.js';
import { FEATURES, saysNothingOf, type LeafFeatures, type Support } from './features.js';
import type { Channel, Signal } from './link.js';
import { chosenClass, CLASSES, contributions, predict, type Model } from './model.js';
import { DECLINE_WORDS, type Decision } from './rollup.js';
import type { Span } from './segment.js';
import { gramText } from './words.js';

const SOURCE: Record<Channel, RulingSource> = {
  marker: 'explicit',
  inline: 'explicit',
  carried: 'explicit',
  ordinal: 'explicit',
  block: 'explicit',
  heading: 'explicit',
  parent: 'explicit',
  order: 'explicit',
  cell: 'explicit',
  excluded: 'explicit',
  label: 'topic',
  topic: 'topic',
  'topic-weak': 'topic',
  pronoun: 'topic',
  subtree: 'blanket',
  others: 'blanket',
  all: 'blanket',
  refusal: 'blanket',
};

const WHERE: Record<Channel, (ref: string) => string> = {
  marker: (r) => `answer under '${r}'`,
  inline: (r) => `explicit reference '${r}'`,
  carried: (r) => (r === 'the reference before' ? 'the clauses named just before' : `reference '${r}' earlier in the sentence`),
  ordinal: (r) => `'${r}'`,
  block: (r) => `said under '${r}'`,
  heading: (r) => `under the heading '${r}'`,
  parent: (r) => `said of the clause above it ('${r}')`,
  order: (r) => r,
  cell: (r) => `checklist or table row '${r}'`,
  label: (r) => `label '${r}'`,
  topic: (r) => `matched by subject (${r})`,
  'topic-weak': (r) => `shares words with the clause (${r})`,
  pronoun: (r) => `a pronoun pointing back at ${r}`,
  subtree: (r) => `blanket statement naming '${r}'`,
  others: (r) => `blanket statement '${r}' (every clause not ruled on specifically)`,
  all: (r) => `blanket statement '${r}'`,
  excluded: (r) => `'${r}'`,
  refusal: () => 'a refusal covering the whole programme',
};

const SAID: Record<Signal, (cue: string) => string> = {
  agree: (c) => `agreement cue '${c}'`,
  qual: (c) => `qualification cue '${c}'`,
  disagree: (c) => `disagreement cue '${c}'`,
  refuse: (c) => `refusal cue '${c}'`,
  sign: (c) => `refusal-to-sign cue '${c}'`,
  defer: (c) => `deferral '${c}'`,
  pos: () => 'a plain statement in favour',
  neg: () => 'a plain statement against',
  none: () => 'no stance of its own',
  unticked: () => 'its box left empty',
};

/** Words for the features that are not statements of the reply: they shade a reason, never make one. */
const SHADES: Record<string, string> = {
  conflict: 'conflicting statements in the reply',
  qualifier: 'a qualification in the same sentence',
  'revised.agree': 'a later revision replaces what came before',
  'revised.qual': 'a later revision replaces what came before',
  'revised.disagree': 'a later revision replaces what came before',
  'revised.refuse': 'a later revision replaces what came before',
  'revised.sign': 'a later revision replaces what came before',
  'revised.defer': 'a later revision replaces what came before',
  'reply.short': 'a short reply',
  'reply.empty': 'an empty reply',
  'reply.loose.agree': 'agreement the reply gives without naming clauses',
  'reply.loose.qual': 'qualifications the reply gives without naming clauses',
  'reply.loose.disagree': 'disagreement the reply gives without naming clauses',
  'reply.loose.sign': 'a refusal to sign pledges',
  'reply.loose.defer': 'a reply that defers its answers',
};

const DECLINE_OF: Partial<Record<Signal, DeclineKind>> = { refuse: 'refused-to-answer', sign: 'refused-to-sign', disagree: 'disagreed', neg: 'disagreed', unticked: 'disagreed' };

/** The phrase for one supported feature, e.g. "explicit reference '3 e)' with qualification cue 'in principle'". */
function phrase(support: Support, silent: boolean): string {
  const { channel, link, judged } = support;
  const where = WHERE[channel](link.ref);
  // A statement without a word that takes a stance: silence, or a stance the model reads from what it says and where.
  if (judged.signal === 'none') return `${where}, ${silent ? SAID.none('') : 'a statement with no word of stance, weighed as a whole'}`;
  if (link.signal !== undefined) return `${where} (${SAID[judged.signal](judged.cue).replace(/ '.*'$/, '')})`;
  return `${where} with ${SAID[judged.signal](judged.cue)}${judged.turned ? ' (against what the clause opposes)' : ''}`;
}

const scratch = new Float64Array(CLASSES.length);

/** Decides one leaf from its features. */
export function decideLeaf(doc: Doc, model: Model, leaf: LeafFeatures): Decision {
  // A reply with no words says nothing: that is what the words "no answer" mean, not something to learn.
  if (doc.empty) return { stance: 'no-answer', declineKind: undefined, confidence: 1, source: 'none', quotes: [], reason: 'the reply is empty' };
  const p = predict(model, leaf, scratch);
  const k = chosenClass(p, saysNothingOf(leaf));
  let j = k === 0 ? 1 : 0;
  for (let i = 0; i < p.length; i++) if (i !== k && p[i]! > p[j]!) j = i;
  const stance = CLASSES[k]!;
  const confidence = p[k]!;
  const carried = contributions(model, leaf, k, j);
  const supports: Support[] = [];
  const shades: string[] = [];
  const words: string[] = [];
  // Statements that take a stance are the evidence; one that takes none is quoted only where nothing else was said.
  const silentOnes: Support[] = [];
  const take = (support: Support): void => {
    if (supports.some((s) => s.unit === support.unit)) return;
    if (support.judged.signal === 'none') {
      if (!silentOnes.some((s) => s.unit === support.unit)) silentOnes.push(support);
    } else if (supports.length < 3) supports.push(support);
  };
  for (const c of carried) {
    if (typeof c.feature === 'string') {
      // A text feature: its words shade the reason where they come from a statement; its unit is evidence.
      const support = leaf.textSupport.get(c.feature);
      if (words.length < 2 && support && support.judged.signal !== 'none') {
        const read = doc.units[support.unit]!.read;
        const said = gramText(doc, read.start, read.end, c.feature.slice(2));
        if (said && !words.some((w) => w.includes(said) || said.includes(w))) words.push(said);
      }
      if (support) take(support);
      continue;
    }
    const support = leaf.support.get(c.feature);
    const name = FEATURES[c.feature]!;
    if (support) take(support);
    else if (SHADES[name] && shades.length < 2 && !shades.includes(SHADES[name]!)) shades.push(SHADES[name]!);
  }
  if (supports.length === 0) supports.push(...silentOnes.slice(0, 2));
  const head = supports[0];
  const declineKind = stance === 'declined' ? declineKindOf(supports) : undefined;
  let reason: string;
  if (!head) reason = stance === 'no-answer' ? 'not addressed, directly or by a blanket statement' : `read from the reply as a whole${shades.length ? ` (${shades.join('; ')})` : ''}`;
  else {
    const silent = stance === 'no-answer';
    reason = phrase(head, silent);
    if (supports[1]) reason += `; also ${phrase(supports[1], silent)}`;
    if (words.length > 0) reason += `; words like '${words.join("', '")}'`;
    if (shades.length > 0) reason += `; ${shades.join('; ')}`;
    if (stance === 'no-answer' && head.judged.signal !== 'defer') reason = `no stance taken: ${reason}`;
  }
  if (declineKind) reason = `${DECLINE_WORDS[declineKind]}: ${reason}`;
  const quotes: Span[] = [];
  for (const s of supports) {
    const q = doc.sentences[doc.units[s.unit]!.sentence]!.quote;
    if (!quotes.some((x) => x.start === q.start)) quotes.push(q);
  }
  return { stance, declineKind, confidence, source: head ? SOURCE[head.channel] : 'none', quotes, reason };
}

function declineKindOf(supports: Support[]): DeclineKind {
  for (const s of supports) {
    const kind = DECLINE_OF[s.judged.signal];
    if (kind) return kind;
  }
  return 'disagreed';
}
