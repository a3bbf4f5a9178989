// Topic matching: how strongly a piece of reply text is about each clause, by shared stemmed words
// (rarer words count more, keyword phrases count most, close misspellings still count).
import { stemmer } from 'stemmer';
import type { Clause } from '../model/programme.js';
import type { Span } from './segment.js';
import { ALIAS_GROUPS } from './lexicon/aliases.js';
import { NUMBER_WORD_VALUES } from './lexicon/references.js';
import { NAME_WORDS, STOP_WORDS } from './lexicon/stopwords.js';
import { allMatches } from '../util/regex.js';
import { hasDigit, isDigitCode, isLetterOrNumberCode } from '../util/chars.js';
import { firstAbove, resizeFor } from '../util/sorted.js';

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

const ALIAS = new Map<string, string>();
for (const group of ALIAS_GROUPS) {
  const head = stemmer(group[0]!);
  for (const word of group) if (!word.includes(' ')) ALIAS.set(stemmer(word), head);
}

// Words repeat across replies: remember their stems (bounded, so memory stays flat on any input).
const stemCache = new Map<string, string>();

export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem !== undefined) return stem;
  const n = NUMBER_WORD_VALUES.get(word);
  stem = n !== undefined ? String(n) : stemmer(word);
  stem = ALIAS.get(stem) ?? stem;
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

/**
 * Content-word stems of normalised text, in order (stop words dropped; `forNames` keeps naming nouns). For a span
 * of a reply, stemsIn finds the same without cutting the text out.
 */
export function contentStems(norm: string, forNames = false): string[] {
  return stemsOf(norm, forNames);
}

function stemsOf(norm: string, forNames: boolean): string[] {
  const out: string[] = [];
  for (const m of allMatches(WORD, norm)) addStems(out, m[0], forNames);
  return out;
}

/** The stems one word (a match of WORD) contributes: its own, and its parts' when hyphenated. */
function addStems(out: string[], word: string, forNames: boolean): void {
  if (word.includes('-')) {
    addStem(out, word, forNames);
    for (const part of word.split('-')) addStem(out, part, forNames);
  } else addStem(out, word, forNames);
}

/** An elided French article or pronoun before its word: "l'aide", "d'hiver", "qu'il". */
const ELIDED = /^(?:l|d|j|qu|n|s|c|m|t)'(?=\p{L}{2})/u;

function addStem(out: string[], word: string, forNames: boolean): void {
  const w = word.charCodeAt(1) === 39 || word.charCodeAt(2) === 39 ? word.replace(ELIDED, '') : word;
  const bare = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (bare.length < 2 && !(bare.length === 1 && isDigitCode(bare.charCodeAt(0)))) return;
  if (STOP_WORDS.has(bare) && !(forNames && NAME_WORDS.has(bare))) return;
  out.push(stemOf(bare));
}

/** Where the match of WORD that starts at `at` (a letter or digit) ends. */
function wordEnd(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (i < text.length) {
      const cp = text.codePointAt(i)!;
      if (!isLetterOrNumberCode(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    // An apostrophe or hyphen joins two runs of letters ("don't", "time-limited").
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 45) && i + 1 < text.length && isLetterOrNumberCode(text.codePointAt(i + 1)!)) i++;
    else return i;
  }
}

/**
 * The words of one normalised text (the matches of WORD), found once for every span asked about. There is one
 * table at a time, its position arrays reused from reply to reply (outside the heap, grown for a longer reply and
 * let go of after it). Each word is stemmed when first asked for; in a reply of up to STEMS_KEPT words those stems
 * are kept for the next span that asks.
 */
class StemTable {
  text = '';
  count = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  private stems: Array<readonly string[] | undefined> | undefined;
  private names: Array<readonly string[] | undefined> | undefined;

