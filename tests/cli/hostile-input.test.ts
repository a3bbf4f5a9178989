// Hostile and pathological input through the real CLI: each finishes within a time and memory bound, names the
// file and line where there is one, exits with the right code and prints no stack trace. Inputs are generated
// into a temp folder at run time rather than committed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/load/files.js';
import { MAX_DIAGNOSTICS_PER_FILE, MAX_FRONT_MATTER_BYTES, MAX_YAML_BYTES } from '../../src/load/yaml.js';
import { loadInputs } from '../../src/pipeline.js';
import { BIN, fixture, tempDir } from './spawn.js';

const PROGRAMME = `title: Test Programme
clauses:
  - id: "1"
    title: Report back
    text: Will publish a report after every meeting.
  - id: "2"
    title: Platform
    text: "Stand on a platform that includes:"
    clauses:
      - { id: 2a, title: Open meetings, text: Hold open meetings. }
      - { id: 2b, title: Open books, text: Publish the accounts. }
`;
const REPLY = '---\ncandidate: Ann Lee\n---\n1) Agree.\n';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding pledges.yaml and data/ with the given files (paths relative to the folder). */
function scenario(files: Record<string, string | Buffer>): string {
  const dir = tempDir('pledgecard-hostile-');
  made.push(dir);
  mkdirSync(path.join(dir, 'data'));
  const all: Record<string, string | Buffer> = { 'pledges.yaml': PROGRAMME, ...files };
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bin in `cwd` with a heap limit and a deadline, so a blow-up fails the test instead of the machine.
 * Both bounds are generous ceilings, not timings: a healthy run uses a fraction of either.
 */
function run(args: string[], cwd: string): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=512' };
  delete env.FORCE_COLOR;
  delete env.GITHUB_WORKSPACE;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** `file:line:col code` for every problem in check's JSON output. */
function places(r: Run): string[] {
  const list = JSON.parse(r.stdout) as Array<{ file: string; line: number; col: number; code: string }>;
  return list.map((d) => (d.line ? `${d.file}:${d.line}:${d.col} ${d.code}` : `${d.file} ${d.code}`));
}

/** Runs `check --format json` and checks the run ended by itself, within bounds, without a stack trace. */
function check(cwd: string, exitCode: number, extra: string[] = []): Run {
  const r = run(['check', '--format', 'json', ...extra], cwd);
  const transcript = `exit ${r.code} signal ${r.signal}\n--- stdout\n${r.stdout.slice(0, 4000)}\n--- stderr\n${r.stderr.slice(0, 4000)}`;
  expect(r.signal, transcript).toBeNull();
  expect(r.code, transcript).toBe(exitCode);
  expect(r.stdout + r.stderr, transcript).not.toMatch(/^ {4}at /m);
  expect(r.stderr, transcript).not.toMatch(/heap|FATAL|RangeError|Maximum call stack/i);
  return r;
}

/** Line (1-based) of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/** Nine anchors each aliasing the one before nine times: 9^9 nodes if expanded. */
function aliasBomb(indent = ''): string {
  const lines = [`${indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let i = 1; i < 9; i++) lines.push(`${indent}a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

describe('hostile input through `pledgecard check`', () => {
  it('a YAML alias bomb in pledges.yaml: refused at the first alias', () => {
    const text = `${aliasBomb()}\n${PROGRAMME}`;
    const r = check(scenario({ 'pledges.yaml': text, 'data/ann.md': REPLY }), 1);
    expect(places(r)).toEqual([`pledges.yaml:${lineOf(text, '*a0')}:${text.split('\n')[lineOf(text, '*a0') - 1]!.indexOf('*a0') + 1} yaml-resources`]);
  });

  it('a YAML alias bomb in a reply’s front matter', () => {
    const reply = `---\ncandidate: Bomb\n${aliasBomb()}\n---\nHello.\n`;
    const r = check(scenario({ 'data/bomb.md': reply, 'data/ann.md': REPLY }), 1);
    const line = lineOf(reply, '*a0');
    expect(places(r)).toEqual([`data/bomb.md:${line}:${reply.split('\n')[line - 1]!.indexOf('*a0') + 1} yaml-resources`]);
  });

  it('300-deep nested clauses', () => {
    let yaml = 'title: Deep\nclauses:\n';
    for (let i = 0; i < 300; i++) {
      const pad = '  '.repeat(2 * i + 1);
      yaml += `${pad}- id: c${i}\n${pad}  title: Level ${i}\n${pad}  text: Text.\n${pad}  clauses:\n`;
    }
    yaml += `${'  '.repeat(601)}- { id: last, title: Last, text: Text. }\n`;
    const r = check(scenario({ 'pledges.yaml': yaml, 'data/ann.md': REPLY }), 1);
    expect(places(r)).toHaveLength(1);
    expect(places(r)[0]).toMatch(/^pledges\.yaml:\d+:\d+ yaml-resources$/);
  });

  it('300-deep nested sequences, block and flow, in a programme and in front matter', () => {
    const block = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}-`).join('\n') + ' deep\n';
    const flow = `${'['.repeat(300)}deep${']'.repeat(300)}`;
    const dir = scenario({
      'pledges.yaml': `${PROGRAMME}keywords:\n${block}`,
      'data/flow.md': `---\ncandidate: Flow\nsource: ${flow}\n---\n`,
      'data/ann.md': REPLY,
    });
    const r = check(dir, 1);
    const found = places(r);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^data\/flow\.md:3:\d+ yaml-resources$/);
    expect(found[1]).toMatch(/^pledges\.yaml:\d+:\d+ yaml-resources$/);
  });

  it('nesting far beyond what the YAML parser can hold (100,000 levels) is refused, not a crash', () => {
    const flow = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const r = check(scenario({ 'pledges.yaml': `${PROGRAMME}keywords: ${flow}\n`, 'data/ann.md': REPLY }), 1);
    expect(places(r)).toHaveLength(1);
    expect(places(r)[0]).toMatch(/^pledges\.yaml:\d+:\d+ yaml-resources$/);
  });

  it('__proto__, constructor and prototype keys are unknown keys in both files', () => {
    const dir = scenario({
      'pledges.yaml': `${PROGRAMME}__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n`,
      'data/ann.md': '---\ncandidate: Ann Lee\n__proto__: { polluted: yes }\nprototype: 1\n---\n',
    });
    expect(places(check(dir, 1))).toEqual([
      'data/ann.md:3:1 unknown-key',
      'data/ann.md:4:1 unknown-key',
      'pledges.yaml:12:1 unknown-key',
      'pledges.yaml:13:1 unknown-key',
    ]);
  });

  it('loading __proto__ keys in-process leaves Object.prototype alone', () => {
    for (const name of ['load-proto-keys', 'load-reply-proto-keys']) {
      const inputs = loadInputs({ pledges: fixture(name, 'pledges.yaml'), data: fixture(name, 'data') });
      expect(inputs.diagnostics.some((d) => d.code === 'unknown-key' || d.code === 'ruling-unknown-clause')).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('a 20 MB reply loads (the limit is per file, larger)', () => {
    const line = 'I agree with 1) and with the platform, but 2b needs more thought about the accounts.\n';
    const body = line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
    const dir = scenario({ 'data/long.md': `---\ncandidate: Long Reply\n---\n${body}` });
    const r = check(dir, 0);
    expect(places(r)).toEqual([]);
    const { replies } = loadInputs({ pledges: path.join(dir, 'pledges.yaml'), data: path.join(dir, 'data') });
    expect(replies[0]!.body.length).toBe(body.length);
    // Scoring it reads its first megabyte (no candidate writes more) and flags every ruling on it, saying so.
    const scored = run(['score', '--format', 'json'], dir);
    expect(scored.code, scored.stderr).toBe(0);
    expect(scored.stderr).toMatch(/^\d+ rulings in 1 reply need review/);
    const rulings = (JSON.parse(scored.stdout) as { candidates: Array<{ rulings: Array<{ needsReview: boolean; reason: string }> }> }).candidates[0]!.rulings;
    for (const r of rulings) {
      expect(r.needsReview).toBe(true);
      expect(r.reason).toContain('only the first 1,000,000 characters of this long reply were read');
    }
  });

  it('a reply over the size limit is refused with a clear error, without reading it into memory', () => {
    const dir = scenario({ 'data/huge.md': Buffer.alloc(MAX_FILE_BYTES + 1, 'a'), 'data/ann.md': REPLY });
    expect(places(check(dir, 1))).toEqual(['data/huge.md file-too-large']);
  });

  it('a device as the programme is read only up to the size limit', () => {
    if (!existsSync('/dev/zero')) return; // Not on this platform.
    const dir = scenario({ 'data/ann.md': REPLY });
    expect(places(check(dir, 1, ['--pledges', '/dev/zero']))).toEqual(['/dev/zero file-too-large']);
  });

  it('front matter and programmes larger than the YAML limits', () => {
    const dir = scenario({
      'pledges.yaml': `${PROGRAMME}# ${'x'.repeat(MAX_YAML_BYTES)}\n`,
      'data/big.md': `---\ncandidate: Big\nsource: "${'x'.repeat(MAX_FRONT_MATTER_BYTES)}"\n---\n`,
    });
    expect(places(check(dir, 1))).toEqual(['data/big.md:2:1 yaml-resources', 'pledges.yaml:1:1 yaml-resources']);
  });

  it('20,000 unknown keys: the first problems and a count of the rest', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: v\n`).join('');
    const r = check(scenario({ 'data/keys.md': `---\ncandidate: Keys\n${keys}---\n` }), 1);
    const found = places(r);
    expect(found).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(found[0]).toBe('data/keys.md:3:1 unknown-key');
    expect(found.at(-1)).toBe(`data/keys.md:${3 + MAX_DIAGNOSTICS_PER_FILE}:1 too-many-problems`);
  });

  it('binary content, invalid UTF-8 and UTF-16: errors at the place of the bad byte', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const latin1 = Buffer.from('---\ncandidate: Zoë\n---\n', 'latin1');
    const dir = scenario({
      'data/image.md': png,
      'data/latin1.md': latin1,
      'data/utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPLY, 'utf16le')]),
      'data/ann.md': REPLY,
    });
    expect(places(check(dir, 1))).toEqual(['data/image.md:3:1 binary-content', 'data/latin1.md:2:14 invalid-utf8', 'data/utf16.md:1:1 invalid-utf8']);
  });

  it('a BOM with CRLF, and nothing but front matter (no final newline): both load', () => {
    const dir = scenario({
      'data/bom-crlf.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPLY.replace(/\n/g, '\r\n'))]),
      'data/empty.md': '---\ncandidate: Empty Reply\n---',
    });
    expect(places(check(dir, 0))).toEqual([]);
    const { replies } = loadInputs({ pledges: path.join(dir, 'pledges.yaml'), data: path.join(dir, 'data') });
    expect(replies.map((r) => [r.candidate, r.body, r.bodyLine])).toEqual([
      ['Ann Lee', '1) Agree.\n', 4],
      ['Empty Reply', '', 4],
    ]);
  });

  it('an empty reply is valid: every clause is no-answer', () => {
    const r = run(['score', '--format', 'json'], scenario({ 'data/empty.md': '---\ncandidate: Empty Reply\n---\n' }));
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { candidates: Array<{ rulings: Array<{ clause: string; stance: string }> }> };
    expect(report.candidates[0]!.rulings.map((x) => `${x.clause} ${x.stance}`)).toEqual(['1 no-answer', '2 no-answer', '2a no-answer', '2b no-answer']);
  });

  it('names carrying markdown, HTML and spreadsheet formulas load as written', () => {
    const names = ['=HYPERLINK("http://evil.example","click")', '<img src=x onerror=alert(1)>', '**Bold** | [link](javascript:alert(1))', '+SUM(A1:A9)', '@cmd', '-1+1'];
    const files = Object.fromEntries(names.map((n, i) => [`data/r${i}.md`, `---\ncandidate: ${JSON.stringify(n)}\n---\n<script>alert(1)</script> =1+1\n`]));
    const dir = scenario(files);
    expect(places(check(dir, 0))).toEqual([]);
    const { replies } = loadInputs({ pledges: path.join(dir, 'pledges.yaml'), data: path.join(dir, 'data') });
    expect(replies.map((r) => r.candidate)).toEqual(names);
  });

  it('symlink loops, a link out of the folder and a self-link do not hang; a FIFO is not read', () => {
    const dir = scenario({ 'data/ann.md': REPLY, 'data/sub/bo.md': '---\ncandidate: Bo Chan\n---\n' });
    symlinkSync('.', path.join(dir, 'data', 'again'));
    symlinkSync('..', path.join(dir, 'data', 'sub', 'back'));
    symlinkSync('..', path.join(dir, 'data', 'up'));
    const fifo = spawnSync('mkfifo', [path.join(dir, 'data', 'pipe.md')]);
    const r = check(dir, 0, []);
    expect(places(r)).toEqual(['data/up link-outside']);
    symlinkSync('loop.md', path.join(dir, 'data', 'loop.md'));
    expect(places(check(dir, 2))).toEqual(['data/loop.md file-unreadable', 'data/up link-outside']);
    // mkfifo is missing on some systems; where it ran, the FIFO is listed as ignored rather than read (which would block).
    if (fifo.status === 0) {
      const verbose = run(['--verbose', 'check'], dir);
      expect(verbose.stderr).toContain('data/pipe.md');
    }
  });

  it('an unreadable data folder entry: exit 2 naming it', () => {
    const dir = scenario({ 'data/ann.md': REPLY });
    symlinkSync('nowhere.md', path.join(dir, 'data', 'gone.md'));
    expect(places(check(dir, 2))).toEqual(['data/gone.md file-unreadable']);
  });
});
