// Links become features: for each leaf clause, what was said of it by each channel (the strongest of each signal),
// which way its first and last explicit statements went, whether blankets speak for it alone, and the reply's
// features shared by all its clauses. Features are numbers in one fixed list, so the model is a table of weights.
import type { Doc } from './doc.js';
import { CHANNELS, SIGNALS, type Channel, type Link, type Signal, type Sink } from './link.js';
import { DETECTORS } from './detectors/index.js';
import { leavesUnder } from './programme-index.js';
import { judgeUnit, type Judged } from './signal.js';
import { unitGrams } from './words.js';
import { stemsIn } from './topics.js';
import { QUALIFIED_VERDICT } from './lexicon/cues.js';

/** Channels that name the clause itself (not a blanket, not only its subject). */
const EXPLICIT = new Set<Channel>(['marker', 'inline', 'carried', 'ordinal', 'block', 'heading', 'order', 'cell', 'label', 'excluded']);
/** Channels through which a statement speaks for many clauses at once. */
const BLANKET = new Set<Channel>(BLANKET_CHANNELS());
/** Channels whose statements were made inside a clause's own block or reference. */
const IN_BLOCK = new Set<Channel>(['marker', 'inline', 'carried', 'ordinal', 'block', 'heading', 'order', 'cell', 'excluded']);

export const REPLY_FEATURES = [
  'empty',
  'words',
  'short',
  'quoted',
  'stated',
  'coverage',
  'minimal',
  ...SIGNALS.filter((s) => s !== 'none' && s !== 'unticked').map((s) => `tone.${s}`),
  ...SIGNALS.filter((s) => s !== 'none' && s !== 'unticked').map((s) => `loose.${s}`),
] as const;

const STANCE_SIGNALS = SIGNALS.filter((s) => s !== 'none');

/** Channels grouped by how they reach a clause: each group's strongest signal is a feature too, so what is learnt of
 * one channel is shared with the others of its kind. */
const GROUPS: Record<'explicit' | 'topical' | 'blanket', readonly Channel[]> = {
  explicit: ['marker', 'inline', 'carried', 'ordinal', 'block', 'heading', 'parent', 'order', 'cell', 'excluded'],
  topical: ['label', 'topic', 'topic-weak', 'pronoun'],
  blanket: ['subtree', 'others', 'all', 'refusal'],
};
type Group = keyof typeof GROUPS;
const TEXT_PREFIX: Record<Group, string> = { explicit: 'x', topical: 't', blanket: 'b' };
const GROUP_OF = new Map<Channel, Group>(Object.entries(GROUPS).flatMap(([g, cs]) => cs.map((c) => [c, g as Group] as const)));
function groupOf(channel: Channel): Group {
  return GROUP_OF.get(channel)!;
}

/**
 * Levels of precedence: what is said of the clause itself, then of the clause above it, then of its subject, then
 * of many clauses at once. The highest level that takes a stance on a clause gives its 'prec' feature, and within
 * it the most specific channel, so the model learns how far to trust each level rather than being told.
 */
const LEVELS = ['own', 'parent', 'topical', 'blanket'] as const;
const LEVEL_CHANNELS: Record<(typeof LEVELS)[number], readonly Channel[]> = {
  own: ['excluded', 'marker', 'inline', 'cell', 'carried', 'ordinal', 'order', 'heading', 'label', 'block'],
  parent: ['parent'],
  topical: ['topic', 'pronoun', 'topic-weak'],
  blanket: ['subtree', 'others', 'all', 'refusal'],
};