  /** Finds the words of `text`, forgetting the text before. */
  load(text: string): void {
    let count = 0;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      if (!isLetterOrNumberCode(cp)) i += cp > 0xffff ? 2 : 1;
      else {
        i = wordEnd(text, i);
        count++;
      }
    }
    const size = resizeFor(this.starts.length, count);
    if (size !== undefined) {
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
    }
    let k = 0;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      if (!isLetterOrNumberCode(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const end = wordEnd(text, i);
      this.starts[k] = i;
      this.ends[k] = end;
      k++;
      i = end;
    }
    this.text = text;
    this.count = count;
    this.stems = count <= STEMS_KEPT ? new Array<readonly string[] | undefined>(count) : undefined;
    this.names = count <= STEMS_KEPT ? new Array<readonly string[] | undefined>(count) : undefined;
  }

  /** The first word that ends after `at`. */
  firstEndingAfter(at: number): number {
    return firstAbove(this.ends, this.count, at);
  }

  /** The stems word k contributes (naming nouns kept, with `forNames`). */
  stemsOf(k: number, forNames: boolean): readonly string[] {
    const cache = forNames ? this.names : this.stems;
    let out = cache?.[k];
    if (out === undefined) {
      out = wordStems(this.text.slice(this.starts[k], this.ends[k]), forNames);
      if (cache) cache[k] = out;
    }
    return out;
  }
}

/** Words in a reply up to which their stems are kept between spans (a longer reply stems each word as asked). */
const STEMS_KEPT = 20_000;

// Words repeat across replies: remember the stems each contributes (bounded, as the stems of words are).
const wordStemCache = new Map<string, readonly string[]>();
const nameStemCache = new Map<string, readonly string[]>();

/** The stems a word (a match of WORD) contributes, as addStems finds them. */
function wordStems(word: string, forNames: boolean): readonly string[] {
  const cache = forNames ? nameStemCache : wordStemCache;
  let out = cache.get(word);
  if (out === undefined) {
    const stems: string[] = [];
    addStems(stems, word, forNames);
    out = stems;
    if (cache.size > 50_000) cache.clear();
    cache.set(word, out);
  }
  return out;
}

// Every span asked about within a reply is a span of the same normalised text: its words are found once.
const table = new StemTable();

/**
 * The stems of what a span is about: its words but those of its verdict. "Signed and returned" is about no clause,
 * not about one on sign language.
 */
export function subjectStems(norm: string, span: Span, cue: Span | undefined): string[] {
  if (!cue || cue.start < span.start || cue.end > span.end) return stemsIn(norm, span.start, span.end);
  return [...stemsIn(norm, span.start, cue.start), ...stemsIn(norm, cue.end, span.end)];
}

/**
 * Content-word stems of `norm` from `start` to `end`, exactly as contentStems(norm.slice(start, end)) has them:
 * whole words from the table, and a word the span cuts through stemmed as the part of it inside the span.
 */
export function stemsIn(norm: string, start: number, end: number, forNames = false): string[] {
  if (table.text !== norm || norm === '') table.load(norm);
  const out: string[] = [];
  if (end <= start) return out;
  for (let k = table.firstEndingAfter(start); k < table.count; k++) {
    const ws = table.starts[k]!;
    if (ws >= end) break;
    const we = table.ends[k]!;
    const stems = ws < start || we > end ? stemsOf(norm.slice(Math.max(ws, start), Math.min(we, end)), forNames) : table.stemsOf(k, forNames);
    for (let j = 0; j < stems.length; j++) out.push(stems[j]!);
  }
  return out;
}

/** Optimal-string-alignment distance, bounded: returns limit + 1 as soon as it is exceeded. */
function closeEnough(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return false;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]! <= limit;
}

interface Phrase {
  stems: string[];
  clause: string;
  /** 'title' and 'keyword' phrases name a clause; acronyms too. */
  weight: number;
  /** What the phrase adds to its clause's score where it stands whole in a text. */
  bonus: number;
}

const NO_TEXTS: readonly string[] = Object.freeze([]);

/** Best score first; clauses of equal score by id. */
function byScore(a: TopicMatch, b: TopicMatch): number {
  return b.score - a.score || (a.clause < b.clause ? -1 : 1);
}

export interface TopicMatch {
  clause: string;
  score: number;
  /** Phrases of the clause (title or keyword) found in the text. */
  phrases: readonly string[];
}

/** Acronyms the programme defines: "Boycott, Disinvestment and Sanctions (BDS)" → bds. */
function acronyms(text: string): string[] {
  return [...text.matchAll(/\(([A-Z][A-Za-z]{1,9})\)/g)].map((m) => m[1]!.toLowerCase());
}

