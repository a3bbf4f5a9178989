// The small pieces renderers stand on: wrapping, widths, escaping, formula neutralising, slugs, finding a candidate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCandidate } from '../../src/cli/find-candidate.js';
import { neutraliseFormula } from '../../src/render/csv.js';
import { escapeHtml } from '../../src/render/html.js';
import { escapeCell } from '../../src/render/markdown.js';
import { exportSlugs, slugify } from '../../src/render/slug.js';
import { terminalSafe, truncate, visibleWidth, wrapText } from '../../src/render/text.js';
import { ROOT, reportOf } from '../helpers/pledgecard.js';

describe('wrapText and truncate', () => {
  it('never exceed the width, and wrapping loses no visible character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 2, max: 40 }), (text, width) => {
        const lines = wrapText(text, width);
        for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
        const squash = (s: string) => s.replace(/[\s-]/g, '');
        expect(squash(lines.join(''))).toBe(squash(text));
        expect(visibleWidth(truncate(text, width))).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('breaks at hyphens first, moves a hyphen that does not fit, and leaves no last line of one or two letters', () => {
    expect(wrapText('Carol Spedding-Taylor', 8)).toEqual(['Carol', 'Spedding', '-Taylor']);
    expect(wrapText('Silverman', 8)).toEqual(['Silver-', 'man']);
    expect(wrapText('Abcdefghijklmnop', 8)).toEqual(['Abcdefg-', 'hijklm-', 'nop']);
    expect(wrapText('Abcdefghijklmn', 8)).toEqual(['Abcdefg-', 'hijklmn']);
    expect(truncate('Fair disciplinary procedures', 12)).toBe('Fair discip…');
  });

  it('counts wide characters twice and colour codes not at all', () => {
    expect(visibleWidth('\u001b[32m✔\u001b[39m')).toBe(1);
    expect(visibleWidth('中文')).toBe(4);
    expect(visibleWidth('e\u0301')).toBe(1);
  });

  it('replaces control characters for the terminal, keeping newlines and tabs', () => {
    expect(terminalSafe('a\u001b[2Jb\u009bc\td\ne')).toBe('a\ufffd[2Jb\ufffdc\td\ne');
  });
});

describe('escaping', () => {
  it('markdown cells never contain an unescaped pipe or a raw newline', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const cell = escapeCell(text);
        expect(cell).not.toMatch(/(^|[^\\])(\\\\)*\|/);
        expect(cell).not.toMatch(/[\r\n]/);
        expect(cell).not.toMatch(/<(?!br>)/);
      }),
    );
  });

  it('html text has no markup characters left', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
      }),
    );
  });

  it('csv cells a spreadsheet would run are prefixed with a quote, others left alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseFormula('Ann Lee')).toBe('Ann Lee');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('slugs', () => {
  it('are lowercase ASCII words joined by hyphens, any script transliterated', () => {
    expect(slugify('Carol Spedding-Taylor')).toBe('carol-spedding-taylor');
    expect(slugify('Zoë Ñuñez')).toBe('zoe-nunez');
    expect(slugify('=HYPERLINK("x")|<script>')).toBe('hyperlink-x-script');
    expect(slugify('张伟')).toBe('zhang-wei');
    expect(slugify('Иван Петров')).toBe('ivan-petrov');
    expect(slugify('Ελένη')).toBe('eleni');
    expect(slugify('👍')).toBe('candidate');
  });

  it('are unique, never a name export writes itself, and told apart by reply file, not by order', () => {
    const candidates = [
      { candidate: 'Ann Lee', file: 'data/ann-lee.md' },
      { candidate: 'ann  lee', file: 'data/later/ann.md' },
      { candidate: 'Index', file: 'data/index.md' },
      { candidate: 'CON', file: 'data/con.md' },
      { candidate: '👍', file: 'data/thumbs.md' },
      { candidate: '张伟', file: 'data/zhang.md' },
    ];
    const slugs = exportSlugs(candidates);
    expect([...slugs.values()]).toEqual(['ann-lee-ann-lee', 'ann-lee-ann', 'index-index', 'con-con', 'thumbs', 'zhang-wei']);
    // Another candidate changes nobody else's file name.
    const more = exportSlugs([{ candidate: '李娜', file: 'data/a-li.md' }, ...candidates]);
    for (const c of candidates) expect(more.get(c.file)).toBe(slugs.get(c.file));
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 20 }), fc.array(fc.string({ maxLength: 12 }), { minLength: 20, maxLength: 20 }), (files, names) => {
        const list = files.map((f, i) => ({ candidate: names[i]!, file: `data/${f}.md` }));
        const slugs = [...exportSlugs(list).values()];
        expect(new Set(slugs).size).toBe(list.length);
        for (const s of slugs) expect(s).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      }),
    );
  });
});

describe('findCandidate', () => {
  const candidates = reportOf('ties').candidates;
  const find = (q: string) => {
    const m = findCandidate(candidates, q, ROOT);
    return m.kind === 'one' ? m.candidate.candidate : m.kind === 'many' ? m.candidates.map((c) => c.candidate) : 'none';
  };

  it('takes a name in any case and spacing, a unique part, the reply file, its base name or the scorecard slug', () => {
    expect(find('AMY  brown')).toBe('amy Brown');
    expect(find('zed')).toBe('Zed Young');
    expect(find('tests/fixtures/ties/data/c-top.md')).toBe('Mo Top');
    expect(find('./tests/fixtures/ties/data/c-top.md')).toBe('Mo Top');
    expect(find('d-last.md')).toBe('Al Last');
    expect(find('d-last')).toBe('Al Last');
    expect(find('mo-top')).toBe('Mo Top');
  });

  it('reports ambiguity by name order, and no match', () => {
    expect(find('a')).toEqual(['Al Last', 'amy Brown']);
    expect(find('nobody')).toBe('none');
    expect(find('  ')).toBe('none');
  });
});