/** Every feature, in the order of the model's weights. */
export const FEATURES: readonly string[] = [
  'bias',
  ...CHANNELS.flatMap((c) => SIGNALS.map((s) => `${c}.${s}`)),
  ...Object.keys(GROUPS).flatMap((g) => SIGNALS.map((s) => `${g}.${s}`)),
  ...LEVELS.flatMap((l) => STANCE_SIGNALS.map((s) => `prec.${l}.${s}`)),
  'turn',
  'turn.plain',
  ...STANCE_SIGNALS.map((s) => `first.${s}`),
  ...STANCE_SIGNALS.map((s) => `last.${s}`),
  ...STANCE_SIGNALS.map((s) => `revised.${s}`),
  ...STANCE_SIGNALS.map((s) => `alone.${s}`),
  ...STANCE_SIGNALS.map((s) => `turned.${s}`),
  'qualifier',
  'qual.verdict',
  'hedge',
  'conflict',
  'silent.among',
  'volunteered',
  'part.only',
  'spoken',
  'clause.child',
  'clause.first',
  'clause.last',
  ...REPLY_FEATURES.map((f) => `reply.${f}`),
];

const FEATURE_INDEX = new Map(FEATURES.map((f, i) => [f, i]));

/** The index of a named feature; throws on a name that is not in the list (a bug, not an input error). */
export function featureIndex(name: string): number {
  const i = FEATURE_INDEX.get(name);
  if (i === undefined) throw new Error(`unknown feature ${name}`);
  return i;
}

const CHANNEL_BASE = new Map(CHANNELS.map((c) => [c, featureIndex(`${c}.${SIGNALS[0]}`)]));
const SIGNAL_OFFSET = new Map(SIGNALS.map((s, i) => [s, i]));

// Feature indices worked out once, for the loops that run for every leaf of every reply.
/** The feature of a channel and a signal. */
function at(channel: Channel, signal: Signal): number {
  return CHANNEL_BASE.get(channel)! + SIGNAL_OFFSET.get(signal)!;
}
const BY_SIGNAL = <T extends string>(prefix: T): Map<Signal, number> => new Map(STANCE_SIGNALS.map((s) => [s, featureIndex(`${prefix}.${s}`)]));
const F_FIRST = BY_SIGNAL('first');
const F_LAST = BY_SIGNAL('last');
const F_REVISED = BY_SIGNAL('revised');
const F_ALONE = BY_SIGNAL('alone');
/** A stance read against what the clause opposes ("I support the bypass" on "Oppose the bypass"). */
const F_TURNED = BY_SIGNAL('turned');
const F_PREC = new Map(LEVELS.map((l) => [l, BY_SIGNAL(`prec.${l}`)]));
/** Per group, per signal: the group's feature and the channel features it takes the strongest of. */
const F_GROUP = Object.entries(GROUPS).flatMap(([g, channels]) => SIGNALS.map((s) => ({ feature: featureIndex(`${g}.${s}`), from: channels.map((c) => at(c, s)) })));
/** Every feature that carries a stance (a channel with any signal but 'none'). */
const F_STANCES = CHANNELS.flatMap((c) => STANCE_SIGNALS.map((s) => at(c, s)));
const F_BLANKET_STANCES = [...BLANKET_CHANNELS()].flatMap((c) => STANCE_SIGNALS.map((s) => ({ from: at(c, s), alone: F_ALONE.get(s)! })));
const F = {
  qualifier: featureIndex('qualifier'),
  qualVerdict: featureIndex('qual.verdict'),
  hedge: featureIndex('hedge'),
  conflict: featureIndex('conflict'),
  turn: featureIndex('turn'),
  plainTurn: featureIndex('turn.plain'),
  spoken: featureIndex('spoken'),
  silentAmong: featureIndex('silent.among'),
  volunteered: featureIndex('volunteered'),
  partOnly: featureIndex('part.only'),
  child: featureIndex('clause.child'),
  first: featureIndex('clause.first'),
  last: featureIndex('clause.last'),
  words: featureIndex('reply.words'),
  quoted: featureIndex('reply.quoted'),
};
/** A refusal to sign or to answer that speaks for the whole programme. */
const F_REFUSALS = [at('refusal', 'sign'), at('refusal', 'refuse')];
/** Support said of the clause itself or of its subject. */
const F_SUPPORT = (['explicit', 'topical'] as const).flatMap((g) => (['agree', 'qual', 'pos'] as const).map((s) => featureIndex(`${g}.${s}`)));
const AGREE_AT = STANCE_SIGNALS.indexOf('agree');
const QUAL_AT = STANCE_SIGNALS.indexOf('qual');
const POS_AT = STANCE_SIGNALS.indexOf('pos');
const NEG_AT = STANCE_SIGNALS.indexOf('neg');

