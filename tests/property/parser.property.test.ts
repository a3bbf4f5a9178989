// Property tests of the reply parser: for any programme and any reply text, analyseReply keeps its contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../src/load/programme.js';
import type { Programme } from '../../src/model/programme.js';
import type { Reply, RulingOverride } from '../../src/model/reply.js';
import { RULING_SOURCES, type Ruling } from '../../src/model/ruling.js';
import { STANCE_IDS, type Stance } from '../../src/model/stance.js';
import { analyseReply } from '../../src/parse/index.js';
import { ALIAS_GROUPS } from '../../src/parse/lexicon/aliases.js';
import * as cues from '../../src/parse/lexicon/cues.js';
import { compilePattern, type Entry } from '../../src/parse/lexicon/patterns.js';
import * as refs from '../../src/parse/lexicon/references.js';

// 100 runs a property by default (each builds a programme and parses a reply); PROPERTY_RUNS=2000 searches harder.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
// A failure found late shrinks for at most this long, so a broken parser cannot stall the suite.
const LIMITS = { interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false } as const;

// ---------------------------------------------------------------------------------------------
// Lexicon fragments: phrases the lexicon's patterns match, and the words it knows.

const PATTERNS: string[] = Object.values({ ...cues, ...refs })
  .filter((v): v is Entry[] => Array.isArray(v) && typeof (v as Entry[])[0]?.p === 'string')
  .flatMap((entries) => entries.map((e) => e.p));

const LEXICON_WORDS: string[] = [
  ...refs.REFERENCE_NOUNS,
  ...Object.keys(refs.ORDINALS),
  ...Object.keys(refs.NUMBER_WORDS),
  ...refs.LIST_JOINERS,
  ...refs.RANGE_JOINERS,
  ...ALIAS_GROUPS.flat(),
];

// One string arbitrary per pattern, built once: arbitraries are stateless, so reusing them draws the same phrases,
// and building one (compiling and walking the pattern) costs more than drawing from it a hundred times.
const phraseOfPattern = new Map<string, fc.Arbitrary<string>>();
function matching(pattern: string): fc.Arbitrary<string> {
  let arb = phraseOfPattern.get(pattern);
  if (!arb) phraseOfPattern.set(pattern, (arb = fc.stringMatching(new RegExp(`^${compilePattern(pattern)}$`))));
  return arb;
}

/** A phrase some lexicon entry matches, made by the lexicon's own compiler; mostly with plain spaces. */
const lexiconPhrase: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...PATTERNS).chain(matching),
    fc.nat(4),
    fc.boolean(),
  )
  .map(([phrase, spaces, upper]) => {
    const spaced = spaces === 0 ? phrase : phrase.replace(/\s+/g, ' ');
    return upper ? spaced.toUpperCase() : spaced;
  });

// ---------------------------------------------------------------------------------------------
// Hostile characters and text.

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

const ODD_CHARS = [
  '\u202e', // right-to-left override
  '\u202d',
  '\u200f', // right-to-left mark
  '\u061c', // Arabic letter mark
  '\u200b', // zero-width space
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u0085',
  '\r',
  '\r\n',
  '\t',
  '\v',
  '\f',
  '\u0000',
  '\u0301', // combining acute
  '👍',
  '👍🏽',
  '👨‍👩‍👧',
  '🇬🇧',
  '✔',
  '✘',
  '１）', // full-width digit and parenthesis
  '١', // Arabic-Indic one
  'Ⅳ',
  '½',
  'ǅ',
  'İ', // lower-cases to two code units
  'ẞ',
  'ﬁ',
  'שלום',
  'مرحبا',
];

const oddChar = fc.oneof(fc.constantFrom(...ODD_CHARS), loneSurrogate);

const randomText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  fc.string({ unit: oddChar, maxLength: 12 }),
);

const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '. ', ', ', '; ', '\n- ', '\n* ', '\n> ', '\n1. ', ' — ', '', '\n\n\n\n'];

/** Repeats `token` `n` times, with a separator, but no more than ~6,000 characters in all. */
function repeated(token: string, n: number, sep: string): string {
  const most = Math.max(1, Math.floor(6000 / (token.length + sep.length + 1)));
  return Array.from({ length: Math.min(n, most) }, () => token).join(sep);
}

const storm = fc.oneof(
  fc.integer({ min: 1, max: 60 }).map((n) => Array.from({ length: n }, (_, i) => `${i + 1})`).join(' ')),
  fc.integer({ min: 1, max: 30 }).map((n) => Array.from({ length: n }, (_, i) => `(${String.fromCharCode(97 + (i % 26))})`).join('\n')),
  fc.integer({ min: 1, max: 600 }).map((n) => '('.repeat(n)),
  fc.integer({ min: 1, max: 600 }).map((n) => ')'.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => '[('.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => '*'.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => '1.'.repeat(n)),
  fc.integer({ min: 1, max: 6000 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 1, max: 200 }).map((n) => '\n'.repeat(n)),
  fc.integer({ min: 1, max: 200 }).map((n) => '- '.repeat(n)),
  fc
    .tuple(fc.oneof(lexiconPhrase, fc.constantFrom(...LEXICON_WORDS)), fc.integer({ min: 1, max: 2000 }), fc.constantFrom(' ', '', ', ', '\n'))
    .map(([t, n, sep]) => repeated(t, n, sep)),
);

