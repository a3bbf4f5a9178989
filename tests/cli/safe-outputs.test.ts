// Nothing a user wrote is ever lost, through the real CLI: no output over or inside the inputs, failed writes end in
// one line and exit 2, a broken reply stops nobody else, export keeps track of its files, names in any script get
// stable file names, and hostile sizes cost little.
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from '../helpers/pledgecard.js';
import { BIN, fixture, runCli, tempDir, type CliRun } from './spawn.js';

/** A programme of two clauses, "1" and "2". */
const PROGRAMME = readFileSync(fixture('check-clean', 'pledges.yaml'), 'utf8');

/** A folder holding pledges.yaml and data/ with the given files (paths relative to the folder). */
function scenario(files: Record<string, string>, programme = PROGRAMME): string {
  const dir = tempDir('pledgecard-safe-');
  mkdirSync(path.join(dir, 'data'));
  for (const [name, content] of Object.entries({ 'pledges.yaml': programme, ...files })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const reply = (name: string, body = '1) Agree. 2) Agree.'): string => `---\ncandidate: ${name}\nreceived: 2024-05-03\n---\n${body}\n`;

/** Every file below `dir` with its bytes, to show that a refused run changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = readFileSync(full, 'latin1');
    }
  };
  walk(dir);
  return out;
}

/** One clear line, no stack trace. */
function oneLine(run: CliRun): string {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  return run.stderr;
}

describe('outputs never touch the inputs', () => {
  const cases: Array<[string, (dir: string) => string[]]> = [
    ['score --out onto a reply', () => ['score', '--out', 'data/ann-lee.md']],
    ['score --out onto the programme', () => ['score', '--out', 'pledges.yaml']],
    ['score --out a new file inside the data folder', () => ['score', '--format', 'html', '--out', 'data/report.html']],
    ['score --out through a link to a reply', (dir) => (symlinkSync(path.join(dir, 'data/ann-lee.md'), path.join(dir, 'link.md')), ['score', '--out', 'link.md'])],
    ['score --out onto a hard link of the programme', (dir) => (linkSync(path.join(dir, 'pledges.yaml'), path.join(dir, 'copy.txt')), ['score', '--out', 'copy.txt'])],
    ['export --out the data folder itself', () => ['export', '--out', 'data']],
  ];

  it.each(cases)('%s: refused with exit 2, every file as it was, and later runs still work', async (_, args) => {
    const dir = scenario({ 'data/ann-lee.md': reply('Ann Lee'), 'data/bo-chan.md': reply('Bo Chan') });
    const command = args(dir);
    const before = snapshot(dir);
    const run = runCli(command, dir);
    expect(run.code).toBe(2);
    expect(oneLine(run)).toMatch(/^pledgecard: --out \S+ is (the programme|a reply|inside the data folder)/);
    expect(snapshot(dir)).toEqual(before);
    expect((await runMain(['check'], { cwd: dir })).code).toBe(0);
  });
});

describe('a failed write', () => {
  const dir = scenario({ 'data/ann-lee.md': reply('Ann Lee') });

  it('to a full disk (--out /dev/full): one line naming the file and the reason, exit 2', () => {
    const run = runCli(['score', '--format', 'csv', '--out', '/dev/full'], dir);
    expect(run.code).toBe(2);
    expect(oneLine(run)).toBe('pledgecard: cannot write /dev/full: no space left on the device (ENOSPC)\n');
  });

  it('to standard output on a full disk (> /dev/full): one line, exit 2', () => {
    const r = spawnSync('sh', ['-c', '"$0" "$1" score --format json > /dev/full', process.execPath, BIN], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(oneLine({ code: r.status, stdout: r.stdout, stderr: r.stderr })).toBe('pledgecard: cannot write to standard output: no space left on the device (ENOSPC)\n');
  });

  it('where no file can be made: one line, exit 2, nothing left behind', () => {
    const run = runCli(['score', '--out', 'data-is-not-here/../pledges.yaml/x.csv'], dir);
    expect(run.code).toBe(2);
    expect(oneLine(run)).toMatch(/^pledgecard: cannot write .*x\.csv: /);
    expect(readdirSync(dir).sort()).toEqual(['data', 'pledges.yaml']);
  });

  it('a reader that stops early (| head) is not an error: exit 0, nothing on stderr', () => {
    const many = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`data/c${i}.md`, reply(`Candidate Number${i}`)]));
    const big = scenario(many);
    const r = spawnSync('bash', ['-c', '"$0" "$1" score --format json | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}" >&2', process.execPath, BIN], { cwd: big, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr.replace(/^\d+ rulings? in .*\n/m, '')).toBe('0\n');
  });
});

describe('one broken reply stops nobody else', () => {
  const files = { 'data/ann-lee.md': reply('Ann Lee'), 'data/bo-chan.md': '---\ncandidate: Bo Chan\nreceived: last Tuesday\n---\nYes.\n', 'data/cy-dee.md': reply('Cy Dee', '1) No.') };

  it('score shows everyone else, names the file and line, exits 1, and marks the report incomplete', async () => {
    const dir = scenario(files);
    const run = runCli(['score', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/data\/bo-chan\.md\n {2}3:11 +error +received is a date/);
    const json = JSON.parse(run.stdout);
    expect(json.candidates.map((c: { candidate: string }) => c.candidate).sort()).toEqual(['Ann Lee', 'Cy Dee']);
    expect(json.incomplete).toEqual([{ file: 'data/bo-chan.md', line: 3, col: 11, code: 'invalid-value', message: expect.stringContaining('received is a date') }]);
    const table = await runMain(['score'], { cwd: dir });
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('Incomplete: 1 reply could not be read');
  });

  it('show finds the others and exits 1', async () => {
    const run = await runMain(['show', 'ann'], { cwd: scenario(files) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Ann Lee');
    expect(run.stderr).toContain('data/bo-chan.md');
  });

  it('export refuses rather than drop a candidate; --partial writes it, marked incomplete on every page', async () => {
    const dir = scenario(files);
    const refused = await runMain(['export', '--out', 'site'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing written');
    expect(existsSync(path.join(dir, 'site'))).toBe(false);
    const partial = await runMain(['export', '--out', 'site', '--partial'], { cwd: dir });
    expect(partial.code).toBe(1);
    for (const file of ['index.md', 'index.html', 'ann-lee.md', 'ann-lee.html']) {
      expect(readFileSync(path.join(dir, 'site', file), 'utf8'), file).toMatch(/Incomplete:?<?\/?s?t?r?o?n?g?>? 1 reply could not be read/);
    }
    expect(JSON.parse(readFileSync(path.join(dir, 'site', 'scorecards.json'), 'utf8')).incomplete).toHaveLength(1);
  });
});

describe('export keeps track of what it wrote', () => {
  it('removes the files of a removed candidate, flags them under --check, and never touches files it did not write', async () => {
    const dir = scenario({ 'data/ann-lee.md': reply('Ann Lee'), 'data/bo-chan.md': reply('Bo Chan') });
    const exportTo = (...more: string[]) => runMain(['export', '--out', 'site', ...more], { cwd: dir });
    expect((await exportTo()).code).toBe(0);
    writeFileSync(path.join(dir, 'site', 'notes.md'), 'mine');
    writeFileSync(path.join(dir, 'data', 'bo-chan.md'), '---\ncandidate: Bo Chan\n---\nmoved\n');
    renameSync(path.join(dir, 'data', 'bo-chan.md'), path.join(dir, 'bo-chan.md.bak'));
    const check = await exportTo('--check');
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n').filter((l) => l.startsWith('stale')).sort()).toEqual(['stale    site/bo-chan.html', 'stale    site/bo-chan.md']);
    const again = await exportTo();
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('removed site/bo-chan.md (no longer part of the export)');
    expect(readdirSync(path.join(dir, 'site')).sort()).toEqual(
      ['ann-lee.html', 'ann-lee.md', 'index.html', 'index.md', 'notes.md', 'pledgecard-export.json', 'scorecards.csv', 'scorecards.json'],
    );
    expect((await exportTo('--check')).code).toBe(0);
  });

  it('removes nothing a tampered list names outside its own kind of file', async () => {
    const dir = scenario({ 'data/ann-lee.md': reply('Ann Lee') });
    mkdirSync(path.join(dir, 'site'));
    writeFileSync(path.join(dir, 'site', 'pledgecard-export.json'), JSON.stringify({ generator: 'pledgecard', files: ['../pledges.yaml', '.hidden.md', 'keep.txt', '/etc/hostname'] }));
    writeFileSync(path.join(dir, 'site', 'keep.txt'), 'mine');
    writeFileSync(path.join(dir, 'site', '.hidden.md'), 'mine');
    expect((await runMain(['export', '--out', 'site'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'pledges.yaml'), 'utf8')).toBe(PROGRAMME);
    expect(readFileSync(path.join(dir, 'site', 'keep.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(path.join(dir, 'site', '.hidden.md'), 'utf8')).toBe('mine');
  });

  it('gives names in any script transliterated file names that stay put when candidates come and go', async () => {
    const dir = scenario({ 'data/zhang.md': reply('张伟'), 'data/ivan.md': reply('Иван Петров'), 'data/jose.md': reply('José Álvarez'), 'data/emoji.md': reply('🌻') });
    expect((await runMain(['export', '--out', 'site'], { cwd: dir })).code).toBe(0);
    const pages = (): string[] => readdirSync(path.join(dir, 'site')).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
    expect(pages()).toEqual(['emoji.html', 'ivan-petrov.html', 'jose-alvarez.html', 'zhang-wei.html']);
    writeFileSync(path.join(dir, 'data', 'eleni.md'), reply('Ελένη'));
    writeFileSync(path.join(dir, 'data', 'another.md'), reply('🌼'));
    expect((await runMain(['export', '--out', 'site'], { cwd: dir })).code).toBe(0);
    expect(pages()).toEqual(['another.html', 'eleni.html', 'emoji.html', 'ivan-petrov.html', 'jose-alvarez.html', 'zhang-wei.html']);
  });
});

describe('hostile sizes', () => {
  // How long these take is measured by npm run bench (BENCHMARKS.md, "Hostile sizes"), never asserted here.
  it('a 3,000-character candidate name: every command runs, and the table stays within 80 columns', () => {
    const name = `${'Abcdefghij'.repeat(150)} ${'Klmnopqrst'.repeat(150)}`;
    const dir = scenario({ 'data/long.md': reply(name), 'data/ann.md': reply('Ann Lee') });
    for (const args of [['score'], ['score', '--format', 'markdown'], ['score', '--format', 'html'], ['show', 'abcdefghij'], ['export', '--out', 'site'], ['check']]) {
      const run = runCli(args, dir);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    }
    const table = runCli(['score'], dir).stdout;
    expect(table).toContain('…');
    expect(Math.max(...table.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('a single 1 MB line: loaded, scored, shown and exported', () => {
    const line = 'Our members deserve regular reports of every meeting and open meetings for all. '.repeat(13_000);
    const dir = scenario({ 'data/long.md': reply('Long Line', line), 'data/ann.md': reply('Ann Lee') });
    for (const args of [['score', '--format', 'json'], ['show', 'long'], ['export', '--out', 'site'], ['check']]) {
      const run = runCli(args, dir);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    }
  });

  it('a single line of numbered answers, just under a megabyte: every answer read', () => {
    const line = '1) I agree with the reports, but 2) needs more thought and 3a, b, c) yes. '.repeat(13_300);
    const dir = scenario({ 'data/long.md': reply('Numbered Line', line) }, readFileSync(path.join(ROOT, 'pledges.yaml'), 'utf8'));
    const run = runCli(['score', '--format', 'json'], dir);
    expect(run.code, run.stderr).toBe(0);
    const rulings = (JSON.parse(run.stdout) as { candidates: Array<{ rulings: Array<{ clause: string; stance: string }> }> }).candidates[0]!.rulings;
    expect(Object.fromEntries(rulings.filter((r) => ['1', '3a', '3b', '3c'].includes(r.clause)).map((r) => [r.clause, r.stance]))).toEqual({
      '1': 'agree',
      '3a': 'agree',
      '3b': 'agree',
      '3c': 'agree',
    });
  });

  it('PLEDGECARD_JOBS: a non-number is an error (exit 2); more than the cores is capped, with the same output', () => {
    const dir = scenario({ 'data/ann.md': reply('Ann Lee') });
    const bad = runCli(['score'], dir, { PLEDGECARD_JOBS: 'lots' });
    expect(bad.code).toBe(2);
    expect(oneLine(bad)).toBe("pledgecard: PLEDGECARD_JOBS must be a whole number of threads from 1, not 'lots'\n");
    expect(runCli(['score', '--format', 'json'], dir, { PLEDGECARD_JOBS: '64' })).toEqual(runCli(['score', '--format', 'json'], dir, { PLEDGECARD_JOBS: '1' }));
  });
});
