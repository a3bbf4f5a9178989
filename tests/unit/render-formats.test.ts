// Every format on the bundled example (golden files) and on hostile text (escaping), through the renderer registry.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION, REPORT_SCHEMA_ID, ReportDocumentSchema } from '../../src/model/report-document.js';
import { STANCES } from '../../src/model/stance.js';
import { SORT_SCRIPT } from '../../src/render/html.js';
import { exportFiles } from '../../src/render/export.js';
import { FORMATS, render, RENDERERS, renderPieces, type Format } from '../../src/render/index.js';
import { renderScorecard } from '../../src/render/scorecard.js';
import { DEFAULT_RENDER_OPTIONS } from '../../src/render/types.js';
import { hostileReport, reportOf, sourcesOf } from '../helpers/pledgecard.js';

const EXTENSION: Record<Format, string> = { table: 'txt', markdown: 'md', csv: 'csv', json: 'json', html: 'html' };

// Golden files change when the parser does: regenerate with `npx vitest run -u` and review the diff.
describe('golden files of the bundled example', () => {
  const report = reportOf('example');
  const options = { sources: sourcesOf('example') };

  it.each(FORMATS)('%s', async (format) => {
    await expect(render(report, format, options)).toMatchFileSnapshot(`__snapshots__/example.${EXTENSION[format]}`);
  });

  it('a scorecard', async () => {
    const alec = report.candidates.find((c) => c.candidate === 'Alec Price')!;
    await expect(renderScorecard(report, alec, { ...DEFAULT_RENDER_OPTIONS, ...options }, 'index.md')).toMatchFileSnapshot(
      '__snapshots__/example-scorecard.md',
    );
  });
});

describe('golden files of hostile text', () => {
  const report = hostileReport();
  it.each(FORMATS)('%s', async (format) => {
    await expect(render(report, format)).toMatchFileSnapshot(`__snapshots__/escaping.${EXTENSION[format]}`);
  });
});

describe('the registry', () => {
  it('has a renderer for every format, each returning text that ends in a newline', () => {
    expect(Object.keys(RENDERERS).sort()).toEqual([...FORMATS].sort());
    for (const format of FORMATS) expect(render(reportOf('ties'), format)).toMatch(/\n$/);
  });

  it('renders an empty report without failing', () => {
    const empty = { ...reportOf('ties'), candidates: [] };
    for (const format of FORMATS) expect(render(empty, format)).toBeTypeOf('string');
  });

  it('renders every format in pieces that, joined, are the whole text', () => {
    const reports = [reportOf('example'), hostileReport(), reportOf('ties'), { ...reportOf('ties'), candidates: [] }];
    for (const report of reports) {
      for (const format of FORMATS) {
        for (const sort of ['score', 'name'] as const) expect([...renderPieces(report, format, { sort })].join('')).toBe(render(report, format, { sort }));
      }
    }
  });
});

