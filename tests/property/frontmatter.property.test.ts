// The quick reading of plain front matter must agree with the YAML parser whenever it answers at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parse, parseDocument } from 'yaml';
import { FrontMatterSchema } from '../../src/model/reply.js';
import { plainFrontMatter } from '../../src/load/replies.js';

function viaYaml(text: string): { candidate: string; received?: string; source?: string } | undefined {
  try {
    const r = FrontMatterSchema.safeParse(parse(text));
    if (!r.success) return undefined;
    const out: { candidate: string; received?: string; source?: string } = { candidate: r.data.candidate };
    if (r.data.received !== undefined) out.received = r.data.received;
    if (r.data.source !== undefined) out.source = r.data.source;
    return out;
  } catch {
    return undefined;
  }
}

const value = fc.oneof(
  fc.constantFrom('Alec Price', "Mary O'Brien", 'Jo: Smith', 'a #comment', 'x#y', '2022-08-20', '12', '1e3', 'true', 'null', '~', '"quoted"', "'single'", '- dash', '[list]', '{map}', '&anchor', '*alias', '!tag', '>', '|', '@at', '`tick`', '%pct', 'https://example.org/a?b=c#d', 'Zoë Ñúñez', '.5', '0x1f', 'yes', '2022-08-20T10:00:00'),
  fc.string({ unit: fc.constantFrom('a', 'B', ' ', ':', '#', "'", '"', '-', '1', '.', ',', '[', '{', '&', '*', '!', '%', 'é', '\t', '\\'), maxLength: 16 }),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', "'", '-', '1', '\\'), maxLength: 8 }).map((v) => `"${v}"`),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '"', '-', '1', '\\'), maxLength: 8 }).map((v) => `'${v}'`),
);

describe('plain front matter', () => {
  it('reads the bundled replies\' front matter as YAML does', () => {
    const text = 'candidate: Alec Price\nreceived: 2022-08-20\n';
    expect(plainFrontMatter(text)).toMatchObject(viaYaml(text)!);
  });

  it('gives way to the YAML parser for anything not plainly text', () => {
    for (const v of ['"esc\\"aped"', '12', 'true', 'a #comment', '[x]', '&a x', 'Jo: Smith', '" padded "']) {
      expect(plainFrontMatter(`candidate: ${v}\n`), v).toBeUndefined();
    }
    expect(plainFrontMatter('candidate: A\ncandidate: B\n')).toBeUndefined();
    expect(plainFrontMatter('candidate: A\nrulings:\n  1: agree\n')).toBeUndefined();
  });

  it('agrees with the YAML parser on every value it accepts', () => {
    fc.assert(
      fc.property(value, fc.option(value), fc.option(value), (candidate, received, source) => {
        let text = `candidate: ${candidate}\n`;
        if (received !== null) text += `received: ${received}\n`;
        if (source !== null) text += `source: ${source}\n`;
        const plain = plainFrontMatter(text);
        if (plain === undefined) return;
        const { candidateLine, ...fields } = plain;
        expect(candidateLine).toBe(1);
        expect(fields).toEqual(viaYaml(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('plain rulings in front matter', () => {
  const key = fc.oneof(
    fc.constantFrom('3a', '1', '3g.1', 'Q2', 'A-1', '10', '1.5', 'yes', 'null', 'x_y', '3a ', '#1'),
    fc.constantFrom('3a', '1', '3g.1', 'a b', "it's", 'é').map((k) => `"${k}"`),
    fc.constantFrom('3a', '1', 'x"y').map((k) => `'${k}'`),
  );
  const stance = fc.constantFrom('agree', 'agree-with-qualifications', 'declined', 'no-answer', 'agreed', '"agree"', 'agree # ok', '{ stance: agree }');
  const entry = fc.tuple(fc.constantFrom('  ', '    ', ' ', '\t'), key, stance, fc.constantFrom('', ' ', '  ')).map(([indent, k, s, pad]) => `${indent}${k}: ${s}${pad}`);

  function yamlRulings(text: string): Array<{ id: string; stance: string; line: number }> | undefined {
    try {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
      if (doc.errors.length > 0) return undefined;
      const parsed = FrontMatterSchema.safeParse(doc.toJS());
      if (!parsed.success || !parsed.data.rulings) return undefined;
      const node = doc.get('rulings') as { items: Array<{ key: { source?: string; value: unknown; range: [number] } }> };
      return node.items.map((pair) => {
        const id = String(pair.key.source ?? pair.key.value);
        return { id, stance: parsed.data.rulings![id]!.stance, line: lineCounter.linePos(pair.key.range[0]).line };
      });
    } catch {
      return undefined;
    }
  }

  it('reads the rulings it accepts as YAML does, each at its key\'s line', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.boolean(), (entries, before) => {
        const text = before ? `candidate: Ann\nrulings:\n${entries.join('\n')}\n` : `rulings:\n${entries.join('\n')}\ncandidate: Ann\n`;
        const plain = plainFrontMatter(text);
        if (plain === undefined) return;
        expect(plain.rulings).toEqual(yamlRulings(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the short form and leaves the rest to YAML', () => {
    expect(plainFrontMatter('candidate: Ann\nrulings:\n  "3a": agree\n  3b: declined\n')?.rulings).toEqual([
      { id: '3a', stance: 'agree', line: 3 },
      { id: '3b', stance: 'declined', line: 4 },
    ]);
    for (const text of [
      'candidate: Ann\nrulings:\n  1: agree\n', // YAML reads 1 as a number
      'candidate: Ann\nrulings:\n  3a: agre\n', // not a stance: the schema says so
      'candidate: Ann\nrulings:\n  3a: agree\n  3a: declined\n', // twice
      'candidate: Ann\nrulings:\n  3a: { stance: agree, note: by phone }\n',
      'candidate: Ann\nrulings:\n',
      'candidate: Ann\nrulings:\n  3a: agree\n   3b: agree\n',
    ]) {
      expect(plainFrontMatter(text), text).toBeUndefined();
    }
  });
});
