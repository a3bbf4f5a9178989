// `pledgecard import-record` end to end: a member's prose report and a CSV of votes drafted as meeting files, which
// pass `check` once the members are in body.yaml; an existing file is never overwritten.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/pledgecard.js';
import { fixture, runCli, tempDir } from './spawn.js';

const REPORT = fixture('import-record', 'report.txt');
const VOTES = fixture('import-record', 'votes.csv');

/** A folder with the record-statuses programme and replies, and a body of Ann Lee and Bo Chan from 2023. */
function workspace(): string {
  const dir = tempDir();
  cpSync(fixture('record-statuses', 'pledges.yaml'), path.join(dir, 'pledges.yaml'));
  mkdirSync(path.join(dir, 'data', 'record'), { recursive: true });
  for (const f of ['ann-lee.md', 'bo-chan.md']) cpSync(fixture('record-statuses', 'data', f), path.join(dir, 'data', f));
  writeFileSync(path.join(dir, 'data', 'record', 'body.yaml'), 'body: Council\nmembers:\n  - { name: Ann Lee, from: 2023-01-01 }\n  - { name: Bo Chan, from: 2023-01-01 }\n');
  return dir;
}

describe('import-record of a member’s report', () => {
  it('splits the report into decisions with the reporter as source, result and tally from the words', async () => {
    const r = await runMain(['import-record', REPORT, '--dry-run', '--source', 'https://example.org/ann']);
    expect(r.code, r.stderr).toBe(0);
    const [draft] = parseAllDocuments(r.stdout).map((d) => d.toJS() as { meeting: string; date: string; reports: unknown[]; decisions: Array<Record<string, unknown>> });
    expect(draft!.date).toBe('2023-03-14');
    expect(draft!.meeting).toBe('Council meeting 14 March 2023');
    expect(draft!.reports).toEqual([{ id: 'ann-lee', by: 'Ann Lee', where: 'https://example.org/ann' }]);
    const brief = draft!.decisions.map((d) => [d.title, d.result, d.tally ?? null, d.proposer ?? null, d.report]);
    expect(brief).toEqual([
      ["Every councillor's votes should be published within a week", 'carried', 'unanimous', 'Ann Lee', 'ann-lee'],
      ['The motion to close two libraries was defeated by 9 votes to 12', 'defeated', { for: 9, against: 12 }, null, 'ann-lee'],
      ['Standing Orders', 'carried', null, null, 'ann-lee'],
      ['Committee places', 'withdrawn', null, null, 'ann-lee'],
    ]);
    expect(draft!.decisions[0]!.votes).toEqual({ 'Ann Lee': 'for' });
    // The comment thread below the report is not part of it.
    expect(r.stdout).not.toContain('at last');
  });

  it('writes the draft where no file is, which check accepts; a second run overwrites nothing and exits 1', () => {
    const dir = workspace();
    const first = runCli(['import-record', REPORT, '--out', 'data/record'], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('wrote data/record/2023-03-14-council-meeting-14-march-2023.yaml: 4 decisions to complete');
    const file = path.join(dir, 'data', 'record', '2023-03-14-council-meeting-14-march-2023.yaml');
    expect(readFileSync(file, 'utf8')).toMatch(/^# Draft made by pledgecard import-record/);
    expect(runCli(['check'], dir).code).toBe(0);
    writeFileSync(file, `${readFileSync(file, 'utf8')}# reviewed\n`);
    const again = runCli(['import-record', REPORT, '--out', 'data/record'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already: not overwritten');
    expect(readFileSync(file, 'utf8')).toMatch(/# reviewed\n$/);
  });
});

describe('import-record of a CSV of votes', () => {
  it('drafts a meeting file per meeting with each member’s vote, leaves out rows it cannot read, and check accepts them', async () => {
    const dir = workspace();
    const r = await runMain(['import-record', VOTES], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/7:1 +warning +row left out: vote "maybe"/);
    const files = readdirSync(path.join(dir, 'data', 'record')).sort();
    expect(files).toEqual(['2023-03-14-council-meeting.yaml', '2023-04-11-council-meeting.yaml', 'body.yaml']);
    const march = parseAllDocuments(readFileSync(path.join(dir, 'data', 'record', files[0]!), 'utf8'))[0]!.toJS() as { decisions: Array<{ title: string; votes: Record<string, string> }> };
    expect(march.decisions.map((d) => [d.title, d.votes])).toEqual([
      ["Publish councillors' votes", { 'Ann Lee': 'for', 'Bo Chan': 'for' }],
      ['Close two libraries', { 'Ann Lee': 'against', 'Bo Chan': 'abstained' }],
    ]);
    expect((await runMain(['check'], { cwd: dir })).code).toBe(0);
  });

  it('a CSV without the columns it needs: one message naming them, exit 1', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'v.csv'), 'when,who\n2023-01-01,Ann\n');
    const r = await runMain(['import-record', 'v.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no date, decision, member, vote column');
  });
});