// ---------------------------------------------------------------------------------------------
// Programmes: trees 1–3 levels deep, ids in the notations people use, loaded through parseProgramme.

interface Shape {
  children: Shape[];
}

const leaf: fc.Arbitrary<Shape> = fc.constant({ children: [] });
const level2: fc.Arbitrary<Shape> = fc.array(leaf, { maxLength: 3 }).map((children) => ({ children }));
const level1: fc.Arbitrary<Shape> = fc.array(level2, { maxLength: 4 }).map((children) => ({ children }));
const treeShape = fc.array(fc.oneof({ weight: 2, arbitrary: leaf }, { weight: 3, arbitrary: level1 }), { minLength: 1, maxLength: 6 });

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const letter = (n: number): string => String.fromCharCode(97 + n);

/** Id schemes: (parent id or undefined, 0-based position, depth) → id. */
const ID_SCHEMES: Record<string, (parent: string | undefined, i: number, depth: number) => string> = {
  'numbers, letters, dots': (p, i, d) => (p === undefined ? `${i + 1}` : d === 1 ? `${p}${letter(i)}` : `${p}.${i + 1}`),
  dotted: (p, i) => (p === undefined ? `${i + 1}` : `${p}.${i + 1}`),
  questions: (p, i, d) => (p === undefined ? `Q${i + 1}` : d === 1 ? `${p}${letter(i)}` : `${p}(${ROMAN[i]})`),
  'capital letters': (p, i) => (p === undefined ? String.fromCharCode(65 + i) : `${p}${i + 1}`),
  roman: (p, i) => (p === undefined ? ROMAN[i]! : `${p}.${letter(i)}`),
  'numbers with parentheses': (p, i) => (p === undefined ? `${i + 1})` : `${p}${letter(i)})`),
};

const idWord = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), fc.constantFrom('(((', '1)', '#', '-', '0', '1.1.1', 'all', 'the', 'Ⅳ', '١'))
  .filter((s) => /^[^\s,;]+$/.test(s) && s.trim() === s);

const PLAIN_WORDS = [
  'public',
  'ownership',
  'railways',
  'rent',
  'controls',
  'open',
  'selections',
  'reports',
  'ballot',
  'membership',
  'libraries',
  'incinerator',
  'transparency',
  'conference',
  'the',
  'of',
  'a',
  'to',
  'NEC',
  'BDS',
  'IHRA',
];

const phrase = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PLAIN_WORDS) }, { weight: 2, arbitrary: lexiconPhrase }, { weight: 1, arbitrary: randomText }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((ws) => ws.join(' '));

/** A phrase that zod's trim() leaves non-empty. */
const solidPhrase = phrase.map((s) => (s.trim() === '' ? `clause ${s}` : s));

const clauseDetails = fc.record({
  title: solidPhrase,
  text: solidPhrase,
  keywords: fc.option(fc.array(solidPhrase, { maxLength: 4 }), { nil: undefined }),
  weight: fc.option(fc.constantFrom(0, 0.5, 1, 2, 10), { nil: undefined }),
  polarity: fc.option(fc.constantFrom('pro' as const, 'contra' as const), { nil: undefined }),
});

const programmeArb: fc.Arbitrary<Programme> = fc
  .record({
    shape: treeShape,
    scheme: fc.oneof(fc.constantFrom(...Object.keys(ID_SCHEMES)), fc.constant('arbitrary')),
    ids: fc.uniqueArray(idWord, { minLength: 40, maxLength: 40 }),
    details: fc.array(clauseDetails, { minLength: 40, maxLength: 40 }),
    threshold: fc.option(fc.constantFrom(0, 0.3, 0.5, 0.6, 0.75, 0.85, 1), { nil: undefined }),
  })
  .map(({ shape, scheme, ids, details, threshold }) => {
    let n = 0;
    const build = (list: Shape[], parent: string | undefined, depth: number): unknown[] =>
      list.map((s, i) => {
        const k = n++;
        const id = scheme === 'arbitrary' ? ids[k % ids.length]! + (k >= ids.length ? `~${k}` : '') : ID_SCHEMES[scheme]!(parent, i, depth);
        const d = details[k % details.length]!;
        const clause: Record<string, unknown> = { id, title: d.title, text: d.text };
        if (d.keywords) clause.keywords = d.keywords;
        if (d.weight !== undefined) clause.weight = d.weight;
        if (d.polarity) clause.polarity = d.polarity;
        if (s.children.length > 0) clause.clauses = build(s.children, id, depth + 1);
        return clause;
      });
    const file: Record<string, unknown> = { title: 'Generated programme', clauses: build(shape, undefined, 0) };
    if (threshold !== undefined) file['review-threshold'] = threshold;
    // JSON is YAML: every string is double-quoted and escaped, whatever it holds.
    const { programme, diagnostics } = parseProgramme(JSON.stringify(file, null, 2), 'pledges.yaml');
    if (!programme) throw new Error(`generated programme did not load: ${diagnostics.map((d) => d.message).join('; ')}`);
    return programme;
  });