/** Per level of precedence, its channels' stance features (in STANCE_SIGNALS order) and its 'prec' features. */
const LEVEL_FEATURES = LEVELS.map((l) => ({
  channels: LEVEL_CHANNELS[l].map((c) => STANCE_SIGNALS.map((s) => at(c, s))),
  /** Within the clause's own statements a word of stance outranks a leaning; between subject matches, the closer wins. */
  verdictFirst: l === 'own',
  prec: STANCE_SIGNALS.map((s) => F_PREC.get(l)!.get(s)!),
}));
const F_REPLY = new Map(REPLY_FEATURES.map((n) => [n as string, featureIndex(`reply.${n}`)]));

function BLANKET_CHANNELS(): readonly Channel[] {
  return ['subtree', 'others', 'all', 'refusal'];
}

/** The group features of everything said of a clause itself or of its subject, whatever it said. */
const F_TIED = (['explicit', 'topical'] as const).flatMap((g) => SIGNALS.map((s) => featureIndex(`${g}.${s}`)));

/**
 * Whether anything the reply wrote was tied to the leaf itself or to its subject, with a stance or without ("Sunday
 * opening at every branch is overdue"). A leaf only a blanket or the reply as a whole speaks for is not.
 */
function tiedToClause(leaf: LeafFeatures): boolean {
  for (const f of F_TIED) if (leaf.values[f]! > 0) return true;
  return false;
}

const F_SPOKEN = featureIndex('spoken');

/**
 * Whether the reply says nothing of the leaf: no statement with a stance reached it by any channel, and nothing at all
 * was tied to the clause or its subject. Such a leaf is "no answer" whatever the model would guess (`chosenClass`).
 */
export function saysNothingOf(leaf: LeafFeatures): boolean {
  return leaf.values[F_SPOKEN] === 0 && !tiedToClause(leaf);
}

function hasStance(values: Float64Array): boolean {
  for (const f of F_STANCES) if (values[f]! > 0) return true;
  return false;
}

/** A statement behind a feature: which unit, which link, what it said. */
export interface Support {
  unit: number;
  link: Link;
  judged: Judged;
  channel: Channel;
}

/** The features of one leaf clause: values by feature index (mostly zero) and what supports each. */
export interface LeafFeatures {
  clause: string;
  values: Float64Array;
  /** Feature indices with a value, ascending. */
  active: number[];
  support: Map<number, Support>;
  /** Text features: the words of the units tied to the clause, by the kind of tie ("x:need to", "t:@ !support"). */
  text: Map<string, number>;
  textSupport: Map<string, Support>;
}

export interface ReplyFeatures {
  leaves: LeafFeatures[];
  /** Units that take a stance and that no link ties to any clause. */
  loose: number[];
}

/** What a statement after "but" may say that turns agreement into qualified agreement. */
const TURNS = new Set<Signal>(['qual', 'disagree', 'neg', 'refuse', 'defer']);

/** What the explicit statements about one leaf come to, gathered as links arrive (in any order). */
interface Said {
  count: number;
  first: { order: number; signal: Signal };
  last: { order: number; signal: Signal; revision: boolean };
  qualifier: boolean;
  agrees: boolean;
  declines: boolean;
  /** The earliest agreement and the latest turn after "but": a turn follows agreement when the first is earlier. */
  firstAgree: number;
  lastTurn: number;
}

