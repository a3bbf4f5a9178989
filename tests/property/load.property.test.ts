// Property tests for the loaders: for any text or bytes, they return diagnostics rather than throw, every
// diagnostic is well formed and inside the file, and loadInputs throws nothing but PledgecardError.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProgramme } from '../../src/load/programme.js';
import { parseReply } from '../../src/load/replies.js';
import { decodeText, normaliseNewlines } from '../../src/load/text.js';
import { DIAGNOSTIC_CODES, PledgecardError, type Diagnostic } from '../../src/model/diagnostic.js';
import { loadInputs } from '../../src/pipeline.js';
import { ROOT, tempDir } from '../cli/spawn.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** Stop generating (without failing) before vitest's own timeout when PROPERTY_RUNS asks for many runs. */
const LIMITS = { interruptAfterTimeLimit: 20_000 } as const;

const EXAMPLE_PROGRAMME = readFileSync(path.join(ROOT, 'pledges.yaml'), 'utf8');
const EXAMPLE_REPLY = readFileSync(path.join(ROOT, 'data', 'alec-price.md'), 'utf8');
const programme = parseProgramme(EXAMPLE_PROGRAMME, 'pledges.yaml').programme!;

/** Pieces of YAML and front matter, valid and broken, that adversarial files are made of. */
const TOKENS = [
  'title: T\n',
  'clauses:\n',
  '  - id: "1"\n    title: A\n    text: x\n',
  '  - ',
  '- ',
  'id: ',
  'title: ',
  'text: ',
  'weight: -1\n',
  'keywords: ',
  'scoring:\n  agree: 2\n',
  'candidate: Ann\n',
  'rulings:\n  3g.2: agree\n',
  'rulings: { 9: { stance: nope } }\n',
  '---\n',
  '...\n',
  '\n',
  '\r\n',
  '\r',
  '  ',
  '\t',
  ': ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '<<: *a\n',
  '!!str ',
  '!!binary ',
  '!!set ',
  '!!omap ',
  '!custom ',
  '%YAML 1.1\n',
  '%TAG ! tag:x,2000:\n',
  '|\n',
  '>-\n',
  '__proto__: ',
  'constructor: ',
  'prototype: ',
  'toString: ',
  '\uFEFF',
  '\u0000',
  '\u2028',
  '1.10',
  '0x1F',
  '.inf',
  '~',
  'null',
  'é',
  '🙂',
];

/** Text made of YAML-ish pieces, often starting like a real file. */
const yamlSoup = fc
  .tuple(fc.constantFrom('', 'title: T\nclauses:\n', '---\ncandidate: A\n'), fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }))
  .map(([start, parts]) => start + parts.join(''));

/** A real file with a slice cut out, a piece pasted in, or its bytes truncated. */
function mutated(text: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: 200 }), fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 10 })))
    .map(([at, cut, paste]) => text.slice(0, at) + paste + text.slice(Math.min(text.length, at + cut)));
}

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  yamlSoup,
  mutated(EXAMPLE_PROGRAMME),
  mutated(EXAMPLE_REPLY),
);

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  anyText.map((t) => Buffer.from(t, 'utf8')),
  fc.tuple(anyText, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat()).map(([t, bad, at]) => {
    const b = Buffer.from(t, 'utf8');
    const i = b.length ? at % b.length : 0;
    return Buffer.concat([b.subarray(0, i), bad, b.subarray(i)]);
  }),
);

/** Every diagnostic names the file, a known code, a place inside the text and a one-line message. */
function expectWellFormed(diagnostics: readonly Diagnostic[], file: string, text: string): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
    expect(d.line).toBeGreaterThanOrEqual(0);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.col).toBeGreaterThanOrEqual(0);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toContain('\n');
  }
}

describe('loaders, for any input', () => {
  it('decodeText never throws; text comes out with \\n endings and no BOM', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const r = decodeText(bytes, 'f.md');
        if (r.ok) {
          expect(r.text).not.toContain('\r');
          expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
        } else {
          expect(r.diagnostic.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: RUNS, ...LIMITS },
    );
  });

  it('parseProgramme never throws: a programme, or diagnostics inside the file', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = normaliseNewlines(raw);
        const { programme: p, diagnostics } = parseProgramme(text, 'pledges.yaml');
        expectWellFormed(diagnostics, 'pledges.yaml', text);
        if (p) {
          expect(diagnostics).toEqual([]);
          expect(p.clauses.length).toBeGreaterThan(0);
          expect(new Set(p.clauses.map((c) => c.id)).size).toBe(p.clauses.length);
        } else {
          expect(diagnostics.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS, ...LIMITS },
    );
  });

  it('parseReply never throws; a reply’s body is the file from bodyLine on', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (raw, withProgramme) => {
        const text = normaliseNewlines(raw);
        const { reply, diagnostics } = parseReply(text, 'data/r.md', withProgramme ? programme : undefined);
        expectWellFormed(diagnostics, 'data/r.md', text);
        if (!reply) {
          expect(diagnostics.length).toBeGreaterThan(0);
          return;
        }
        expect(reply.candidate.trim()).not.toBe('');
        expect(text.split('\n').slice(reply.bodyLine - 1).join('\n')).toBe(reply.body);
        for (const id of Object.keys(reply.rulings)) if (withProgramme) expect(programme.clauses.some((c) => c.id === id)).toBe(true);
      }),
      { numRuns: RUNS, ...LIMITS },
    );
  });

  it('parseReply on front matter built from a valid reply plus pieces never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), fc.string({ maxLength: 100 }), (parts, body) => {
        const text = normaliseNewlines(`---\ncandidate: A\n${parts.join('')}\n---\n${body}`);
        expectWellFormed(parseReply(text, 'r.md', programme).diagnostics, 'r.md', text);
      }),
      { numRuns: RUNS, ...LIMITS },
    );
  });
});

describe('loadInputs, for any files', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('throws nothing but PledgecardError, and pollutes nothing', () => {
    fc.assert(
      fc.property(anyBytes, fc.array(anyBytes, { maxLength: 3 }), (pledges, replies) => {
        const dir = tempDir('pledgecard-prop-');
        dirs.push(dir);
        mkdirSync(path.join(dir, 'data'));
        writeFileSync(path.join(dir, 'pledges.yaml'), pledges);
        replies.forEach((bytes, i) => writeFileSync(path.join(dir, 'data', `r${i}.md`), bytes));
        try {
          const inputs = loadInputs({ pledges: 'pledges.yaml', data: 'data', cwd: dir });
          expect(inputs.programme !== undefined || inputs.diagnostics.length > 0).toBe(true);
          expect(inputs.replies.length + inputs.diagnostics.filter((d) => d.file.startsWith('data/')).length).toBeGreaterThanOrEqual(replies.length === 0 ? 0 : 1);
        } catch (err) {
          expect(err).toBeInstanceOf(PledgecardError);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: Math.min(RUNS, 150), ...LIMITS },
    );
  });
});
