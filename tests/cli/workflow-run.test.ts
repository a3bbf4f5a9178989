// The README workflow's pledgecard steps, run for real on a programme fresh from `pledgecard init`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, tempDir } from './spawn.js';

const workflow = parse(readFileSync(path.join(ROOT, 'examples', 'github-workflow.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Array<{ run?: string }> }>;
};
const commands = Object.values(workflow.jobs)[0]!.steps.flatMap((s) => (s.run?.trim().startsWith('pledgecard ') ? [s.run.trim()] : []));

it('passes every pledgecard step of the workflow on an initialised repository with committed scorecards', () => {
  const repo = tempDir();
  expect(runCli(['init'], repo).code).toBe(0);
  expect(runCli(['export', '--out', 'scorecards'], repo).code).toBe(0);
  expect(commands.length).toBeGreaterThanOrEqual(2);
  for (const command of commands) {
    const r = runCli(command.split(/\s+/).slice(1), repo, { GITHUB_WORKSPACE: repo });
    expect(r.code, `${command}\n${r.stdout}${r.stderr}`).toBe(0);
  }
  expect(existsSync(path.join(repo, 'scorecards', 'index.html'))).toBe(true);
});
