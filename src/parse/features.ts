// Links become features: for each leaf clause, what was said of it by each channel (the strongest of each signal),
// which way its first and last explicit statements went, whether blankets speak for it alone, and the reply's
// features shared by all its clauses. Features are numbers in one fixed list, so the model is a table of weights.
import type { Doc } from './doc.js';
import { CHANNELS, SIGNALS, type Channel, type Link, type Signal, type Sink } from './link.js';
import { DETECTORS } from './detectors/index.js';
import { leavesUnder } from './programme-index.js';
import { judgeUnit, type Judged } from './signal.js';
import { unitGrams } from './words.js';

/** Channels that name the clause itself (not a blanket, not only its subject). */
const EXPLICIT = new Set<Channel>(['marker', 'inline', 'carried', 'ordinal', 'block', 'heading', 'order', 'cell', 'label', 'excluded']);
/** Channels through which a statement speaks for many clauses at once. */
const BLANKET = new Set<Channel>(['all', 'others', 'subtree', 'refusal']);
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
  ...STANCE_SIGNALS.map((s) => `first.${s}`),
  ...STANCE_SIGNALS.map((s) => `last.${s}`),
  ...STANCE_SIGNALS.map((s) => `revised.${s}`),
  ...STANCE_SIGNALS.map((s) => `alone.${s}`),
  'qualifier',
  'conflict',
  'silent.among',
  'spoken',
  'clause.contra',
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