export class TopicIndex {
  /** stem → clause → weight in that clause */
  private readonly postings = new Map<string, Map<string, number>>();
  private readonly idf = new Map<string, number>();
  private readonly phrases: Phrase[] = [];
  private readonly phraseText = new Map<Phrase, string>();
  /** Names of clauses (title, keywords) with naming nouns kept, for "the minimum platform". */
  private readonly names_: Phrase[] = [];
  private readonly namesByFirst = new Map<string, Phrase[]>();
  private readonly df = new Map<string, number>();
  private readonly fuzzyCache = new Map<string, string | null>();
  private readonly matchCache = new Map<string, TopicMatch[]>();
  private readonly phrasesByFirst = new Map<string, Phrase[]>();
  /** Clause stems long enough to be misspelt, by first letter: a typo rarely changes the first letter. */
  private readonly vocabulary = new Map<string, string[]>();

  constructor(clauses: readonly Clause[]) {
    const df = new Map<string, number>();
    for (const clause of clauses) {
      const weights = new Map<string, number>();
      const add = (stems: string[], w: number): void => {
        for (const s of stems) weights.set(s, Math.max(weights.get(s) ?? 0, w));
      };
      add(contentStems(normaliseLower(clause.text)), 1);
      add(contentStems(normaliseLower(clause.title)), 1.2);
      for (const k of clause.keywords) add(contentStems(normaliseLower(k)), 1.5);
      for (const a of acronyms(clause.text)) add([a], 1.5);
      for (const [s, w] of weights) {
        let p = this.postings.get(s);
        if (!p) this.postings.set(s, (p = new Map()));
        p.set(clause.id, w);
        df.set(s, (df.get(s) ?? 0) + 1);
      }
      const named = [clause.title, ...clause.keywords, ...acronyms(clause.text)];
      for (const name of named) {
        const stems = contentStems(normaliseLower(name));
        if (stems.length === 0) continue;
        const phrase: Phrase = { stems, clause: clause.id, weight: name === clause.title ? 1.5 : 1.2, bonus: 0 };
        this.phrases.push(phrase);
        this.phraseText.set(phrase, name);
      }
      for (const name of named) {
        const stems = contentStems(normaliseLower(name), true);
        if (stems.length >= 2) this.names_.push({ stems, clause: clause.id, weight: 1, bonus: 0 });
      }
    }
    for (const name of this.names_) {
      const list = this.namesByFirst.get(name.stems[0]!);
      if (list) list.push(name);
      else this.namesByFirst.set(name.stems[0]!, [name]);
    }
    for (const phrase of this.phrases) {
      if (phrase.stems.length < 2) continue;
      const list = this.phrasesByFirst.get(phrase.stems[0]!) ?? [];
      list.push(phrase);
      this.phrasesByFirst.set(phrase.stems[0]!, list);
    }
    const n = clauses.length;
    for (const [s, count] of df) {
      this.idf.set(s, Math.log(1 + n / count));
      this.df.set(s, count);
    }
    for (const phrase of this.phrases) phrase.bonus = phrase.stems.reduce((sum, s) => sum + (this.idf.get(s) ?? 0), 0) * phrase.weight * 0.5;
    for (const stem of this.postings.keys()) {
      if (stem.length < 5 || /\d/.test(stem)) continue;
      const list = this.vocabulary.get(stem[0]!) ?? [];
      list.push(stem);
      this.vocabulary.set(stem[0]!, list);
    }
  }

  /** The clause stem a reply stem stands for: itself, or a close misspelling of a longer stem. */
  private lookup(stem: string): string | undefined {
    if (this.postings.has(stem)) return stem;
    if (stem.length < 5 || hasDigit(stem)) return undefined;
    const cached = this.fuzzyCache.get(stem);
    if (cached !== undefined) return cached ?? undefined;
    // "visitin", "shuttin", "publishin": a dropped g, as people say and text it.
    if (stem.endsWith('in')) {
      const full = stemmer(`${stem}g`);
      if (full !== stem && this.postings.has(full)) {
        this.fuzzyCache.set(stem, full);
        return full;
      }
    }
    const limit = stem.length >= 9 ? 2 : 1;
    let found: string | null = null;
    for (const v of this.vocabulary.get(stem[0]!) ?? []) {
      if (closeEnough(stem, v, limit)) {
        found = v;
        break;
      }
    }
    if (this.fuzzyCache.size > 20_000) this.fuzzyCache.clear();
    this.fuzzyCache.set(stem, found);
    return found ?? undefined;
  }

