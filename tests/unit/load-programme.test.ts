// The programme loader on one fixture per kind of problem: codes and places (file:line:col), not whole sentences.
import { describe, expect, it } from 'vitest';
import { loadProgramme, parseProgramme } from '../../src/load/programme.js';
import { MAX_DIAGNOSTICS_PER_FILE, MAX_YAML_BYTES } from '../../src/load/yaml.js';
import { exitCodeFor, type Diagnostic } from '../../src/model/diagnostic.js';
import { ROOT, fixture } from '../cli/spawn.js';

/** Loads tests/fixtures/<scenario>/pledges.yaml with paths shown relative to the repository. */
function load(scenario: string) {
  return loadProgramme(fixture(scenario, 'pledges.yaml'), ROOT);
}

/** `line:col code` for each diagnostic, in file order. */
function places(diagnostics: readonly Diagnostic[]): string[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.col - b.col).map((d) => `${d.line}:${d.col} ${d.code}`);
}

function messageAt(diagnostics: readonly Diagnostic[], line: number): string {
  const found = diagnostics.find((d) => d.line === line);
  if (!found) throw new Error(`no diagnostic at line ${line}: ${JSON.stringify(diagnostics)}`);
  return found.message;
}

describe('loadProgramme: fixtures', () => {
  it('unknown keys at the top level, in a clause, in a nested clause and in scoring, with did-you-mean', () => {
    const { programme, diagnostics } = load('load-unknown-keys');
    expect(programme).toBeUndefined();
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(new Set(['tests/fixtures/load-unknown-keys/pledges.yaml']));
    expect(places(diagnostics)).toEqual(['2:1 unknown-key', '7:5 unknown-key', '15:9 unknown-key', '17:3 unknown-key', '18:3 unknown-key']);
    expect(messageAt(diagnostics, 2)).toContain("did you mean 'organisation'");
    expect(messageAt(diagnostics, 7)).toContain("did you mean 'keywords'");
    expect(messageAt(diagnostics, 15)).toContain("did you mean 'weight'");
    expect(messageAt(diagnostics, 17)).toContain("did you mean 'agree'");
    // Nothing close to 'colour' among the stances: no suggestion, but the allowed keys are listed.
    expect(messageAt(diagnostics, 18)).not.toContain('did you mean');
    expect(messageAt(diagnostics, 18)).toContain('agree-with-qualifications');
  });

  it('missing required keys: the programme title, a clause text, a nested clause id', () => {
    const { diagnostics } = load('load-missing-keys');
    expect(places(diagnostics)).toEqual(['1:1 invalid-value', '3:5 invalid-value', '9:9 invalid-value']);
    expect(messageAt(diagnostics, 1)).toContain("'title'");
    expect(messageAt(diagnostics, 3)).toContain("'text'");
    expect(messageAt(diagnostics, 9)).toContain("'id'");
    for (const d of diagnostics) expect(d.message).toMatch(/missing required key/);
  });

  it('wrong types, each at the value', () => {
    const { diagnostics } = load('load-wrong-types');
    expect(places(diagnostics)).toEqual(['1:8 invalid-value', '6:15 invalid-value', '7:13 invalid-value', '11:14 invalid-value']);
    expect(messageAt(diagnostics, 6)).toContain('keywords');
    expect(messageAt(diagnostics, 7)).toContain('expected a number');
  });

  it('a negative weight; a weight of 0 is fine', () => {
    const { diagnostics } = load('load-negative-weight');
    expect(places(diagnostics)).toEqual(['6:13 invalid-value']);
    expect(messageAt(diagnostics, 6)).toContain('weight');
  });

  it('duplicate ids, at the second id, naming the first one’s line, across nesting levels', () => {
    const { diagnostics } = load('load-duplicate-ids');
    expect(places(diagnostics)).toEqual(['13:13 duplicate-id', '16:9 duplicate-id']);
    expect(messageAt(diagnostics, 13)).toContain('line 3');
    expect(messageAt(diagnostics, 16)).toContain('line 10');
  });

  it('malformed YAML: the line of the error (an unclosed quote, where it opens)', () => {
    const { diagnostics } = load('load-malformed-yaml');
    expect(places(diagnostics)).toEqual(['5:11 yaml-syntax']);
  });

  it('an empty clauses list', () => {
    const { diagnostics } = load('load-empty-clauses');
    expect(places(diagnostics)).toEqual(['2:10 invalid-value']);
    expect(messageAt(diagnostics, 2)).toMatch(/at least one clause/);
  });

  it('every problem at once: three problems give three diagnostics', () => {
    const { diagnostics } = load('load-three-problems');
    expect(places(diagnostics)).toEqual(['2:1 unknown-key', '7:13 invalid-value', '8:9 duplicate-id']);
    expect(messageAt(diagnostics, 2)).toContain("did you mean 'election'");
  });

  it('__proto__, constructor and prototype are unknown keys and pollute nothing', () => {
    const { diagnostics } = load('load-proto-keys');
    expect(places(diagnostics)).toEqual(['2:1 unknown-key', '4:1 unknown-key', '9:5 unknown-key', '10:5 unknown-key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the bundled example and a small valid fixture load cleanly', () => {
    const example = loadProgramme('pledges.yaml', ROOT);
    expect(example.diagnostics).toEqual([]);
    expect(example.programme!.clauses.map((c) => c.id)).toEqual(['1', '2', '3', '3a', '3b', '3c', '3d', '3e', '3f', '3g', '3g.1', '3g.2', '3g.3']);
    const small = load('load-reply-folder');
    expect(small.diagnostics).toEqual([]);
    expect(small.programme!.file).toBe('tests/fixtures/load-reply-folder/pledges.yaml');
    expect(small.programme!.clauses.map((c) => [c.id, c.parent, c.depth, c.line])).toEqual([
      ['1', undefined, 0, 4],
      ['2', undefined, 0, 7],
      ['2a', '2', 1, 11],
      ['2b', '2', 1, 14],
    ]);
  });

  it('a missing programme file, and a folder given as the programme: could not run (exit 2)', () => {
    const missing = loadProgramme('tests/fixtures/nowhere/pledges.yaml', ROOT);
    expect(missing.diagnostics.map((d) => [d.file, d.code])).toEqual([['tests/fixtures/nowhere/pledges.yaml', 'file-missing']]);
    expect(exitCodeFor(missing.diagnostics)).toBe(2);
    const folder = loadProgramme('tests/fixtures', ROOT);
    expect(folder.diagnostics.map((d) => d.code)).toEqual(['file-unreadable']);
    expect(exitCodeFor(folder.diagnostics)).toBe(2);
  });
});

describe('parseProgramme: details', () => {
  const clause = (id: string) => `  - id: ${id}\n    title: T\n    text: X\n`;

  it('keeps ids as written: 1.10 is not 1.1, and they are different ids', () => {
    const { programme, diagnostics } = parseProgramme(`title: T\nclauses:\n${clause('1.1')}${clause('1.10')}${clause('"01"')}`, 'p.yaml');
    expect(diagnostics).toEqual([]);
    expect(programme!.clauses.map((c) => c.id)).toEqual(['1.1', '1.10', '01']);
  });

  it('refuses ids that would collide with Object.prototype names', () => {
    const { diagnostics } = parseProgramme(`title: T\nclauses:\n${clause('__proto__')}${clause('constructor')}`, 'p.yaml');
    expect(places(diagnostics)).toEqual(['3:9 invalid-value', '6:9 invalid-value']);
  });

  it('a key given twice is an error at the second one', () => {
    const { diagnostics } = parseProgramme(`title: T\nclauses:\n${clause('a')}title: U\n`, 'p.yaml');
    expect(places(diagnostics)).toEqual(['6:1 yaml-syntax']);
    expect(diagnostics[0]!.message).toContain('line 1');
  });

  it('an unknown stance in scoring and a wrong kind of document', () => {
    expect(places(parseProgramme(`title: T\nclauses:\n${clause('a')}scoring:\n  agree: lots\n`, 'p.yaml').diagnostics)).toEqual(['7:10 invalid-value']);
    expect(places(parseProgramme('- a\n- b\n', 'p.yaml').diagnostics)).toEqual(['1:1 invalid-value']);
    expect(places(parseProgramme('', 'p.yaml').diagnostics)).toEqual(['1:1 invalid-value']);
  });

  it('numbers out of range say the bound', () => {
    const { diagnostics } = parseProgramme(`title: T\nreview-threshold: 2\nclauses:\n${clause('a')}`, 'p.yaml');
    expect(places(diagnostics)).toEqual(['2:19 invalid-value']);
    expect(diagnostics[0]!.message).toContain('at most 1');
  });

  it('an unclosed flow list is placed where it opens', () => {
    const { diagnostics } = parseProgramme(`title: T\nclauses:\n${clause('a')}    keywords: [one, two\n${clause('b')}`, 'p.yaml');
    expect(diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 6, col: 15 });
  });

  it('caps the diagnostics of one file and counts the rest', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `k${i}: 1\n`).join('');
    const { diagnostics } = parseProgramme(`title: T\nclauses:\n${clause('a')}${keys}`, 'p.yaml');
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(diagnostics.at(-1)).toMatchObject({ code: 'too-many-problems', line: 6 + MAX_DIAGNOSTICS_PER_FILE });
    expect(diagnostics.at(-1)!.message).toContain(String(500 - MAX_DIAGNOSTICS_PER_FILE));
  });

  it('refuses YAML larger than the limit before parsing it', () => {
    const big = `title: T\nclauses:\n${clause('a')}# ${'x'.repeat(MAX_YAML_BYTES)}\n`;
    expect(places(parseProgramme(big, 'p.yaml').diagnostics)).toEqual(['1:1 yaml-resources']);
  });
});
