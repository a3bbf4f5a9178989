// The terminal table: fits the width it is given (80 by default) by transposing or showing fewer levels.
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { draw, naturalWidths, type TableSpec } from '../../src/render/table.js';
import { cloneReport, reportOf, wideReport, widest } from '../helpers/pledgecard.js';

const ESC = '\u001b';

describe('table width', () => {
  const example = reportOf('example');

  it('fits the bundled example in 80 columns, every leaf clause shown', () => {
    const out = render(example, 'table');
    expect(widest(out)).toBeLessThanOrEqual(80);
    for (const id of ['1', '2', '3a', '3f', '3g.1', '3g.3']) expect(out).toMatch(new RegExp(`│ ${id.replace('.', '\\.')}\\s`));
    expect(out).not.toContain('Showing');
  });

  it.each([80, 72, 60, 40])('fits %i columns with colour on, counting visible characters only', (width) => {
    const out = render(example, 'table', { width, colour: new Chalk({ level: 1 }) });
    expect(out).toContain(ESC);
    expect(widest(out)).toBeLessThanOrEqual(width);
  });

  it('has no escape codes with colour off', () => {
    expect(render(example, 'table', { colour: false })).not.toContain(ESC);
  });

  it.each([
    ['many leaves, few candidates', 4, 6, 3],
    ['many candidates', 3, 2, 14],
    ['many top-level clauses and candidates', 24, 0, 12],
    ['nested and wide', 10, 4, 9],
  ])('fits 80 columns with %s', (_name, groups, perGroup, candidates) => {
    const out = render(wideReport(groups, perGroup, candidates), 'table');
    expect(widest(out)).toBeLessThanOrEqual(80);
  });

  it('falls back to top-level clauses and says so', () => {
    const out = render(wideReport(6, 4, 12), 'table');
    expect(out).toContain('Showing top-level clauses to fit 80 columns; choose with --depth or --clauses.');
    expect(out).not.toContain('1.1 ');
  });

  it('splits clause columns over several tables when even the top level is too wide', () => {
    const out = render(wideReport(24, 0, 12), 'table');
    expect(out).toContain('Clauses split over several tables to fit 80 columns.');
    expect(out.match(/┌/g)!.length).toBeGreaterThan(1);
    for (const id of ['1', '12', '24']) expect(out).toMatch(new RegExp(`^${id}\\s+Group ${id} `, 'm'));
  });
});

describe('table content', () => {
  const ties = reportOf('ties');

  it('shows rank, stance symbols, score and percent per candidate, ranked', () => {
    const out = render(ties, 'table');
    const rows = out.split('\n').filter((l) => /^│ \d/.test(l));
    expect(rows.map((r) => r.split('│').map((c) => c.trim()).slice(1, -1))).toEqual([
      // Every ruling of the ties fixture is written in its reply's front matter (✎).
      ['1', 'Mo Top', '✔✎', '✔✎', '✔✎', '✘✎', '3', '75.0'],
      ['2', 'amy Brown', '✔✎', '◐✎', '◐✎', '✘✎', '2', '50.0'],
      ['2', 'Zed Young', '✔✎', '✔✎', '✘✎', '·✎', '2', '50.0'],
      ['4', 'Al Last', '✔✎', '·✎', '·✎', '·✎', '1', '25.0'],
    ]);
  });

  it('orders by name with --sort name', () => {
    const out = render(ties, 'table', { sort: 'name' });
    expect(out.indexOf('Al Last')).toBeLessThan(out.indexOf('amy Brown'));
    expect(out.indexOf('Mo Top')).toBeLessThan(out.indexOf('Zed Young'));
  });

  it('has a legend from the STANCES table and the review mark', () => {
    const out = render(ties, 'table');
    expect(out).toContain('✔ agrees  ◐ agrees with qualifications  ✘ declined  · no answer  ? needs review');
    expect(out).toContain('score out of 4');
  });

  it('marks rulings that need review', () => {
    const report = cloneReport(ties);
    report.candidates[0]!.rulings[0]!.needsReview = true;
    expect(render(report, 'table')).toMatch(/│ 1 │ Mo Top\s+│ ✔\?✎ │/);
  });

  it('colours stances: green agree, yellow qualified, red declined, dim no answer', () => {
    const out = render(ties, 'table', { colour: new Chalk({ level: 1 }) });
    expect(out).toContain('\u001b[32m✔\u001b[39m');
    expect(out).toContain('\u001b[33m◐\u001b[39m');
    expect(out).toContain('\u001b[31m✘\u001b[39m');
    expect(out).toContain('\u001b[2m·\u001b[22m');
  });

  it('--clauses shows exactly those clauses, --depth 1 the top level', () => {
    const example = reportOf('example');
    const chosen = render(example, 'table', { clauses: ['3b', '1', '3g.2'] });
    const head = chosen.split('\n').find((l) => l.includes('Candidate'))!;
    expect(head.split('│').map((c) => c.trim()).slice(3, -3)).toEqual(['1', '3b', '3g.2']);
    const top = render(example, 'table', { depth: 1 });
    const topHead = top.split('\n').find((l) => l.includes('Candidate'))!;
    expect(topHead.split('│').map((c) => c.trim()).slice(3, -3)).toEqual(['1', '2', '3']);
  });

  it('neutralises terminal escape sequences in names', () => {
    const report = cloneReport(ties);
    report.candidates[0]!.candidate = `Evil${ESC}[2J${ESC}]0;title\u0007`;
    const out = render(report, 'table');
    expect(out).not.toContain(ESC);
    expect(out).toContain('Evil\ufffd[2J');
  });
});

describe('tables of many rows', () => {
  const cell = fc.oneof(
    fc.constantFrom('1', '12', '✔', '◐?', '·', '100.0', 'Ahmad', 'Zoë Ñúñez', '王小明', 'Silver-\nman', 'a\nb\nc', ''),
    fc.string({ unit: fc.constantFrom('a', 'B', ' ', '-', '’', 'é', '界', '✘'), maxLength: 12 }),
  );
  const colour = new Chalk({ level: 1 });

  it('draws in slices that join into one table: the same text as drawing it whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 40 }), fc.boolean(), (cols, raw, coloured) => {
        const paint = (text: string): string => (coloured && text ? colour.green(text) : text);
        const head = Array.from({ length: cols }, (_, i) => colour.bold(`H${i}`));
        const rows = raw.map((r) => r.slice(0, cols).map(paint));
        const spec: TableSpec = { head, rows, colWidths: naturalWidths(head, rows), colAligns: head.map((_, i) => (['left', 'center', 'right'] as const)[i % 3]!) };
        const whole = draw(spec, Infinity);
        for (const slice of [1, 3, 7]) expect(draw(spec, slice)).toBe(whole);
        const widths = whole.split('\n').map((line) => stringWidth(stripVTControlCharacters(line)));
        expect(new Set(widths).size).toBe(1);
      }),
      { numRuns: 150 },
    );
  });

  it('lays out a thousand candidates as one table, by rank, every one once', () => {
    const report = cloneReport(reportOf('example'));
    const one = report.candidates[0]!;
    report.candidates = Array.from({ length: 1000 }, (_, i) => ({ ...one, candidate: `C${String(i).padStart(4, '0')}`, file: `data/c${i}.md`, rank: i + 1 }));
    const text = render(report, 'table', { width: 80 });
    const names = [...text.matchAll(/C(\d{4})/g)].map((m) => Number(m[1]));
    expect(names).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(text.match(/┌/g)).toHaveLength(1);
    expect(text.match(/└/g)).toHaveLength(1);
  });
});
