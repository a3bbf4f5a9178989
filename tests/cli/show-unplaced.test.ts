// `show` ends with the statements the parser could place under no clause: where an answer it missed would be.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './spawn.js';
import { readFileSync } from 'node:fs';

function scenario(body: string): string {
  const dir = tempDir('pledgecard-unplaced-');
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'pledges.yaml'), readFileSync(fixture('check-clean', 'pledges.yaml')));
  writeFileSync(path.join(dir, 'data', 'ann.md'), `---\ncandidate: Ann Lee\n---\n${body}\n`);
  return dir;
}

describe('show: statements no clause took', () => {
  it('lists a stance the parser could not place, with its line', () => {
    const dir = scenario('I have always opposed the closure of the swimming baths and I will keep fighting it.\n\n1) Agree.');
    const r = runCli(['show', 'ann'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Statements no clause took');
    expect(r.stdout).toMatch(/line 4: “I have always opposed the closure of the swimming baths/);
  });

  it('says nothing of it when every statement found a clause', () => {
    const r = runCli(['show', 'ann'], scenario('1) Agree.\n\n2) Agree, open meetings are right.'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Statements no clause took');
  });
});
