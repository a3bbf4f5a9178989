// What the parser needs to know about a programme, computed once: how each clause can be referred
// to, which way it points (does it ask to oppose something?), and its topic vocabulary.
import type { Clause, Programme } from '../model/programme.js';
import { CLAUSE_LEADS, CONTRA_VERBS } from './lexicon/references.js';
import { compileEntries } from './lexicon/patterns.js';
import { normalise } from './normalise.js';
import { contentStems, TopicIndex } from './topics.js';

export type Polarity = 'pro' | 'contra';

export interface ProgrammeIndex {
  programme: Programme;
  byId: Map<string, Clause>;
  top: Clause[];
  /** Clause id → its label among its siblings ("3a" under "3" → "a"; "Q3" → "3"). */
  labels: Map<string, string[]>;
  /** Compact id ("3g1", "q3b") → id. */
  compact: Map<string, string>;
  polarity: Map<string, Polarity>;
  /** Stems of what a contra clause opposes ("oppose the party implementing X" → stems of the rest). */
  objectStems: Map<string, string[]>;
  /** Stems of each clause's own text, for spotting replies that quote a clause back; and the same as a set. */
  textStems: Map<string, string[]>;
  textStemSets: Map<string, Set<string>>;
  /**
   * A leaf whose text asks for several things joined by "and" or ";": each part's stems that no other part has. Only
   * leaves with two such parts or more are here.
   */
  parts: Map<string, Array<Set<string>>>;
  /** Each clause's title as a reply would echo it on a form ("No to the bypass"), normalised by `echoKey`. */
  titles: Set<string>;
  /** Every content stem of the programme's clauses (text, titles, keywords): its subject matter. */
  vocabulary: Set<string>;
  topics: TopicIndex;
  leaves: Clause[];
  leafIds: string[];
  /** Each parent's children as references meet them, by parent id; the top level's under TOP. */
  groups: Map<string, ChildGroup>;
}

/** A clause's children (or the top level's clauses), with what resolving a reference among them needs. */
export interface ChildGroup {
  kids: Clause[];
  /** A label → the first child that has it. */
  byLabel: Map<string, string>;
  /** Some child's first label is a number ("Q3" → "3"): a number then names a child by label, never by position. */
  numbered: boolean;
}

/** The key of the top level in ProgrammeIndex.groups: no clause id is empty. */
const TOP = '';

const NO_CHILDREN: ChildGroup = { kids: [], byLabel: new Map(), numbered: false };

function childGroupOf(kids: Clause[], labels: Map<string, string[]>): ChildGroup {
  const byLabel = new Map<string, string>();
  for (const kid of kids) for (const label of labels.get(kid.id)!) if (!byLabel.has(label)) byLabel.set(label, kid.id);
  return { kids, byLabel, numbered: kids.some((k) => /^\d+$/.test(labels.get(k.id)![0]!)) };
}

const LEADS = compileEntries(CLAUSE_LEADS).source;
const CONTRA = compileEntries(CONTRA_VERBS).source;
// A clause is 'contra' when, after lead words like "We will" or "Campaign to", its verb opposes.
const CONTRA_START = new RegExp(`^(?:${LEADS}\\s*){0,4}${CONTRA}`, 'u');

export function compactId(id: string): string {
  return id.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function labelsFor(clause: Clause, parent: Clause | undefined): string[] {
  const id = clause.id.toLowerCase();
  const out = new Set<string>();
  if (parent) {
    const pid = parent.id.toLowerCase();
    if (id.startsWith(pid)) {
      const rest = id.slice(pid.length).replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, '');
      if (rest) out.add(rest);
    }
  }
  out.add(compactId(clause.id));
  // "Q3", "P2", "#4": the number alone is how people write it too.
  const m = /^[a-z]{1,2}(\d+)$/.exec(compactId(clause.id));
  if (m && !parent) out.add(m[1]!);
  return [...out];
}

/** Decides whether a clause asks to oppose something, from its leading verb, unless the file says. */
export function clausePolarity(clause: Clause): Polarity {
  if (clause.polarity) return clause.polarity;
  // Leave out a marker the text may start with ("(b) oppose any merger …").
  const norm = normalise(clause.text).replace(/^[\s\-•*]*(?:\(?[a-z0-9]{1,4}[).]\s+)?/u, '');
  return CONTRA_START.test(norm) ? 'contra' : 'pro';
}

