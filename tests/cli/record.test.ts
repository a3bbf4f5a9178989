// `pledgecard record` through the real bin: each status from a record written for it, one member's view, colour,
// the bundled example, the record's file:line:col problems under `check`, and the export of the record.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordReport, RecordStatus } from '../../src/model/record.js';
import * as pledgecard from '../../src/index.js';
import { runMain } from '../helpers/pledgecard.js';
import { ROOT, runCli, tempDir } from './spawn.js';

const STATUSES = ['--pledges', 'tests/fixtures/record-statuses/pledges.yaml', '--data', 'tests/fixtures/record-statuses/data'];
const ERRORS = ['--pledges', 'tests/fixtures/record-errors/pledges.yaml', '--data', 'tests/fixtures/record-errors/data'];

function statuses(json: string): Record<string, Record<string, RecordStatus>> {
  const record = JSON.parse(json) as RecordReport;
  return Object.fromEntries(record.members.map((m) => [m.member, Object.fromEntries(m.clauses.map((c) => [c.clause, c.status]))]));
}

describe('pledgecard record: the status of each member on each clause', () => {
  const run = runCli(['record', ...STATUSES, '--format', 'json']);
  const got = statuses(run.stdout);

  it('exits 0 with the record on stdout and nothing on stderr', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('kept: voted the way the link says keeps the clause', () => expect(got['Ann Lee']!['2']).toBe('kept'));
  it('broken: voted the other way', () => expect(got['Bo Chan']!['2']).toBe('broken'));
  it('mixed: a report with the votes at one meeting, none at the next', () => expect(got['Ann Lee']!['1']).toBe('mixed'));
  it('not tested: no decision bears on the clause, or the member abstained where abstaining neither keeps nor breaks', () => {
    expect(got['Ann Lee']!['5']).toBe('not-tested');
    expect(got['Bo Chan']!['3']).toBe('not-tested');
  });
  it('not known: a 16–6 tally without names is not known for every member on the body', () => {
    expect([got['Ann Lee']!['4'], got['Bo Chan']!['4'], got['Cy Dee']!['4']]).toEqual(['not-known', 'not-known', 'not-known']);
  });
  it('a report without the votes breaks a pledge to report them; a member off the body is not judged there', () => {
    expect(got['Bo Chan']!['1']).toBe('broken');
    // Cy Dee sat until June 2023: both meetings count, and neither has a report from Cy Dee.
    expect(got['Cy Dee']!['1']).toBe('broken');
    expect(got['Cy Dee']!['2']).toBe('not-known');
  });

  it('the grid and one member’s view as golden files; in-process and spawned agree', async () => {
    const grid = runCli(['record', ...STATUSES]);
    const member = runCli(['record', ...STATUSES, 'ann']);
    expect((await runMain(['record', ...STATUSES, 'ann'])).stdout).toBe(member.stdout);
    await expect(grid.stdout).toMatchFileSnapshot('__snapshots__/record-grid.txt');
    await expect(member.stdout).toMatchFileSnapshot('__snapshots__/record-member.txt');
  });

  it('shows the pledge with its qualification beside the record: before and after', async () => {
    const bo = (await runMain(['record', ...STATUSES, 'Bo Chan'])).stdout;
    expect(bo).toMatch(/3 {2}Fair discipline\n {3}before {2}◐ agrees with qualifications\n {11}note: only once a hearing has been offered\n {3}after {3}· not tested/);
    expect(bo.replace(/\s+/g, ' ')).toContain('only the tally is known (16–6), not how Bo Chan voted');
  });

  it('colour only when asked for: NO_COLOR turns it off, --color turns it on over NO_COLOR', async () => {
    expect(runCli(['record', ...STATUSES]).stdout).not.toContain('\u001b[');
    expect((await runMain(['record', ...STATUSES, '--color'], { env: {} })).stdout).toContain('\u001b[');
    expect((await runMain(['record', ...STATUSES, '--color'], { env: { NO_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await runMain(['record', ...STATUSES, '--no-color'], { env: {} })).stdout).not.toContain('\u001b[');
  });

  it('an unknown member lists the members and exits 2', async () => {
    const r = await runMain(['record', ...STATUSES, 'Nobody']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("no member matches 'Nobody'; the members are:\n  Ann Lee\n  Bo Chan\n  Cy Dee\n");
  });

  it('no record folder: one message naming the file, exit 2', async () => {
    const r = await runMain(['record', '--pledges', 'tests/fixtures/ties/pledges.yaml', '--data', 'tests/fixtures/ties/data']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('pledgecard: no record yet: tests/fixtures/ties/data/record/body.yaml not found (see "The record" in the README, or pledgecard import-record)\n');
  });

  it('every format, the same bytes on every run', async () => {
    for (const format of ['table', 'markdown', 'csv', 'json', 'html']) {
      const a = await runMain(['record', ...STATUSES, '--format', format]);
      expect(a.code, `${format}: ${a.stderr}`).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(100);
      expect((await runMain(['record', ...STATUSES, '--format', format])).stdout).toBe(a.stdout);
    }
  });
});

describe('the record as a library, and --record', () => {
  it('loadRecord and judgeRecord give what the command prints as JSON', async () => {
    const { programme, replies } = pledgecard.requireInputs({ pledges: STATUSES[1]!, data: STATUSES[3]!, cwd: ROOT });
    const report = pledgecard.buildReport(programme, replies);
    const loaded = pledgecard.loadRecord(path.join(ROOT, STATUSES[3]!, 'record'), { programme, candidates: replies.map((r) => r.candidate), cwd: ROOT });
    expect(loaded.diagnostics).toEqual([]);
    const judged = pledgecard.judgeRecord(loaded.record!, report);
    expect(pledgecard.renderRecord(judged, 'json')).toBe((await runMain(['record', ...STATUSES, '--format', 'json'])).stdout);
  });

  it('a --record folder that is not there: exit 2 naming it', async () => {
    const r = await runMain(['record', ...STATUSES, '--record', 'no/such/folder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/folder');
    expect(r.stderr).toContain('record folder not found');
  });
});

describe('pledgecard check on the record', () => {
  it('names each problem by file:line:col and code', () => {
    const r = runCli(['check', ...ERRORS, '--format', 'json']);
    expect(r.code).toBe(1);
    const places = (JSON.parse(r.stdout) as Array<{ file: string; line: number; col: number; code: string }>).map((d) => `${path.basename(d.file)}:${d.line}:${d.col} ${d.code}`);
    expect(places).toEqual([
      '2023-02-01.yaml:12:7 record-unknown-member',
      '2023-02-01.yaml:13:7 record-not-on-body',
      '2023-02-01.yaml:15:19 record-unknown-clause',
      '2023-02-01.yaml:16:9 record-no-source',
      '2023-02-01.yaml:22:13 record-unknown-report',
      '2023-02-01.yaml:23:12 record-tally-mismatch',
      '2023-03-01.yaml:7:13 invalid-value',
      '2023-03-01.yaml:9:9 invalid-value',
      '2023-03-01.yaml:9:24 unknown-key',
      'body.yaml:3:13 record-unknown-clause',
      'body.yaml:8:16 record-unknown-candidate',
    ]);
    expect(r.stdout).toContain("did you mean 'Ann Lee'?");
  });

  it('record and export refuse a broken record with the same problems, exit 1, no stack trace', async () => {
    const r = await runMain(['record', ...ERRORS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('tests/fixtures/record-errors/data/record/2023-02-01.yaml\n  12:7 ');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await runMain(['export', ...ERRORS, '--out', tempDir()])).code).toBe(1);
  });

  it('the bundled example’s record is clean', async () => {
    const r = await runMain(['check']);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stderr).toContain('✔ data/record: 4 members, 5 meetings, 11 decisions; no problems');
  });
});

describe('the bundled example', () => {
  it('shows the after-the-election view with the illustration marked', async () => {
    const r = runCli(['record']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Parts of this record are illustrations');
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/record-example.txt');
    const willsman = (await runMain(['record', 'willsman'])).stdout;
    // The 16-6 vote whose six were never named: not known, never kept or broken.
    expect(willsman).toMatch(/3e +Fair disciplinary procedures\n +before +no reply on file\n +after +\? not known/);
    expect(willsman).toContain('only the tally is known (16–6)');
    const alec = (await runMain(['record', 'alec'])).stdout;
    expect(alec).toContain('(illustration)');
  });

  it('npm start shows the scorecards and then the record', async () => {
    const start = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(start.status, start.stderr).toBe(0);
    const score = (await runMain([])).stdout;
    const record = (await runMain(['record'])).stdout;
    expect(start.stdout).toBe(score + record);
  });

  it('export writes the record beside the scorecards, linked from both indexes, and --check holds it current', async () => {
    const out = tempDir();
    const r = await runMain(['export', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(out, 'record')).sort()).toEqual([
      'alec-price.md',
      'carol-spedding-taylor.md',
      'crispin-flintoff.md',
      'index.md',
      'peter-willsman.md',
      'record.csv',
      'record.json',
    ]);
    expect(readFileSync(path.join(out, 'index.md'), 'utf8')).toContain('](record/index.md)');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<a href="record.html">');
    const json = JSON.parse(readFileSync(path.join(out, 'record', 'record.json'), 'utf8')) as RecordReport & { recordVersion: number };
    expect(json.recordVersion).toBe(1);
    expect(json.members.map((m) => m.member)).toEqual(['Alec Price', 'Carol Spedding-Taylor', 'Crispin Flintoff', 'Peter Willsman']);
    const csv = readFileSync(path.join(out, 'record', 'record.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('member,reply,clause,title,pledge,status,date,meeting,decision,result,tally,part,outcome,why,sources,illustration');
    expect(readFileSync(path.join(out, 'record', 'alec-price.md'), 'utf8')).toContain('| 3e Fair disciplinary procedures | ◐ agrees with qualifications | ✘ broken |');
    expect(runCli(['export', '--out', out, '--check']).code).toBe(0);
    expect(readFileSync(path.join(out, 'record.html'), 'utf8')).toContain('<a href="index.html">');
  });
});
