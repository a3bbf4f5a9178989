// The README's GitHub Actions workflow: valid YAML with the steps it promises, and the same as the example file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const file = readFileSync(`${root}examples/github-workflow.yml`, 'utf8');
const readme = readFileSync(`${root}README.md`, 'utf8');

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe('examples/github-workflow.yml', () => {
  const workflow = parse(file, { strict: true, uniqueKeys: true }) as {
    on: Record<string, unknown>;
    jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
  };
  const steps = Object.values(workflow.jobs)[0]!.steps;
  const index = (test: (s: Step) => boolean): number => steps.findIndex(test);

  it('runs on pushes and pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('checks out, sets up Node 20, installs pledgecard, checks strictly with annotations, checks the export, uploads the scorecards', () => {
    const order = [
      index((s) => /^actions\/checkout@v\d+$/.test(s.uses ?? '')),
      index((s) => /^actions\/setup-node@v\d+$/.test(s.uses ?? '') && String(s.with?.['node-version']) === '20'),
      index((s) => /^npm install -g \S*pledgecard\b/.test(s.run ?? '')),
      index((s) => s.run?.trim() === 'pledgecard check --strict --format github'),
      index((s) => s.run?.trim() === 'pledgecard export --out scorecards --check'),
      index((s) => /^actions\/upload-artifact@v\d+$/.test(s.uses ?? '') && s.with?.path === 'scorecards/'),
    ];
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('is the workflow the README shows, character for character', () => {
    const section = readme.slice(readme.indexOf('## Use in CI'));
    const fenced = /```yaml\n([\s\S]*?)```/.exec(section);
    expect(fenced?.[1]).toBe(file);
  });
});