// ---------------------------------------------------------------------------------------------
// Replies built from the programme's own ids, titles and keywords, the lexicon and hostile text.

const NOTATIONS: Array<(id: string) => string> = [
  (id) => `${id})`,
  (id) => `(${id})`,
  (id) => `${id}.`,
  (id) => `${id}:`,
  (id) => `${id} -`,
  (id) => `Q${id}`,
  (id) => `point ${id}`,
  (id) => `clause ${id}:`,
  (id) => `#${id}`,
  (id) => `[${id}]`,
  (id) => `**${id}**`,
  (id) => `${id}/`,
  (id) => `${id} and ${id}`,
  (id) => `pledges 1-${id}`,
  (id) => `all except ${id}`,
  (id) => id,
];

function typo(s: string, at: number): string {
  if (s.length < 2) return s;
  const i = at % (s.length - 1);
  return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

function fragmentOf(programme: Programme): fc.Arbitrary<string> {
  const ids = programme.clauses.map((c) => c.id);
  const names = programme.clauses.flatMap((c) => [c.title, c.text, ...c.keywords]);
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...NOTATIONS)).map(([id, f]) => f(id)) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...NOTATIONS), lexiconPhrase).map(([id, f, p]) => `${f(id)} ${p}`) },
    { weight: 3, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...names), fc.nat()).map(([s, at]) => typo(s.toLowerCase(), at)) },
    { weight: 5, arbitrary: lexiconPhrase },
    { weight: 2, arbitrary: fc.constantFrom(...LEXICON_WORDS) },
    { weight: 2, arbitrary: randomText },
    { weight: 1, arbitrary: oddChar },
    { weight: 1, arbitrary: storm },
  );
}

function bodyOf(programme: Programme, maxFragments: number): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fragmentOf(programme), fc.constantFrom(...SEPARATORS)), { maxLength: maxFragments, size: 'medium' })
    .map((parts) => parts.map(([f, sep]) => f + sep).join(''));
}

const noise: fc.Arbitrary<string> = fc
  .array(fc.oneof(randomText, oddChar, storm, lexiconPhrase), { maxLength: 20, size: 'medium' })
  .map((parts) => parts.join(''));

function overridesOf(programme: Programme): fc.Arbitrary<Record<string, RulingOverride>> {
  const ids = programme.clauses.map((c) => c.id);
  return fc
    .subarray(ids, { maxLength: Math.min(4, ids.length) })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            stance: fc.constantFrom(...STANCE_IDS),
            note: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
            line: fc.integer({ min: 1, max: 10 }),
          }),
        ),
      ),
    )
    .map((list) => Object.fromEntries(list.map(({ id, ...o }) => [id, o])));
}

function replyArb(programme: Programme, options: { overrides: boolean }): fc.Arbitrary<Reply> {
  return fc
    .record({
      body: fc.oneof({ weight: 4, arbitrary: bodyOf(programme, 40) }, { weight: 1, arbitrary: noise }),
      bodyLine: fc.integer({ min: 1, max: 40 }),
      rulings: options.overrides ? overridesOf(programme) : fc.constant({}),
    })
    .map(({ body, bodyLine, rulings }) => ({
      file: 'data/generated.md',
      candidate: 'Generated Candidate',
      received: undefined,
      source: undefined,
      rulings,
      body,
      bodyLine,
    }));
}

const caseArb = (options: { overrides: boolean }) =>
  programmeArb.chain((programme) => replyArb(programme, options).map((reply) => ({ programme, reply })));

// ---------------------------------------------------------------------------------------------
// The contract.

/** The roll-up rule, written independently of the parser. */
function rollUpRule(children: readonly Stance[]): Stance {
  for (const s of ['agree', 'declined', 'no-answer'] as const) if (children.every((c) => c === s)) return s;
  return 'agree-with-qualifications';
}

