// What detectors say: links from a unit of the reply to the clauses it is about, each by one channel
// (how the link was found) and, where the detector knows it better than the unit's own cue, with a signal.
import type { Span } from './segment.js';

/** How a unit was tied to a clause, most specific first. */
export const CHANNELS = [
  'marker', // the unit answers under a line marker ("3 e) Agree …"), first sentence of the block
  'inline', // a reference inside the unit ("I agree with 3a, b, c")
  'carried', // a reference earlier in the sentence ("3a yes; but …")
  'ordinal', // "the second point"
  'block', // a later sentence of a marker's or heading's block
  'heading', // first sentence under a heading or quoted clause that names the clause
  'parent', // said of a parent clause, inherited by its leaves
  'order', // answers in programme order without the clause ids
  'cell', // a checklist item or a table row
  'label', // "Buses: yes": a short label naming the clause's subject
  'topic', // the unit is clearly about the clause's subject
  'topic-weak', // the unit shares some words with the clause
  'pronoun', // "it", "this" pointing back at the clause named just before
  'subtree', // a blanket naming a parent ("the whole minimum platform")
  'others', // "all the other points"
  'all', // "all the points", "the lot"
  'excluded', // named as an exception to a blanket ("all except 4")
  'refusal', // a refusal with nothing else to point at covers the whole programme
] as const;
export type Channel = (typeof CHANNELS)[number];

/** What a unit says of a clause once judged against it. */
export const SIGNALS = [
  'agree',
  'qual', // agreement with a condition, hedge or partial scope
  'disagree',
  'refuse', // refuses to answer
  'sign', // refuses to sign pledges
  'defer', // will answer later, undecided
  'pos', // a plain statement in favour, with no cue word ("That would be a real step forward")
  'neg', // a plain statement against
  'unticked', // a checklist box left empty
  'none', // about the clause, taking no stance
] as const;
export type Signal = (typeof SIGNALS)[number];

export interface Link {
  /** Index of the unit in doc.units. */
  unit: number;
  /** Clause ids (leaves or parents) the unit is about. */
  clauses: readonly string[];
  channel: Channel;
  /** How sure the detector is of the tie, 0..1. */
  weight: number;
  /** The words that made the tie, for the reason ("3 e)", "all the points", "bus fares"). */
  ref: string;
  /** Where those words stand in the reply. */
  span?: Span;
  /** The signal, where the detector decides it rather than the unit's cue (a blanket's exceptions). */
  signal?: Signal;
  strength?: number;
  /** The words that decided that signal, where they are not the ref (a table row's answer cell: "No", "Yes*"). */
  cue?: string;
}

/** Where detectors put their links and reply-level features. */
export interface Sink {
  link(link: Link): void;
  /** A feature of the whole reply, by name (see REPLY_FEATURES). */
  reply(name: string, value: number): void;
}
