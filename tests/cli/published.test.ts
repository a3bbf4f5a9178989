// What an organiser publishes, through the real CLI: Markdown that a CommonMark renderer shows as the reply's own
// text, received and source in every scorecard, candidate details, reviewed rulings marked in every format, CSV for
// spreadsheets, and JSON documents that follow their committed, generated schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateDocumentSchema, jsonSchemas, ReportDocumentSchema, schemaText } from '../../src/model/report-document.js';
import { CSV_COLUMNS } from '../../src/render/csv.js';
import { inputArgs, runMain } from '../helpers/pledgecard.js';
import { ROOT, runCli, tempDir } from './spawn.js';

const published = inputArgs('published');
const ties = inputArgs('ties');

/** Text content of HTML, tags dropped and the five entities markdown-it writes decoded. */
function text(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

describe('an export of replies that look like Markdown', () => {
  let site: string;
  let report: { candidates: Array<{ candidate: string; rulings: Array<{ evidence: Array<{ quote: string }> }> }> };
  beforeAll(() => {
    site = path.join(tempDir('pledgecard-published-'), 'site');
    const run = runCli(['export', ...published, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    report = JSON.parse(readFileSync(path.join(site, 'scorecards.json'), 'utf8'));
  });
  const read = (name: string): string => readFileSync(path.join(site, name), 'utf8');

  it('scorecards quote the reply’s own text as a CommonMark renderer shows it: no stray backslashes, no markup', () => {
    const md = new MarkdownIt();
    for (const [file, candidate] of [['nia-okafor.md', 'Nia Okafor'], ['sam-reid.md', 'Sam Reid']] as const) {
      const html = md.render(read(file));
      const quotes = [...html.matchAll(/<blockquote>\n?([\s\S]*?)<\/blockquote>/g)].map((m) => text(m[1]!).trim().replace(/\s*\(line \d+\)$/, ''));
      const evidence = report.candidates.find((c) => c.candidate === candidate)!.rulings.flatMap((r) => r.evidence.map((e) => e.quote.trim()));
      expect(evidence.length).toBeGreaterThanOrEqual(2);
      for (const quote of evidence) expect(quotes, `${file}: ${quote}`).toContain(quote);
      expect(html).not.toMatch(/<(h1|h2|ol|li|em|strong|a) [^>]*>?[^<]*(Not a heading|without fail|promise)/);
      expect(text(html)).not.toMatch(/\\\d|\\[.)]/);
    }
    expect(read('nia-okafor.md')).toContain('> 1\\) I will publish a report after every meeting, \\*without fail\\*. *(line 12)*');
  });

  it('every scorecard shows when the reply was received and where it came from, as a link', () => {
    expect(read('nia-okafor.md')).toContain('- Received: 2024-05-03\n- Source: <https://example.org/replies/nia>');
    expect(read('sam-reid.md')).toContain('- Received: 2024-05-04\n- Source: not recorded');
    expect(read('nia-okafor.html')).toContain('<dt>Source</dt><dd><a href="https://example.org/replies/nia" rel="nofollow noopener">');
    expect(read('nia-okafor.html')).toContain('<time datetime="2024-05-03">');
  });

  it('shows the details an organiser keeps, and never publishes the email address', () => {
    expect(read('nia-okafor.md')).toContain('Green Party · Northfield · Left Unity');
    expect(read('index.html')).toContain('<span class="who">Green Party · Northfield · Left Unity</span>');
    expect(read('nia-okafor.html')).toContain('<img class="photo" src="https://example.org/nia.jpg"');
    const nia = JSON.parse(read('scorecards.json')).candidates.find((c: { candidate: string }) => c.candidate === 'Nia Okafor');
    expect(nia.details).toEqual({ party: 'Green Party', ward: 'Northfield', slate: 'Left Unity', photo: 'https://example.org/nia.jpg' });
    for (const name of ['index.md', 'index.html', 'nia-okafor.md', 'nia-okafor.html', 'scorecards.csv', 'scorecards.json']) expect(read(name), name).not.toContain('nia@example.org');
  });

  it('a reviewed ruling says so in the scorecard, the page and the index', () => {
    expect(read('sam-reid.md')).toMatch(/## 2 Open meetings\n\n✘ \*\*declined\*\*, confidence 1\.00, source: override, reviewed/);
    expect(read('sam-reid.html')).toContain('<em>Reviewed by the organisers.</em> said no at the hustings');
    expect(read('index.md')).toMatch(/\[Sam Reid\]\(sam-reid\.md\) \|[^\n]*✘✎/);
  });
});

describe('front matter an organiser writes', () => {
  const dir = tempDir('pledgecard-front-');
  writeFileSync(path.join(dir, 'pledges.yaml'), readFileSync(path.join(ROOT, 'tests/fixtures/published/pledges.yaml')));
  let n = 0;
  /** `check` on one reply with this front matter after `candidate:`: each problem as `line:col code message`. */
  const check = async (front: string): Promise<string[]> => {
    const data = path.join(dir, `data-${n++}`);
    mkdirSync(data);
    writeFileSync(path.join(data, 'ann-lee.md'), `---\ncandidate: Ann Lee\n${front}---\n1) Agree.\n`);
    const run = await runMain(['check', '--format', 'json', '--data', data], { cwd: dir });
    return (JSON.parse(run.stdout) as Array<{ line: number; col: number; code: string; message: string }>).map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);
  };

  it('received must be a real date, written year-month-day', async () => {
    expect(await check('received: 2024-05-03\n')).toEqual([]);
    expect(await check('received: 2024-02-30\n')).toEqual(['3:11 invalid-value received is a date written year-month-day, such as 2022-08-20']);
    expect(await check('received: 3rd May\n')).toEqual(['3:11 invalid-value received is a date written year-month-day, such as 2022-08-20']);
  });

  it('details take party, ward, slate, email and photo; anything else is an unknown key with a suggestion', async () => {
    expect(await check('details:\n  party: Labour\n  ward: 3\n  email: ann@example.org\n  photo: https://example.org/a.png\n')).toEqual([]);
    expect((await check('details:\n  partty: Labour\n'))[0]).toMatch(/^4:3 unknown-key .*did you mean 'party'/);
    expect((await check('details:\n  photo: javascript:alert(1)\n'))[0]).toMatch(/^4:10 invalid-value photo is the address of a picture/);
    expect((await check('details:\n  email: not an address\n'))[0]).toMatch(/^4:10 invalid-value email is an address/);
  });
});

describe('reviewed rulings are marked in every format', () => {
  // Every ruling of Mo Top is written in the reply file's front matter.
  it.each([
    ['table', (out: string) => expect(out).toMatch(/│ 1 │ Mo Top +│ ✔✎ │/)],
    ['markdown', (out: string) => expect(out).toContain('| 1 | Mo Top | ✔✎ | ✔✎ | ✔✎ | ✘✎ |')],
    ['html', (out: string) => expect(out).toMatch(/Mo Top[\s\S]*?<span aria-hidden="true">✔✎<\/span><span class="sr">1: agrees, reviewed by the organisers<\/span>/)],
    ['csv', (out: string) => expect((parse(out, { columns: true }) as Array<Record<string, string>>).filter((r) => r.candidate === 'Mo Top').map((r) => r.reviewed)).toEqual(['yes', 'yes', 'yes', 'yes'])],
    ['json', (out: string) => expect(JSON.parse(out).candidates[0].rulings.map((r: { reviewed: boolean }) => r.reviewed)).toEqual([true, true, true, true])],
  ])('%s', async (format, check) => {
    const run = await runMain(['score', ...ties, '--format', format]);
    expect(run.code).toBe(0);
    check(run.stdout);
  });
});

describe('CSV for spreadsheets', () => {
  it('a file starts with a UTF-8 byte-order mark, so Excel reads accents right, and the columns are the README’s', () => {
    const file = path.join(tempDir('pledgecard-csv-'), 'scores.csv');
    expect(runCli(['score', ...published, '--out', file]).code).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.candidate)).toContain('Nia Okafor');
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const row = readme.split('\n').find((l) => l.startsWith('| `csv` |'))!;
    expect([...row.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]).slice(1)).toEqual([...CSV_COLUMNS]);
  });
});

describe('the JSON documents and their schema', () => {
  it('schema/*.schema.json are what the zod schemas generate (run npm run schema after changing them)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      expect(readFileSync(path.join(ROOT, 'schema', name), 'utf8'), `schema/${name} is stale: run npm run schema`).toBe(schemaText(schema));
    }
  });

  it('score and show write documents that follow them, with $schema and version first', () => {
    const report = JSON.parse(runCli(['score', '--format', 'json']).stdout);
    expect(Object.keys(report).slice(0, 2)).toEqual(['$schema', 'version']);
    expect(() => ReportDocumentSchema.parse(report)).not.toThrow();
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    expect(report.$schema).toBe(schema.$id);
    const one = JSON.parse(runCli(['show', 'alec', '--format', 'json']).stdout);
    expect(() => CandidateDocumentSchema.parse(one)).not.toThrow();
    expect(one.programme).toEqual({ title: 'Action Programme for the Left', scoring: report.programme.scoring, reviewThreshold: 0.6 });
  });
});