/** 1-based file lines at which `quote` starts somewhere in `body`. */
function linesOfQuote(body: string, quote: string, bodyLine: number): number[] {
  const lines: number[] = [];
  let line = bodyLine;
  let counted = 0;
  for (let at = body.indexOf(quote); at !== -1; at = body.indexOf(quote, at + 1)) {
    for (; counted < at; counted++) if (body.charCodeAt(counted) === 10) line++;
    lines.push(line);
  }
  return lines;
}

function checkContract(programme: Programme, reply: Reply, rulings: Ruling[]): void {
  expect(rulings.map((r) => r.clause)).toEqual(programme.clauses.map((c) => c.id));
  const byId = new Map(rulings.map((r) => [r.clause, r]));
  for (const [i, r] of rulings.entries()) {
    const clause = programme.clauses[i]!;
    const where = `clause ${clause.id}`;
    expect(STANCE_IDS, where).toContain(r.stance);
    expect(RULING_SOURCES, where).toContain(r.source);
    expect(Number.isFinite(r.confidence), where).toBe(true);
    expect(r.confidence, where).toBeGreaterThanOrEqual(0);
    expect(r.confidence, where).toBeLessThanOrEqual(1);
    // Below the threshold a ruling is always flagged; above it only the silences and unquoted stances of a reply
    // the parser could not wholly place, and roll-ups of flagged sub-clauses; an override never.
    if (r.source === 'override') expect(r.needsReview, where).toBe(false);
    else if (r.confidence < programme.reviewThreshold) expect(r.needsReview, where).toBe(true);
    else if (r.needsReview && r.source !== 'rollup') expect(r.stance === 'no-answer' || r.evidence.length === 0, where).toBe(true);
    expect(typeof r.reason, where).toBe('string');
    for (const e of r.evidence) {
      expect(e.quote.length, `${where}: empty quote`).toBeGreaterThan(0);
      expect(reply.body.includes(e.quote), `${where}: quote ${JSON.stringify(e.quote)} is not in the body`).toBe(true);
      expect(linesOfQuote(reply.body, e.quote, reply.bodyLine), `${where}: line of ${JSON.stringify(e.quote)}`).toContain(e.line);
    }
    const override = reply.rulings[clause.id];
    if (override) {
      expect(r.source, where).toBe('override');
      expect(r.stance, where).toBe(override.stance);
      expect(r.note, where).toBe(override.note);
    }
    if (r.source === 'rollup') {
      expect(clause.children.length, `${where}: a leaf rolled up`).toBeGreaterThan(0);
      const kids = clause.children.map((c) => byId.get(c)!.stance);
      expect(r.stance, `${where}: rolled up from ${kids.join(', ')}`).toBe(rollUpRule(kids));
    }
  }
}

describe('analyseReply, for any programme and any reply', () => {
  it('builds the programmes it is given (the generator is sound)', () => {
    fc.assert(
      fc.property(programmeArb, (programme) => {
        expect(programme.clauses.length).toBeGreaterThan(0);
        expect(programme.clauses.some((c) => c.depth > 0) || programme.clauses.every((c) => c.children.length === 0)).toBe(true);
      }),
      { numRuns: 50, ...LIMITS },
    );
  });

  it('never throws and keeps its contract on replies made of ids, names, lexicon and hostile text', () => {
    fc.assert(
      fc.property(caseArb({ overrides: false }), ({ programme, reply }) => {
        checkContract(programme, reply, analyseReply(programme, reply));
      }),
      { numRuns: RUNS, ...LIMITS },
    );
  });

  it('keeps its contract when the reply carries rulings of its own', () => {
    fc.assert(
      fc.property(caseArb({ overrides: true }), ({ programme, reply }) => {
        checkContract(programme, reply, analyseReply(programme, reply));
      }),
      { numRuns: RUNS, ...LIMITS },
    );
  });

  it('re-rolls every ancestor of an overridden clause (found by the property above)', () => {
    const { programme } = parseProgramme(
      'title: T\nclauses:\n  - {id: "1", title: One, text: One., clauses: [{id: 1a, title: A, text: A., clauses: [{id: 1a.1, title: Leaf, text: Leaf.}]}]}\n',
      'pledges.yaml',
    );
    const reply: Reply = { file: 'data/x.md', candidate: 'X', received: undefined, source: undefined, body: '', bodyLine: 4, rulings: { '1a.1': { stance: 'agree', note: undefined, line: 3 } } };
    const rulings = analyseReply(programme!, reply);
    expect(rulings.map((r) => [r.clause, r.stance, r.source])).toEqual([
      ['1', 'agree', 'rollup'],
      ['1a', 'agree', 'rollup'],
      ['1a.1', 'agree', 'override'],
    ]);
  });

  it('gives the same rulings every time for the same input', () => {
    fc.assert(
      fc.property(caseArb({ overrides: true }), ({ programme, reply }) => {
        expect(analyseReply(programme, reply)).toEqual(analyseReply(programme, reply));
      }),
      { numRuns: 100, ...LIMITS },
    );
  });
});
