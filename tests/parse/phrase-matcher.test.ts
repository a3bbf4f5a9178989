// The phrase matcher walks a tree of the lexicon's words; it must find what the pattern language says:
// checked on small cases, and against each pattern's own regular expression on the bundled and the labelled replies.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cues from '../../src/parse/lexicon/cues.js';
import * as refs from '../../src/parse/lexicon/references.js';
import { compilePattern, PhraseMatcher, type Entry } from '../../src/parse/lexicon/patterns.js';
import { normalise } from '../../src/parse/normalise.js';
import { ROOT } from '../cli/spawn.js';

/** The matches of each list as the text they cover. */
function texts(matcher: PhraseMatcher, norm: string, start?: number, end?: number): Record<string, string[]> {
  const found = matcher.find(norm, start, end);
  return Object.fromEntries(Object.entries(found).map(([k, spans]) => [k, spans.map((s) => norm.slice(s.start, s.end))]));
}

describe('PhraseMatcher: the pattern language', () => {
  it('takes the longest phrase of a list at a word, and several lists at one word', () => {
    const m = new PhraseMatcher({ sign: [{ p: 'sign [pledge|pledge cards]' }], verb: [{ p: 'sign' }] });
    expect(texts(m, "i don't sign pledge cards.")).toEqual({ sign: ['sign pledge cards'], verb: ['sign'] });
  });

  it('reads optional words, alternatives of several words, and a comma between words', () => {
    const m = new PhraseMatcher({ a: [{ p: '[i|we] [fully|totally]? [support|stand behind]' }] });
    expect(texts(m, 'we fully support it').a).toEqual(['we fully support']);
    expect(texts(m, 'i, totally, stand behind it').a).toEqual(['i, totally, stand behind']);
    expect(texts(m, 'i am not going to support').a).toEqual([]);
    expect(texts(m, 'i,support').a).toEqual([]);
  });

  it('joins the branches of one pattern\'s alternatives without letting another pattern go on from where they meet', () => {
    const m = new PhraseMatcher({ a: [{ p: '[i|we|they] [fully]? back' }], b: [{ p: 'i back it' }, { p: 'we back [them|it all]' }] });
    expect(texts(m, 'they fully back it')).toEqual({ a: ['they fully back'], b: [] });
    expect(texts(m, 'they back them')).toEqual({ a: ['they back'], b: [] });
    expect(texts(m, 'i back it')).toEqual({ a: ['i back'], b: ['i back it'] });
    expect(texts(m, 'we back it all')).toEqual({ a: ['we back'], b: ['we back it all'] });
  });

  it('steps over a quotation mark that closes one word or opens the next, and nowhere else', () => {
    const m = new PhraseMatcher({ a: [{ p: 'asking me to sign up' }, { p: 'in principle' }] });
    expect(texts(m, 'the letter asking me to "sign up" to it').a).toEqual(['asking me to "sign up']);
    expect(texts(m, 'it is "in" principle').a).toEqual(['in" principle']);
    expect(texts(m, 'asking me to ""sign up').a).toEqual([]);
    expect(new RegExp(compilePattern('asking me to sign up'), 'u').exec('asking me to "sign up"')?.[0]).toBe('asking me to "sign up');
  });

  it('~ stands for up to five words, never across a full stop, colon or semicolon', () => {
    const m = new PhraseMatcher({ a: [{ p: 'need to ~ before' }] });
    expect(texts(m, 'i need to talk it through before').a).toEqual(['need to talk it through before']);
    expect(texts(m, 'need to before').a).toEqual(['need to before']);
    expect(texts(m, 'need to one two three four five before').a).toEqual(['need to one two three four five before']);
    expect(texts(m, 'need to one two three four five six before').a).toEqual([]);
    expect(texts(m, 'need to think. before').a).toEqual([]);
    const trailing = new PhraseMatcher({ a: [{ p: 'having thought ~' }] });
    expect(texts(trailing, 'having thought about it again, yes').a).toEqual(['having thought about it again, yes']);
    expect(texts(trailing, 'having thought one two three four five six').a).toEqual(['having thought one two three four five']);
    expect(texts(trailing, 'having thought it over. yes').a).toEqual(['having thought it over']);
  });

  it('matches whole words only, and none that starts after an apostrophe', () => {
    const m = new PhraseMatcher({ a: [{ p: 'agree' }] });
    expect(texts(m, 'agreement').a).toEqual([]);
    expect(texts(m, 'disagree').a).toEqual([]);
    expect(texts(m, "'agree' is what they said").a).toEqual([]);
    expect(texts(m, '(agree)').a).toEqual(['agree']);
    expect(texts(m, 'agree.').a).toEqual(['agree']);
  });

  it('reads a contraction typed without its apostrophe, unless that makes another common word', () => {
    const m = new PhraseMatcher({ a: [{ p: "[can't|i'm] [see|going to]" }, { p: "we'll see" }] });
    expect(texts(m, 'i cant see why not, im going to back it').a).toEqual(['cant see', 'im going to']);
    expect(texts(m, "we'll see").a).toEqual(["we'll see"]);
    expect(texts(m, 'as well see').a).toEqual([]);
    const re = new RegExp(`^(?:${compilePattern("[can't|i'm] [see|going to]")})$`, 'u');
    expect(re.test('cant see') && re.test("i'm going to") && re.test('im going to')).toBe(true);
  });

  it('keeps within the range it is given', () => {
    const m = new PhraseMatcher({ a: [{ p: 'not [at all]?' }] });
    const norm = 'yes, not at all';
    expect(texts(m, norm, 0, norm.indexOf(' at')).a).toEqual(['not']);
    expect(texts(m, norm, norm.indexOf('at')).a).toEqual([]);
  });

  it("honours 'start' and 'later': the first word of the range, or any other", () => {
    const m = new PhraseMatcher({ first: [{ p: 'no', at: 'start' }], rest: [{ p: 'no', at: 'later' }] });
    expect(texts(m, 'no, and no again')).toEqual({ first: ['no'], rest: ['no'] });
    expect(texts(m, '... no', 0)).toEqual({ first: ['no'], rest: [] });
  });

  it('matches within a list do not overlap; lists are independent', () => {
    const m = new PhraseMatcher({ a: [{ p: 'not only' }, { p: 'only not' }], b: [{ p: 'only' }] });
    expect(texts(m, 'not only not')).toEqual({ a: ['not only'], b: ['only'] });
  });

  it('refuses a pattern that starts with ~', () => {
    expect(() => new PhraseMatcher({ a: [{ p: '~ agree' }] })).toThrow(/start with a word/);
  });
});

