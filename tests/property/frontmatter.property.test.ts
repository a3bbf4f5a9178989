// The quick reading of plain front matter must agree with the YAML parser whenever it answers at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