  /** Forgets the matches of the reply before: called as each reply starts. */
  forget(): void {
    this.matchCache.clear();
  }

  /** Scores the text against every clause; best first, only clauses with some overlap. */
  match(stems: readonly string[]): TopicMatch[] {
    const key = stems.join(' ');
    const cached = this.matchCache.get(key);
    if (cached) return cached;
    const result = this.score(stems);
    if (this.matchCache.size > 5_000) this.matchCache.clear();
    this.matchCache.set(key, result);
    return result;
  }

  private score(stems: readonly string[]): TopicMatch[] {
    const scores = new Map<string, number>();
    // The clause stems found, each once, in the order they first stand in the text.
    const seen = new Set<string>();
    const resolved: string[] = [];
    for (const raw of stems) {
      const s = this.lookup(raw);
      resolved.push(s ?? `\u0000${raw}`);
      if (!s || seen.has(s)) continue;
      seen.add(s);
      const idf = this.idf.get(s) ?? 0;
      for (const [clause, w] of this.postings.get(s)!) scores.set(clause, (scores.get(clause) ?? 0) + idf * w);
    }
    let found: Map<string, string[]> | undefined;
    // Only phrases whose first word is in the text can stand in it.
    for (const first of seen) {
      const phrases = this.phrasesByFirst.get(first);
      if (phrases === undefined) continue;
      for (const phrase of phrases) {
        if (!containsRun(resolved, phrase.stems)) continue;
        scores.set(phrase.clause, (scores.get(phrase.clause) ?? 0) + phrase.bonus);
        found ??= new Map();
        const list = found.get(phrase.clause);
        if (list) list.push(this.phraseText.get(phrase)!);
        else found.set(phrase.clause, [this.phraseText.get(phrase)!]);
      }
    }
    const result: TopicMatch[] = [];
    for (const [clause, score] of scores) result.push({ clause, score: Math.round(score * 1000) / 1000, phrases: found?.get(clause) ?? NO_TEXTS });
    return result.sort(byScore);
  }


  /** Whether a reply stem (or a close misspelling) is one of the clause's words. */
  stemIn(stem: string, clause: string): boolean {
    const s = this.lookup(stem);
    return s !== undefined && (this.postings.get(s)?.has(clause) ?? false);
  }

  /** The clauses a text names by title or a multi-word keyword, from its stems with naming nouns kept. */
  named(stems: readonly string[]): Set<string> {
    const out = new Set<string>();
    if (stems.length < 2) return out;
    const resolved = stems.map((s) => this.lookup(s) ?? s);
    // Each name is looked for where its first word stands.
    for (let i = 0; i + 1 < resolved.length; i++) {
      for (const p of this.namesByFirst.get(resolved[i]!) ?? NO_PHRASES) if (!out.has(p.clause) && runAt(resolved, i, p.stems)) out.add(p.clause);
    }
    return out;
  }

  /** Whether a stem alone singles the clause out: one of its keywords, in no other clause. */
  distinctive(stem: string, clause: string): boolean {
    const s = this.lookup(stem);
    // Short common words ("time", "pay") are too loose to single a clause out on their own.
    return s !== undefined && s.length >= 5 && this.df.get(s) === 1 && (this.postings.get(s)?.get(clause) ?? 0) >= 1.5;
  }
}

const NO_PHRASES: readonly Phrase[] = [];

/** Whether `needle` stands in `haystack` from position `at`. */
function runAt(haystack: readonly string[], at: number, needle: readonly string[]): boolean {
  if (at + needle.length > haystack.length) return false;
  for (let j = 0; j < needle.length; j++) if (haystack[at + j] !== needle[j]) return false;
  return true;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function normaliseLower(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}