// Every list of cues and references the parser matches with a PhraseMatcher.
const LISTS: Record<string, Entry[]> = {
  refuseSign: cues.REFUSE_SIGN, refuseAnswer: cues.REFUSE_ANSWER, qualified: cues.QUALIFIED, disagree: cues.DISAGREE,
  oppose: refs.OPPOSE_STATEMENTS, agree: cues.AGREE, affirm: cues.AFFIRM, defer: cues.DEFER, commit: cues.COMMIT,
  deontic: cues.DEONTIC, notOppose: refs.NOT_OPPOSE_STATEMENTS, neutral: cues.NEUTRAL_PHRASES, sign: cues.SIGN_PLEDGES,
  negator: cues.NEGATORS, pseudo: cues.PSEUDO_NEGATIONS, booster: cues.BOOSTERS, revision: cues.REVISION, contrast: cues.CONTRAST,
};

function replyTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md') && full.includes(`${path.sep}data${path.sep}`)) out.push(readFileSync(full, 'utf8'));
    }
  };
  for (const dir of ['data', 'tests/corpus']) walk(path.join(ROOT, dir));
  return out;
}

describe('PhraseMatcher: against the patterns’ regular expressions, on the bundled and the labelled replies', () => {
  const matcher = new PhraseMatcher(LISTS);
  // Per list and position rule, one sticky regex of its patterns (what a match must be).
  const whole = Object.fromEntries(
    Object.entries(LISTS).map(([kind, entries]) => {
      const rule = (at: Entry['at']) => entries.filter((e) => e.at === at).map((e) => compilePattern(e.p));
      const re = (sources: string[]) => (sources.length ? new RegExp(`(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'uy') : undefined);
      const exact = (sources: string[]) => (sources.length ? new RegExp(`^(?:${sources.join('|')})$`, 'u') : undefined);
      return [
        kind,
        { any: re(rule(undefined)), start: re(rule('start')), later: re(rule('later')), exact: { any: exact(rule(undefined)), start: exact(rule('start')), later: exact(rule('later')) } },
      ];
    }),
  );
  const replies = replyTexts();

  it('reads a sizeable sample', () => {
    expect(replies.length).toBeGreaterThan(50);
  });

  it('every match is a phrase of its list, and no phrase of a list at a word is missed', () => {
    let checked = 0;
    for (const text of replies) {
      const norm = normalise(text);
      // Ranges like the parser's units: between sentence and clause marks.
      const cuts = [0, ...[...norm.matchAll(/[.;:!?\n]/g)].map((m) => m.index + 1), norm.length];
      for (let i = 0; i + 1 < cuts.length; i++) {
        const [start, end] = [cuts[i]!, cuts[i + 1]!];
        const found = matcher.find(norm, start, end);
        const firstWord = norm.slice(start, end).search(/[\p{L}\p{N}]/u);
        for (const [kind, { exact, ...res }] of Object.entries(whole)) {
          const spans = found[kind as keyof typeof found]!;
          // Sound: each match is a whole phrase of the list (an anchored regex over exactly its text).
          for (const s of spans) {
            const ok = [exact.any, s.start === start + firstWord ? exact.start : exact.later].some((re) => re?.test(norm.slice(s.start, s.end)));
            expect(ok, `${kind}: ${JSON.stringify(norm.slice(s.start, s.end))}`).toBe(true);
            checked++;
          }
          // Complete: wherever a phrase of the list stands at a word, outside an earlier match, a match starts there.
          let reached = -1;
          for (const w of norm.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)) {
            const pos = start + w.index;
            if (pos > 0 && /[\p{L}\p{N}']/u.test(norm[pos - 1]!)) continue;
            const here = spans.find((s) => s.start === pos);
            if (here) reached = here.end;
            if (pos < reached) continue;
            const rule = pos === start + firstWord ? res.start : res.later;
            const hits = [res.any, rule].filter((re): re is RegExp => re !== undefined).some((re) => {
              re.lastIndex = pos;
              const m = re.exec(norm);
              return m !== null && pos + m[0].length <= end;
            });
            expect(!hits || here !== undefined, `${kind} missed at ${JSON.stringify(norm.slice(pos, pos + 40))}`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
