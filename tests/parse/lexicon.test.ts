// The lexicon is reviewed data: every entry compiles, matches what it says, and no phrase sits under two stances.
import { describe, expect, it } from 'vitest';
import * as cues from '../../src/parse/lexicon/cues.js';
import * as refs from '../../src/parse/lexicon/references.js';
import { compileEntries, compilePattern, type Entry } from '../../src/parse/lexicon/patterns.js';

const lists = { ...cues, ...refs } as Record<string, unknown>;
const entryLists = Object.entries(lists).filter((e): e is [string, Entry[]] => Array.isArray(e[1]) && typeof (e[1] as Entry[])[0]?.p === 'string');

/** Every phrase a pattern can produce, for patterns without wildcards (enough to find clashes). */
function expand(pattern: string): string[] {
  if (pattern.includes('~')) return [];
  let results = [''];
  const tokens = pattern.match(/\[[^\]]*\]\??|\S+/g) ?? [];
  for (const token of tokens) {
    const optional = token.endsWith('?') && token.length > 1;
    const body = optional ? token.slice(0, -1) : token;
    const alts = body.startsWith('[') ? body.slice(1, -1).split('|') : [body];
    if (alts.some((a) => a.includes('['))) return [];
    const next: string[] = [];
    for (const r of results) {
      for (const a of alts) next.push(`${r} ${a}`.trim());
      if (optional) next.push(r);
    }
    results = next;
    if (results.length > 5000) return [];
  }
  return results;
}

describe('lexicon', () => {
  it('has lists to check', () => {
    expect(entryLists.length).toBeGreaterThan(15);
  });

  it.each(entryLists)('%s: every entry compiles and matches its own plainest phrase', (_name, entries) => {
    const re = compileEntries(entries);
    expect(re.flags).toContain('u');
    for (const entry of entries) {
      expect(() => new RegExp(compilePattern(entry.p), 'u')).not.toThrow();
      const phrase = expand(entry.p)[0];
      if (phrase) expect(new RegExp(`^(?:${compilePattern(entry.p)})$`, 'u').test(phrase), `${entry.p} → ${phrase}`).toBe(true);
    }
  });

  it('ends a match on a word only where the next character is no letter or digit; a sign needs no such end', () => {
    const re = compileEntries([{ p: 'yes' }, { p: '[✓|✗]' }]);
    expect('✓a1 ✗b1 yes'.match(re)).toEqual(['✓', '✗', 'yes']);
    expect('yesterday'.match(re)).toBeNull();
  });

  it.each(entryLists)('%s: no duplicate entries', (_name, entries) => {
    const seen = entries.map((e) => e.p);
    expect(seen.length).toBe(new Set(seen).size);
  });

  it('never lists one phrase under agreement and under disagreement or refusal', () => {
    const positive = [...cues.AGREE, ...cues.AFFIRM, ...cues.STANDALONE_AGREE, ...cues.COMMIT].flatMap((e) => expand(e.p));
    const negative = new Set(
      [...cues.DISAGREE, ...cues.STANDALONE_DISAGREE, ...cues.REFUSE_ANSWER, ...cues.REFUSE_SIGN, ...cues.QUALIFIED].flatMap((e) => expand(e.p)),
    );
    expect(positive.filter((p) => negative.has(p))).toEqual([]);
  });

  it('keeps boosters out of the hedges: a booster never qualifies', () => {
    const hedges = new Set(cues.QUALIFIED.flatMap((e) => expand(e.p)));
    const boosters = cues.BOOSTERS.flatMap((e) => expand(e.p));
    expect(boosters.filter((b) => hedges.has(b))).toEqual([]);
  });

  it('reads patterns the way the notes say', () => {
    const re = (p: string) => new RegExp(`^(?:${compilePattern(p)})$`, 'u');
    expect(re('agree with?').test('agree')).toBe(true);
    expect(re('agree with?').test('agree with')).toBe(true);
    expect(re('[not going to|won\'t] answer').test("won't answer")).toBe(true);
    expect(re('need to ~ before').test('need to talk it through with them before')).toBe(true);
    expect(re('need to ~ before').test('need to before')).toBe(true);
    expect(re('[i|we]? oppose').test('we oppose')).toBe(true);
    expect(re('[i|we]? oppose').test('oppose')).toBe(true);
  });
});