/** Runs every detector over the doc and turns their links into features per leaf clause, link by link. */
export function featuresOf(doc: Doc): ReplyFeatures {
  const { index } = doc;
  const reply = new Map<string, number>();
  const leafAt = new Map(index.leafIds.map((id, i) => [id, i]));
  const leaves: LeafFeatures[] = index.leafIds.map((clause) => ({ clause, values: new Float64Array(FEATURES.length), active: [], support: new Map(), text: new Map(), textSupport: new Map() }));
  const said: Array<Said | undefined> = index.leafIds.map(() => undefined);
  const linked = new Set<number>();

  const set = (leaf: LeafFeatures, f: number, value: number, support?: Support): void => {
    if (value <= leaf.values[f]!) return;
    leaf.values[f] = value;
    if (support) leaf.support.set(f, support);
  };

  const take = (link: Link): void => {
    linked.add(link.unit);
    const unit = doc.units[link.unit]!;
    let grams: string[] | undefined;
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
        const j: Judged =
          link.signal !== undefined
            ? { signal: link.signal, strength: link.strength ?? 0.9, cue: link.ref, turned: false }
            : judgeUnit(doc, unit, leafId, IN_BLOCK.has(link.channel), link.channel === 'block');
        const value = j.signal === 'none' ? link.weight : link.weight * j.strength;
        const support: Support = { unit: link.unit, link, judged: j, channel };
        set(leaf, CHANNEL_BASE.get(channel)! + SIGNAL_OFFSET.get(j.signal)!, value, support);
        if (!unit.quotesClause) {
          grams ??= unitGrams(doc, unit);
          for (const gram of grams) {
            const key = `${prefix}:${gram}`;
            if (link.weight > (leaf.text.get(key) ?? 0)) {
              leaf.text.set(key, link.weight);
              leaf.textSupport.set(key, support);
            }
          }
        }
        if (j.signal !== 'none' && EXPLICIT.has(channel)) noteSaid(at, link.unit, j.signal);
      }
    }
  };

  const noteSaid = (at: number, order: number, signal: Signal): void => {
    const unit = doc.units[order]!;
    const sentence = doc.sentences[unit.sentence]!;
    const contrast = unit.afterContrast || CONTRAST_OPENING.test(doc.norm.slice(sentence.start, sentence.start + 16));
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

  const sink: Sink = { link: take, reply: (name, value) => reply.set(name, value) };
  for (const detect of Object.values(DETECTORS)) detect(doc, sink);

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
  const spoken = leaves.filter((leaf) => STANCE_SIGNALS.some((signal) => CHANNELS.some((c) => leaf.values[CHANNEL_BASE.get(c)! + SIGNAL_OFFSET.get(signal)!]! > 0))).length;
  leaves.forEach((leaf, at) => {
    const clause = index.byId.get(leaf.clause)!;
    leaf.values[0] = 1;
    for (const [group, channels] of Object.entries(GROUPS)) {
      for (const signal of SIGNALS) {
        const g = featureIndex(`${group}.${signal}`);
        for (const channel of channels) {
          const f = CHANNEL_BASE.get(channel)! + SIGNAL_OFFSET.get(signal)!;
          set(leaf, g, leaf.values[f]!, leaf.support.get(f));
        }
      }
    }
    levels: for (const level of LEVELS) {
      for (const channel of LEVEL_CHANNELS[level]) {
        let best: Signal | undefined;
        let bestValue = 0;
        for (const signal of STANCE_SIGNALS) {
          const v = leaf.values[CHANNEL_BASE.get(channel)! + SIGNAL_OFFSET.get(signal)!]!;
          if (v > bestValue) {
            best = signal;
            bestValue = v;
          }
        }
        if (best) {
          const f = CHANNEL_BASE.get(channel)! + SIGNAL_OFFSET.get(best)!;
          set(leaf, featureIndex(`prec.${level}.${best}`), 1, leaf.support.get(f));
          break levels;
        }
      }
    }
    const s = said[at];
    if (s) {
      leaf.values[featureIndex(`first.${s.first.signal}`)] = 1;
      leaf.values[featureIndex(`last.${s.last.signal}`)] = 1;
      if (s.last.revision && s.count > 1) leaf.values[featureIndex(`revised.${s.last.signal}`)] = 1;
      if (s.qualifier) leaf.values[featureIndex('qualifier')] = 1;
      if (s.agrees && s.declines) leaf.values[featureIndex('conflict')] = 1;
      // "Yes. But I'm not in favour of capping their pay": agreement, then a turn against part of it.
      if (s.firstAgree < s.lastTurn) leaf.values[featureIndex('turn')] = 1;
    } else {
      // Blankets speak for a clause nothing else was said of.
      for (const channel of BLANKET) {
        for (const signal of STANCE_SIGNALS) {
          const v = leaf.values[CHANNEL_BASE.get(channel)! + SIGNAL_OFFSET.get(signal)!]!;
          if (v > 0) set(leaf, featureIndex(`alone.${signal}`), v, leaf.support.get(CHANNEL_BASE.get(channel)! + SIGNAL_OFFSET.get(signal)!));
        }
      }
    }
    if (index.polarity.get(leaf.clause) === 'contra') leaf.values[featureIndex('clause.contra')] = 1;
    if (clause.parent !== undefined) leaf.values[featureIndex('clause.child')] = 1;
    if (at === 0) leaf.values[featureIndex('clause.first')] = 1;
    if (at === clauses - 1) leaf.values[featureIndex('clause.last')] = 1;
    // What the reply as a whole is like speaks only for a clause nothing was said of: its silence may be a blanket
    // the detectors missed ("Signed and returned") or plain silence. A clause something was said of has its own.
    const silent = !STANCE_SIGNALS.some((signal) => CHANNELS.some((c) => leaf.values[CHANNEL_BASE.get(c)! + SIGNAL_OFFSET.get(signal)!]! > 0));
    if (!silent) leaf.values[featureIndex('spoken')] = 1;
    if (silent) {
      for (const [name, value] of reply) leaf.values[featureIndex(`reply.${name}`)] = value;
      // Others were answered and this one was not: a silence among answers is most likely a silence.
      if (spoken > 0) leaf.values[featureIndex('silent.among')] = Math.min(1, spoken / clauses);
    } else {
      leaf.values[featureIndex('reply.words')] = reply.get('words') ?? 0;
      leaf.values[featureIndex('reply.quoted')] = reply.get('quoted') ?? 0;
    }
    for (let f = 0; f < leaf.values.length; f++) if (leaf.values[f] !== 0) leaf.active.push(f);
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