export function buildIndex(programme: Programme): ProgrammeIndex {
  const byId = new Map(programme.clauses.map((c) => [c.id, c]));
  const labels = new Map<string, string[]>();
  const compact = new Map<string, string>();
  const polarity = new Map<string, Polarity>();
  const objectStems = new Map<string, string[]>();
  const textStems = new Map<string, string[]>();
  const textStemSets = new Map<string, Set<string>>();
  const titles = new Set<string>();
  const parts = new Map<string, Array<Set<string>>>();
  for (const clause of programme.clauses) {
    titles.add(echoKey(normalise(clause.title)));
    const parent = clause.parent === undefined ? undefined : byId.get(clause.parent);
    labels.set(clause.id, labelsFor(clause, parent));
    const key = compactId(clause.id);
    if (!compact.has(key)) compact.set(key, clause.id);
    const pol = clausePolarity(clause);
    polarity.set(clause.id, pol);
    const stems = contentStems(normalise(clause.text));
    textStems.set(clause.id, stems);
    textStemSets.set(clause.id, new Set(stems));
    objectStems.set(clause.id, stems);
    if (clause.children.length === 0) {
      const own = partsOf(clause.text);
      if (own.length >= 2) parts.set(clause.id, own);
    }
  }
  const vocabulary = new Set<string>();
  for (const clause of programme.clauses) {
    for (const text of [clause.text, clause.title, ...clause.keywords]) for (const stem of contentStems(normalise(text))) vocabulary.add(stem);
  }
  const top = programme.clauses.filter((c) => c.parent === undefined);
  const groups = new Map<string, ChildGroup>([[TOP, childGroupOf(top, labels)]]);
  for (const clause of programme.clauses) {
    if (clause.children.length > 0) groups.set(clause.id, childGroupOf(clause.children.map((c) => byId.get(c)!), labels));
  }
  return {
    programme,
    byId,
    top,
    labels,
    compact,
    polarity,
    objectStems,
    textStems,
    textStemSets,
    parts,
    titles,
    vocabulary,
    topics: new TopicIndex(programme.clauses),
    leaves: programme.clauses.filter((c) => c.children.length === 0),
    leafIds: programme.clauses.filter((c) => c.children.length === 0).map((c) => c.id),
    groups,
  };
}

/** Where a clause's text joins two demands: a semicolon, or "and" between words. */
const PART_JOIN = /;|,?\s+and\s+/;
/** Stems a part must have of its own to count as a demand of its own. */
const PART_STEMS = 2;
/** Fewer stems than this, and a piece joins the next ("clear snow and ice from all stops"): a pair, not a demand. */
const PIECE_STEMS = 3;

/**
 * The demands of a clause's text ("Install a shelter … and clear snow and ice from all stops within 24 hours"): each
 * part's stems that no other part has, where every part has at least PART_STEMS of them; otherwise none.
 */
function partsOf(text: string): Array<Set<string>> {
  const pieces: string[][] = [];
  let carry: string[] = [];
  for (const piece of normalise(text).split(PART_JOIN)) {
    carry = [...carry, ...contentStems(piece)];
    if (carry.length >= PIECE_STEMS) {
      pieces.push(carry);
      carry = [];
    }
  }
  if (carry.length > 0 && pieces.length > 0) pieces[pieces.length - 1] = [...pieces[pieces.length - 1]!, ...carry];
  if (pieces.length < 2) return [];
  const own = pieces.map((stems, i) => new Set(stems.filter((s) => !pieces.some((other, j) => j !== i && other.includes(s)))));
  const kept = own.filter((set) => set.size >= PART_STEMS);
  return kept.length >= 2 ? kept : [];
}

/** The children of a clause (or the top level for undefined) with their labels; none for an unknown id. */
export function childGroup(index: ProgrammeIndex, id: string | undefined): ChildGroup {
  return index.groups.get(id ?? TOP) ?? NO_CHILDREN;
}

/** The children of a clause (or the top level for undefined), as clauses. */
export function childrenOf(index: ProgrammeIndex, id: string | undefined): readonly Clause[] {
  return childGroup(index, id).kids;
}

/** Every leaf under a clause (itself when it is a leaf). */
export function leavesUnder(index: ProgrammeIndex, id: string): string[] {
  const clause = index.byId.get(id);
  if (!clause) return [];
  if (clause.children.length === 0) return [id];
  return clause.children.flatMap((c) => leavesUnder(index, c));
}

/** Ancestors of a clause, nearest first. */
export function ancestorsOf(index: ProgrammeIndex, id: string): string[] {
  const out: string[] = [];
  for (let p = index.byId.get(id)?.parent; p !== undefined; p = index.byId.get(p)?.parent) out.push(p);
  return out;
}

/** A line as a title echo is compared: without the punctuation and spaces around it, inner spaces as one. */
export function echoKey(text: string): string {
  return text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').replace(/\s+/gu, ' ');
}
