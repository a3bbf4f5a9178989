// The score and show commands as a table of cases, each run through the real bin and through main() in-process:
// both must agree, and their exit code, stdout and stderr are kept as golden files (colour off).
import { describe, expect, it } from 'vitest';
import { inputArgs, runBin, runMain, type Run } from '../helpers/pledgecard.js';

interface Case {
  name: string;
  args: string[];
  exitCode: number;
}

const ties = inputArgs('ties');
const example = inputArgs('example');

const CASES: Case[] = [
  { name: 'default-command', args: [...ties], exitCode: 0 },
  { name: 'score-table', args: ['score', ...ties], exitCode: 0 },
  { name: 'score-table-sort-name', args: ['score', ...ties, '--sort', 'name'], exitCode: 0 },
  { name: 'score-markdown', args: ['score', ...ties, '--format', 'markdown'], exitCode: 0 },
  { name: 'score-csv', args: ['score', ...ties, '--format', 'csv'], exitCode: 0 },
  { name: 'score-json', args: ['score', ...ties, '--format', 'json'], exitCode: 0 },
  { name: 'score-markdown-date', args: ['score', ...ties, '--format', 'markdown', '--date', '2022-09-01'], exitCode: 0 },
  { name: 'score-example', args: ['score', ...example], exitCode: 0 },
  { name: 'score-example-depth-1', args: ['score', ...example, '--depth', '1'], exitCode: 0 },
  { name: 'score-example-clauses', args: ['score', ...example, '--clauses', '3a, 3b,3g.1'], exitCode: 0 },
  { name: 'score-unknown-clause', args: ['score', ...example, '--clauses', '3a,3z'], exitCode: 2 },
  { name: 'score-bad-depth', args: ['score', ...example, '--depth', '0'], exitCode: 2 },
  { name: 'score-bad-format', args: ['score', ...example, '--format', 'pdf'], exitCode: 2 },
  { name: 'score-missing-programme', args: ['score', '--pledges', 'missing.yaml'], exitCode: 2 },
  { name: 'show-name', args: ['show', ...ties, 'amy brown'], exitCode: 0 },
  { name: 'show-part', args: ['show', ...ties, 'ZED'], exitCode: 0 },
  { name: 'show-file', args: ['show', ...ties, 'tests/fixtures/ties/data/c-top.md'], exitCode: 0 },
  { name: 'show-json', args: ['show', ...inputArgs('escaping'), 'hyperlink', '--format', 'json'], exitCode: 0 },
  { name: 'show-override-note', args: ['show', ...inputArgs('escaping'), 'HYPERLINK'], exitCode: 0 },
  { name: 'show-ambiguous', args: ['show', ...ties, 'a'], exitCode: 2 },
  { name: 'show-unknown', args: ['show', ...ties, 'Nobody'], exitCode: 2 },
  { name: 'show-example', args: ['show', ...example, 'silverman'], exitCode: 0 },
];

function transcript(run: Run): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}

describe('pledgecard CLI cases', () => {
  it.each(CASES)('$name', async ({ name, args, exitCode }) => {
    const bin = runBin(args);
    const inProcess = await runMain(args);
    expect(bin.code).toBe(exitCode);
    expect(transcript(inProcess)).toBe(transcript(bin));
    await expect(transcript(bin)).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
  });
});
