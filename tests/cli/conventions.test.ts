// Command-line conventions through the real CLI: --color beats NO_COLOR, --verbose says more for every command, the
// format from --out's name, warnings for options a format ignores, `help` with a typo, forgiving name look-up, init's
// explanations, and the closing line about rulings that need review.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/pledgecard.js';
import { ROOT, runCli, tempDir } from './spawn.js';

const ESC = '\u001b[';

describe('colour', () => {
  it('--color beats NO_COLOR, and NO_COLOR beats the terminal', async () => {
    expect((await runMain(['--color', 'score'], { env: { NO_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runMain(['score', '--color'], { env: { NO_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runMain(['score'], { env: { NO_COLOR: '1' }, tty: true })).stdout).not.toContain(ESC);
    expect((await runMain(['--no-color', 'score'], { env: { FORCE_COLOR: '1' }, tty: true })).stdout).not.toContain(ESC);
  });
});

describe('--verbose', () => {
  const dir = tempDir('pledgecard-verbose-');
  it.each([
    ['check', ['check'], /read pledges\.yaml: 13 clauses/],
    ['score', ['score'], /read 6 replies in data\//],
    ['show', ['show', 'alec'], /read 6 replies in data\//],
    ['export', ['export', '--out', path.join(dir, 'site')], /(wrote|current) .*index\.html/],
    ['import', ['import', 'tests/fixtures/import/email-thread.txt', '--out', path.join(dir, 'imported')], /^ {2}\S.*\n/m],
    ['init', ['init', path.join(dir, 'new')], /init in .*: 0 replies in data\/ already/],
  ])('%s says more than without it', async (_, args, more) => {
    // Each run of init gets a folder of its own, or the second would find the first's files.
    const quiet = await runMain((args as string[]).map((a) => a.replace(/new$/, 'new-quiet')));
    const loud = await runMain(['--verbose', ...(args as string[])]);
    expect(loud.stderr).toMatch(more);
    expect(loud.stderr.length).toBeGreaterThan(quiet.stderr.length);
  });

  it('is accepted after the command too, by the real bin', () => {
    expect(runCli(['score', '--verbose']).stderr).toMatch(/read 6 replies/);
  });
});

describe('score --out FILE', () => {
  const dir = tempDir('pledgecard-out-');
  it.each([
    ['report.html', /^<!doctype html>/],
    ['report.json', /^\{\n {2}"\$schema"/],
    ['report.md', /^# Action Programme for the Left/],
    ['report.csv', /^\ufeffcandidate,file,/],
    ['report.txt', /^Action Programme for the Left\n┌/],
  ])('%s: the format from the name when --format is not given', async (name, start) => {
    const run = await runMain(['score', '--out', path.join(dir, name)]);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, name), 'utf8')).toMatch(start);
  });

  it('--format wins over the name', async () => {
    await runMain(['score', '--format', 'json', '--out', path.join(dir, 'odd.html')]);
    expect(readFileSync(path.join(dir, 'odd.html'), 'utf8')).toMatch(/^\{/);
  });

  it('warns about options the format ignores, and still writes', async () => {
    const run = await runMain(['score', '--format', 'json', '--depth', '1', '--date', '2024-01-01', '--bom']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: --depth does not apply to --format json; ignored');
    expect(run.stderr).toContain('warning: --date does not apply to --format json; ignored');
    expect(run.stderr).toContain('warning: --bom does not apply to --format json; ignored');
    expect((await runMain(['score', '--format', 'markdown', '--depth', '1'])).stderr).not.toContain('warning');
  });

  it('ends with one line on stderr: how many rulings need review in how many replies, and how to settle them', () => {
    const run = runCli(['score', '--pledges', 'tests/fixtures/check-needs-review/pledges.yaml', '--data', 'tests/fixtures/check-needs-review/data']);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^\d+ rulings? in \d+ repl(y|ies) needs? review: settle (it|them) with pledgecard review$/);
    // The bundled example: every doubtful ruling is settled in data/, so nothing is said.
    expect(runCli(['score']).stderr).toBe('');
  });
});

describe('finding commands and candidates', () => {
  it('help scroe suggests score and exits 2', () => {
    const run = runCli(['help', 'scroe']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'scroe' (did you mean 'score'?)");
    expect(runCli(['help', 'score']).code).toBe(0);
  });

  it('show finds names without their accents and whatever joins their parts', async () => {
    const dir = tempDir('pledgecard-names-');
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'pledges.yaml'), readFileSync(path.join(ROOT, 'pledges.yaml')));
    writeFileSync(path.join(dir, 'data', 'jose.md'), '---\ncandidate: José Álvarez\n---\n1) Agree.\n');
    writeFileSync(path.join(dir, 'data', 'zoe.md'), '---\ncandidate: Zoë O’Neill-Smith\n---\n1) Agree.\n');
    expect(runCli(['show', 'jose'], dir).stdout).toMatch(/^José Álvarez/);
    expect((await runMain(['show', 'JOSE ALVAREZ'], { cwd: dir })).stdout).toMatch(/^José Álvarez/);
    expect((await runMain(['show', 'neill smith'], { cwd: dir })).stdout).toMatch(/^Zoë O’Neill-Smith/);
    expect((await runMain(['show', 'spedding taylor'])).stdout).toMatch(/^Carol Spedding-Taylor/);
  });
});

describe('init', () => {
  it('explains when its target is a file, and exits 2 writing nothing', () => {
    const dir = tempDir('pledgecard-init-');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const run = runCli(['init', 'notes.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('notes.txt is a file: init creates pledges.yaml and a data/ folder inside a folder');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('adds no example reply to a data folder that already has replies', () => {
    const dir = tempDir('pledgecard-init-');
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'data', 'ann-lee.md'), '---\ncandidate: Ann Lee\n---\nYes.\n');
    const run = runCli(['init'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'data'))).toEqual(['ann-lee.md']);
    expect(run.stderr).toContain('left out data/example.md');
    expect(readdirSync(dir).sort()).toEqual(['data', 'pledges.yaml']);
  });
});