describe('escaping a candidate named =HYPERLINK("x")|<script>', () => {
  const report = hostileReport();
  const name = '=HYPERLINK("x")|<script>';

  it('html: no markup from the data survives; every text is escaped', () => {
    const html = render(report, 'html');
    // One script, the page's own sorting; none from the data.
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).toContain(`<script>${SORT_SCRIPT}</script>`);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<minutes>');
    expect(html).toContain('=HYPERLINK(&quot;x&quot;)|&lt;script&gt;');
    expect(html).toContain('Ann &lt;b&gt;Lee&lt;/b&gt; &amp; Co');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('markdown: pipes escaped, so every table row has the same number of cells; no raw HTML', () => {
    const md = render(report, 'markdown');
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    const cells = rows.map((r) => r.split(/(?<!\\)\|/).length);
    expect(new Set(cells).size).toBe(1);
    expect(md).toContain('=HYPERLINK("x")\\|&lt;script&gt;');
    expect(md).not.toMatch(/<(script|b|minutes|tags)>/);
  });

  it('markdown scorecard: quotes stay quotes, newlines do not start headings or lists', () => {
    const hostile = report.candidates.find((c) => c.candidate === name)!;
    const card = renderScorecard(report, hostile, DEFAULT_RENDER_OPTIONS, 'index.md');
    expect(card).toContain('> \\- a bullet\\\n> \\# not a heading\\\n> &gt; not a quote *(line 9)*');
    expect(card).not.toMatch(/^#{1,6} not/m);
    expect(card).not.toMatch(/<script/);
  });

  it('csv: one row per candidate × clause; formula starters neutralised; the text otherwise intact', () => {
    const csv = render(report, 'csv');
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(report.candidates.length * report.programme.clauses.length);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const hostile = rows.filter((r) => r.candidate === `'${name}`);
    expect(hostile).toHaveLength(report.programme.clauses.length);
    expect(rows.find((r) => r.title === "'@SUM(A1:A2)")).toBeDefined();
    const quoted = hostile.find((r) => r.clause === '2b')!;
    expect(quoted.evidence).toBe('line 7: =SUM(1|2) <script>alert("x")</script> & *not bold*\nline 9: - a bullet\n# not a heading\n> not a quote');
    expect(quoted.needs_review).toBe('yes');
    expect(quoted.note).toBe('\'@reviewer: "quoted" & <b>bold</b>');
  });

  it('json: the text exactly as given (JSON escapes it)', () => {
    const json = JSON.parse(render(report, 'json'));
    expect(json.candidates.map((c: { candidate: string }) => c.candidate)).toContain(name);
  });

  it('export: safe file names for the scorecards and pages', () => {
    const names = exportFiles(report, DEFAULT_RENDER_OPTIONS).map((f) => f.name);
    expect(names).toEqual([
      'index.md',
      'ann-b-lee-b-co.md',
      'hyperlink-x-script.md',
      'index.html',
      'ann-b-lee-b-co.html',
      'hyperlink-x-script.html',
      'scorecards.csv',
      'scorecards.json',
      'pledgecard-export.json',
    ]);
  });
});

describe('json output contract', () => {
  const json = JSON.parse(render(reportOf('example'), 'json'));

  it('lists the programme clauses with id, title, parent and children in programme order', () => {
    expect(Object.keys(json)).toEqual(['$schema', 'version', 'programme', 'incomplete', 'candidates']);
    expect(json.$schema).toBe(REPORT_SCHEMA_ID);
    expect(json.version).toBe(DOCUMENT_VERSION);
    expect(json.programme.scoring).toEqual({ agree: 1, 'agree-with-qualifications': 0.5, declined: 0, 'no-answer': 0 });
    expect(json.programme.reviewThreshold).toBe(0.6);
    expect(json.programme.title).toBe('Action Programme for the Left');
    expect(json.programme.clauses.map((c: { id: string }) => c.id)).toEqual(
      ['1', '2', '3', '3a', '3b', '3c', '3d', '3e', '3f', '3g', '3g.1', '3g.2', '3g.3'],
    );
    expect(json.programme.clauses[9]).toMatchObject({ id: '3g', parent: '3', children: ['3g.1', '3g.2', '3g.3'] });
    expect(json.programme.clauses[0]).toMatchObject({ id: '1', parent: null, children: [] });
  });

  it('gives every candidate score, maxScore, percent, rank and a ruling per clause with the contract keys', () => {
    for (const c of json.candidates) {
      expect(Object.keys(c)).toEqual(['candidate', 'file', 'received', 'score', 'maxScore', 'percent', 'rank', 'rulings']);
      expect(c.received).toBe('2022-08-20');
      expect(c.rulings.map((r: { clause: string }) => r.clause)).toEqual(json.programme.clauses.map((x: { id: string }) => x.id));
      for (const r of c.rulings) {
        expect(Object.keys(r).filter((k) => k !== 'declineKind').slice(0, 8)).toEqual(['clause', 'stance', 'confidence', 'source', 'evidence', 'reason', 'needsReview', 'reviewed']);
        expect(Object.keys(STANCES)).toContain(r.stance);
      }
    }
    // What the schema says is what every document holds.
    expect(() => ReportDocumentSchema.parse(json)).not.toThrow();
  });

  it('keeps the override note', () => {
    const escaping = JSON.parse(render(reportOf('escaping'), 'json'));
    const ruling = escaping.candidates[1].rulings[0];
    expect(ruling).toMatchObject({ clause: '1', source: 'override', reviewed: true, note: 'Said so at the hustings | see <minutes>\n=1+1 on a new line' });
    expect(Object.keys(ruling).at(-1)).toBe('note');
  });
});