const AGREES = new Set<Signal>(['agree', 'qual', 'pos']);
const DECLINES = new Set<Signal>(['disagree', 'refuse', 'sign', 'neg']);
const CONTRAST_OPENING = /^\s*(?:but|however|though|although|that said|mind you)\b/;

/**
 * Runs every detector over the doc and turns their links into features per leaf clause, link by link. With `known`,
 * only the text features it has are kept (a model has weights for a few thousand; the rest would be dropped anyway).
 */
export function featuresOf(doc: Doc, known?: ReadonlyMap<string, unknown>): ReplyFeatures {
  const { index } = doc;
  const reply = new Map<string, number>();
  const leafAt = new Map(index.leafIds.map((id, i) => [id, i]));
  // One buffer for every leaf's values: one allocation per reply rather than one per leaf.
  const buffer = new Float64Array(FEATURES.length * index.leafIds.length);
  const leaves: LeafFeatures[] = index.leafIds.map((clause, i) => ({
    clause,
    values: buffer.subarray(i * FEATURES.length, (i + 1) * FEATURES.length),
    active: [],
    support: new Map(),
    text: new Map(),
    textSupport: new Map(),
  }));
  const said: Array<Said | undefined> = index.leafIds.map(() => undefined);
  // "Yes, but the slipway works need an assessment first": the latest statement without a stance after a turn, said
  // of the leaf by name or under its marker; after agreement, it may narrow it (the model weighs how often).
  const plainTurn: Array<Support | undefined> = index.leafIds.map(() => undefined);
  // "Yes, though I may not make every meeting": a sentence with a word that often carries a reservation, said of a
  // leaf by name or under its marker, hedges what is said of it.
  const hedgedSentence = new Uint8Array(doc.sentences.length);
  for (const u of doc.units) if (u.reading.hedged) hedgedSentence[u.sentence] = 1;
  const hedged = new Uint8Array(index.leafIds.length);
  // Units' words, for the few units that several links come from; bounded, so a reply of any length stays flat.
  const grams = new Map<number, string[]>();
  const gramsOf = (u: number): string[] => {
    let g = grams.get(u);
    if (!g) {
      if (grams.size >= 256) grams.clear();
      grams.set(u, (g = unitGrams(doc, doc.units[u]!)));
    }
    return g;
  };
  const linked = new Set<number>();
  // Units' stems, for the clauses whose text joins several demands.
  const unitStems = new Map<number, Set<string>>();
  const speaksToPart = (leafId: string, u: number): boolean => {
    const parts = index.parts.get(leafId);
    if (!parts) return false;
    let stems = unitStems.get(u);
    if (!stems) unitStems.set(u, (stems = new Set(stemsIn(doc.norm, doc.units[u]!.start, doc.units[u]!.end))));
    let touched = 0;
    for (const part of parts) {
      for (const stem of part) {
        if (stems.has(stem)) {
          touched++;
          break;
        }
      }
    }
    return touched > 0 && touched < parts.length;
  };

  const set = (leaf: LeafFeatures, f: number, value: number, support?: Support): void => {
    if (value <= leaf.values[f]!) return;
    leaf.values[f] = value;
    if (support) leaf.support.set(f, support);
  };

  /** With `verdict`, the link's unit is a table row whose answer cell rules: the row's words keep their own reading
   * only where they qualify a yes, or explain a no as against what the clause opposes ("No | not one new licence"). */
  const take = (link: Link, verdict?: Link): void => {
    linked.add(link.unit);
    const unit = doc.units[link.unit]!;
    // The unit's words as keys of each kind of tie, made once for all the clauses the link reaches.
    const keysOf = new Map<string, string[]>();
    const textKeys = (prefix: string): string[] => {
      let keys = keysOf.get(prefix);
      if (!keys) {
        keys = [];
        for (const gram of gramsOf(link.unit)) {
          const key = `${prefix}:${gram}`;
          if (!known || known.has(key)) keys.push(key);
        }
        keysOf.set(prefix, keys);
      }
      return keys;
    };
    // Whether the unit's qualification is said as the verdict: read once for all the clauses the link reaches.
    let verdictQual: boolean | undefined;
    for (const id of link.clauses) {
      const clause = index.byId.get(id);
      if (!clause) continue;
      const isLeaf = clause.children.length === 0;
      const channel: Channel = isLeaf || BLANKET.has(link.channel) ? link.channel : 'parent';
      const targets = isLeaf ? [id] : leavesUnder(index, id);
      const prefix = TEXT_PREFIX[groupOf(channel)];
      for (const leafId of targets) {
        const at = leafAt.get(leafId);
        if (at === undefined) continue;
        const leaf = leaves[at]!;
        // Said of a parent, a statement is judged against each leaf it covers: "opposed to X" agrees with the
        // child that opposes X and disagrees with the one that asks for it.
        let j: Judged =
          link.signal !== undefined
            ? { signal: link.signal, strength: link.strength ?? 0.9, cue: link.cue ?? link.ref, turned: false }
            : judgeUnit(doc, unit, leafId, IN_BLOCK.has(link.channel), link.channel === 'block');
        if (verdict && !(j.turned && DECLINES.has(verdict.signal!)) && !(verdict.signal === 'agree' && j.signal === 'qual')) {
          j = { signal: verdict.signal!, strength: verdict.strength ?? 0.9, cue: verdict.cue ?? verdict.ref, turned: false };
        }
        const value = j.signal === 'none' ? link.weight : link.weight * j.strength;
        const support: Support = { unit: link.unit, link, judged: j, channel };
        set(leaf, CHANNEL_BASE.get(channel)! + SIGNAL_OFFSET.get(j.signal)!, value, support);
        if (j.turned && j.signal !== 'none') set(leaf, F_TURNED.get(j.signal)!, value, support);
        if (j.signal === 'qual' && EXPLICIT.has(channel) && (verdictQual ??= QUALIFIED_VERDICT.test(doc.norm.slice(unit.start, unit.end)))) {
          set(leaf, F.qualVerdict, value, support);
        }
        if (hedgedSentence[unit.sentence] === 1 && EXPLICIT.has(channel)) hedged[at] = 1;
        // "Shelters and displays, yes" on a clause that also asks to clear the snow: support for some of its demands.
        if ((j.signal === 'agree' || j.signal === 'pos') && !BLANKET.has(channel) && speaksToPart(leafId, link.unit)) set(leaf, F.partOnly, value, support);
        if (!unit.quotesClause) {
          for (const key of textKeys(prefix)) {
            if (link.weight > (leaf.text.get(key) ?? 0)) {
              leaf.text.set(key, link.weight);
              leaf.textSupport.set(key, support);
            }
          }
        }
        if (j.signal !== 'none' && EXPLICIT.has(channel)) noteSaid(at, link.unit, j.signal);
        else if (j.signal === 'none' && EXPLICIT.has(channel) && afterTurn(link.unit) && link.unit > (plainTurn[at]?.unit ?? -1)) plainTurn[at] = support;
      }
    }
  };

  const afterTurn = (order: number): boolean => {
    const unit = doc.units[order]!;
    const sentence = doc.sentences[unit.sentence]!;
    return unit.afterContrast || CONTRAST_OPENING.test(doc.norm.slice(sentence.start, sentence.start + 16));
  };
  const noteSaid = (at: number, order: number, signal: Signal): void => {
    const unit = doc.units[order]!;
    const contrast = afterTurn(order);
    let s = said[at];
    if (!s) {
      s = said[at] = { count: 0, first: { order, signal }, last: { order, signal, revision: unit.reading.revision }, qualifier: false, agrees: false, declines: false, firstAgree: Infinity, lastTurn: -1 };
    }
    s.count++;
    if (order < s.first.order) s.first = { order, signal };
    if (order >= s.last.order) s.last = { order, signal, revision: unit.reading.revision };
    if (unit.reading.qualifier !== undefined) s.qualifier = true;
    if (AGREES.has(signal)) s.agrees = true;
    if (DECLINES.has(signal)) s.declines = true;
    if (signal === 'agree' || signal === 'pos') s.firstAgree = Math.min(s.firstAgree, order);
    if (contrast && TURNS.has(signal)) s.lastTurn = Math.max(s.lastTurn, order);
  };

  const links: Link[] = [];
  const sink: Sink = { link: (link) => links.push(link), reply: (name, value) => reply.set(name, value) };
  for (const detect of Object.values(DETECTORS)) detect(doc, sink);
  // "| Q5 | No | I support the intention, but I will not vote to block a sale |": a table row's answer cell is its
  // verdict, and the row's other words are its comment; said of the row's own clause, they carry the cell's signal.
  const verdicts = new Map<number, Link>();
  for (const link of links) {
    if (link.channel !== 'cell' || link.cue === undefined || link.signal === undefined || link.signal === 'none' || link.signal === 'unticked') continue;
    const start = doc.units[link.unit]!.start;
    const lineEnd = doc.body.indexOf('\n', start);
    for (let u = link.unit; u < doc.units.length && (lineEnd < 0 || doc.units[u]!.start < lineEnd); u++) verdicts.set(u, link);
  }
  for (const link of links) {
    const verdict = verdicts.size > 0 ? verdicts.get(link.unit) : undefined;
    const ruled = verdict !== undefined && link !== verdict && link.signal === undefined && EXPLICIT.has(link.channel) && link.clauses.every((id) => verdict.clauses.includes(id));
    take(link, ruled ? verdict : undefined);
  }

  const explicitLeaves = said.filter((s) => s !== undefined).length;
  reply.set('coverage', index.leafIds.length === 0 ? 0 : explicitLeaves / index.leafIds.length);
  // A short reply that names no clause at all ("Count me in."): what it says, it says of the whole.
  reply.set('minimal', explicitLeaves === 0 && (reply.get('short') ?? 0) > 0 ? 1 : 0);
  const loose: number[] = [];
  const looseCounts = new Map<Signal, number>();
  doc.units.forEach((unit, u) => {
    if (linked.has(u) || !unit.reading.stance || unit.quotesClause) return;
    loose.push(u);
    const s = judgeLoose(unit.reading.stance, unit.reading.declineKind);
    looseCounts.set(s, (looseCounts.get(s) ?? 0) + 1);
  });
  for (const [s, n] of looseCounts) reply.set(`loose.${s}`, Math.min(1, n / 3));

  const clauses = index.leafIds.length;
  // How many leaves something was said of, by any channel.
  const spokenOf = leaves.map((leaf) => hasStance(leaf.values));
  const spoken = spokenOf.filter(Boolean).length;
  const replyValues = [...reply].map(([name, value]) => [F_REPLY.get(name)!, value] as const);
  leaves.forEach((leaf, at) => {
    const clause = index.byId.get(leaf.clause)!;
    const values = leaf.values;
    values[0] = 1;
    for (const g of F_GROUP) {
      for (const f of g.from) {
        const v = values[f]!;
        if (v > values[g.feature]!) set(leaf, g.feature, v, leaf.support.get(f));
      }
    }
    levels: for (const level of LEVEL_FEATURES) {
      // The first channel of the level with a stance; at the clause's own level, the first with a word of stance before
      // one with a leaning: in "| 4. Charges | No | It is only fair that those who can afford it pay |" the cell's "No"
      // outranks what the comment leans to.
      let channel: number[] | undefined;
      let best = -1;
      let leaning: [number[], number] | undefined;
      for (const c of level.channels) {
        let top = -1;
        let topValue = 0;
        for (let k = 0; k < c.length; k++) {
          const v = values[c[k]!]!;
          if (v > topValue) {
            top = k;
            topValue = v;
          }
        }
        if (top < 0) continue;
        if (level.verdictFirst && (top === POS_AT || top === NEG_AT)) {
          leaning ??= [c, top];
          continue;
        }
        channel = c;
        best = top;
        break;
      }
      if (!channel && leaning) [channel, best] = leaning;
      if (channel) {
        // Agreement and a qualification said at the same level (the answer's first line, then "But I'd have to know
        // where the money comes from" below it): the qualification narrows the agreement.
        if (best === AGREE_AT || best === POS_AT) {
          const qualified = level.channels.find((c) => values[c[QUAL_AT]!]! > 0);
          if (qualified) {
            set(leaf, level.prec[QUAL_AT]!, 1, leaf.support.get(qualified[QUAL_AT]!));
            break levels;
          }
        }
        if (best >= 0) {
          set(leaf, level.prec[best]!, 1, leaf.support.get(channel[best]!));
          break levels;
        }
      }
    }
    // "I don't sign pledges … A workplace violence plan makes complete sense to me": support volunteered for a clause
    // under a refusal of the whole programme speaks for that clause.
    if (F_REFUSALS.some((f) => values[f]! > 0)) {
      let support = 0;
      for (const f of F_SUPPORT) support = Math.max(support, values[f]!);
      if (support > 0) values[F.volunteered] = support;
    }
    const s = said[at];
    if (s) {
      values[F_FIRST.get(s.first.signal)!] = 1;
      values[F_LAST.get(s.last.signal)!] = 1;
      if (s.last.revision && s.count > 1) values[F_REVISED.get(s.last.signal)!] = 1;
      if (s.qualifier) values[F.qualifier] = 1;
      if (hedged[at] === 1) values[F.hedge] = 1;
      if (s.agrees && s.declines) values[F.conflict] = 1;
      // "Yes. But I'm not in favour of capping their pay": agreement, then a turn against part of it.
      if (s.firstAgree < s.lastTurn) values[F.turn] = 1;
      const plain = plainTurn[at];
      if (plain && s.firstAgree < plain.unit) set(leaf, F.plainTurn, 1, plain);
    } else {
      // Blankets speak for a clause nothing else was said of.
      for (const b of F_BLANKET_STANCES) if (values[b.from]! > 0) set(leaf, b.alone, values[b.from]!, leaf.support.get(b.from));
    }
    // Whether the clause opposes something is the judge's to weigh, statement by statement: as a weight of its own it
    // would only learn how often such clauses were declined in the corpus.
    if (clause.parent !== undefined) values[F.child] = 1;
    if (at === 0) values[F.first] = 1;
    if (at === clauses - 1) values[F.last] = 1;
    // What the reply as a whole is like speaks only for a clause nothing was said of: its silence may be a blanket
    // the detectors missed ("Signed and returned") or plain silence. A clause something was said of has its own.
    if (spokenOf[at]) {
      values[F.spoken] = 1;
      values[F.words] = reply.get('words') ?? 0;
      values[F.quoted] = reply.get('quoted') ?? 0;
    } else {
      for (const [f, value] of replyValues) values[f] = value;
      // Others were answered and this one was not: a silence among answers is most likely a silence.
      if (spoken > 0) values[F.silentAmong] = Math.min(1, spoken / clauses);
    }
    for (let f = 0; f < values.length; f++) if (values[f] !== 0) leaf.active.push(f);
  });
  return { leaves, loose };
}

function judgeLoose(stance: string, declineKind: string | undefined): Signal {
  if (stance === 'agree') return 'agree';
  if (stance === 'agree-with-qualifications') return 'qual';
  if (stance === 'no-answer') return 'defer';
  return declineKind === 'refused-to-answer' ? 'refuse' : declineKind === 'refused-to-sign' ? 'sign' : 'disagree';
}

export type { Doc };
