// The reply loader on one fixture per kind of problem, plus what only a temp folder can hold (links, permissions).
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/load/programme.js';
import { displayPath } from '../../src/load/files.js';
import { listReplyFiles, loadReplies, parseReply } from '../../src/load/replies.js';
import { decodeText } from '../../src/load/text.js';
import { MAX_FRONT_MATTER_BYTES } from '../../src/load/yaml.js';
import { exitCodeFor, type Diagnostic } from '../../src/model/diagnostic.js';
import type { Programme } from '../../src/model/programme.js';
import { ROOT, fixture, tempDir as makeTempDir } from '../cli/spawn.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = makeTempDir('pledgecard-load-');
  made.push(dir);
  return dir;
}

const programme: Programme = loadProgramme(fixture('load-reply-folder', 'pledges.yaml'), ROOT).programme!;

/** Loads tests/fixtures/<scenario>/data against the small fixture programme, paths relative to the repository. */
function load(scenario: string) {
  return loadReplies(fixture(scenario, 'data'), programme, ROOT);
}

/** `file:line:col code` for each diagnostic, in a stable order. */
function places(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`).sort();
}

const REPLY = '---\ncandidate: Ann Lee\n---\n1) Agree.\n';

describe('loadReplies: fixtures', () => {
  it('no front matter', () => {
    const { replies, diagnostics } = load('load-reply-no-front-matter');
    expect(replies).toEqual([]);
    expect(places(diagnostics)).toEqual(['tests/fixtures/load-reply-no-front-matter/data/ann-lee.md:1:1 front-matter-missing']);
  });

  it('unclosed front matter', () => {
    expect(places(load('load-reply-unclosed').diagnostics)).toEqual([
      'tests/fixtures/load-reply-unclosed/data/ann-lee.md:1:1 front-matter-unclosed',
    ]);
  });

  it('a missing candidate, pointed at the front matter', () => {
    const { diagnostics } = load('load-reply-missing-candidate');
    expect(places(diagnostics)).toEqual(['tests/fixtures/load-reply-missing-candidate/data/ann-lee.md:2:1 invalid-value']);
    expect(diagnostics[0]!.message).toContain("'candidate'");
  });

  it('an empty candidate (only spaces), at the value', () => {
    const { diagnostics } = load('load-reply-empty-candidate');
    expect(places(diagnostics)).toEqual(['tests/fixtures/load-reply-empty-candidate/data/ann-lee.md:3:12 invalid-value']);
  });

  it('a duplicate candidate across two files, ignoring case and spaces, at the second file’s candidate line', () => {
    const { replies, diagnostics } = load('load-reply-duplicate-candidate');
    expect(replies.map((r) => r.file)).toEqual(['tests/fixtures/load-reply-duplicate-candidate/data/ann-lee.md']);
    expect(places(diagnostics)).toEqual(['tests/fixtures/load-reply-duplicate-candidate/data/later/ann.md:3:1 candidate-duplicate']);
    expect(diagnostics[0]!.message).toContain('tests/fixtures/load-reply-duplicate-candidate/data/ann-lee.md');
  });

  it('rulings: a key that is not a clause id (with the nearest) and an unknown stance (with the nearest), both at once', () => {
    const { diagnostics } = load('load-reply-rulings');
    const file = 'tests/fixtures/load-reply-rulings/data/ann-lee.md';
    expect(places(diagnostics)).toEqual([`${file}:4:3 ruling-unknown-clause`, `${file}:5:17 invalid-value`]);
    expect(diagnostics.find((d) => d.line === 4)!.message).toContain("did you mean '2b'");
    expect(diagnostics.find((d) => d.line === 5)!.message).toContain("did you mean 'agree'");
  });

  it('invalid UTF-8 at the bad byte’s line, and binary content at the NUL byte', () => {
    const { replies, diagnostics } = load('load-reply-bytes');
    expect(replies).toEqual([]);
    expect(places(diagnostics)).toEqual([
      'tests/fixtures/load-reply-bytes/data/binary.md:5:1 binary-content',
      'tests/fixtures/load-reply-bytes/data/latin1.md:6:7 invalid-utf8',
    ]);
  });

  it('a BOM and CRLF line endings: loads, line numbers stay right, the body has \\n endings', () => {
    const { replies, diagnostics } = load('load-reply-encodings');
    expect(diagnostics).toEqual([]);
    const [bom, crlf] = replies;
    expect(bom).toMatchObject({ candidate: 'Bo Chan', bodyLine: 4, body: '1) Agree.\n' });
    expect(crlf).toMatchObject({ candidate: 'Cy Dee', received: '2024-05-03', bodyLine: 5 });
    expect(crlf!.body).toBe('1) Agree.\n\n2) Agree with qualifications.\n');
    expect(crlf!.body).not.toContain('\r');
  });

  it('nothing but front matter: a valid, empty reply', () => {
    const { replies, diagnostics } = load('load-reply-only-front-matter');
    expect(diagnostics).toEqual([]);
    expect(replies).toMatchObject([{ candidate: 'Fay Gee', body: '', bodyLine: 4 }]);
  });

  it('reads nested folders recursively in sorted order; other files and hidden entries are ignored and listed', () => {
    const { replies, diagnostics, ignored } = load('load-reply-folder');
    expect(diagnostics).toEqual([]);
    const base = 'tests/fixtures/load-reply-folder/data';
    expect(replies.map((r) => r.file)).toEqual([`${base}/a/z-first.md`, `${base}/b-second.md`, `${base}/c/d/deepest.MD`]);
    expect(ignored).toEqual([`${base}/.hidden`, `${base}/c/README`, `${base}/notes.txt`]);
  });

  it('__proto__, constructor and prototype: an unknown key and three rulings for no clause; nothing polluted', () => {
    const file = 'tests/fixtures/load-reply-proto-keys/data/ann-lee.md';
    expect(places(load('load-reply-proto-keys').diagnostics)).toEqual([
      `${file}:3:1 unknown-key`,
      `${file}:5:3 ruling-unknown-clause`,
      `${file}:6:3 ruling-unknown-clause`,
      `${file}:7:3 ruling-unknown-clause`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a missing data folder, or a file given as one: could not run (exit 2)', () => {
    const missing = loadReplies(fixture('nowhere'), programme, ROOT);
    expect(places(missing.diagnostics)).toEqual(['tests/fixtures/nowhere:0:0 file-missing']);
    expect(exitCodeFor(missing.diagnostics)).toBe(2);
    const file = loadReplies(fixture('load-reply-folder', 'pledges.yaml'), programme, ROOT);
    expect(exitCodeFor(file.diagnostics)).toBe(2);
  });
});

describe('parseReply: details', () => {
  it('reads rulings in both forms, with the line of each key', () => {
    const text = '---\ncandidate: Ann Lee\nrulings:\n  "1": declined\n  2b: { stance: agree-with-qualifications, note: "if funded" }\n---\nNo.\n';
    const { reply, diagnostics } = parseReply(text, 'r.md', programme);
    expect(diagnostics).toEqual([]);
    expect(reply!.rulings).toEqual({
      '1': { stance: 'declined', note: undefined, line: 4 },
      '2b': { stance: 'agree-with-qualifications', note: 'if funded', line: 5 },
    });
  });

  it('a ruling that is neither a stance nor { stance, note }, and one without a stance', () => {
    const text = '---\ncandidate: A\nrulings:\n  "1": [agree]\n  2a: { note: x }\n  2b: { stance: agree, nte: x }\n---\n';
    const { diagnostics } = parseReply(text, 'r.md', programme);
    expect(places(diagnostics)).toEqual(['r.md:4:8 invalid-value', 'r.md:5:7 invalid-value', 'r.md:6:24 unknown-key']);
    expect(diagnostics.find((d) => d.line === 5)!.message).toContain("missing required key 'stance'");
    expect(diagnostics.find((d) => d.line === 6)!.message).toContain("did you mean 'note'");
  });

  it('without a programme, ruling keys are not checked; keys stay as written; a __proto__ key reads nothing back', () => {
    const { reply, diagnostics } = parseReply('---\ncandidate: A\nrulings:\n  3.10: agree\n  constructor: declined\n  __proto__: { stance: agree }\n---\n', 'r.md');
    expect(diagnostics).toEqual([]);
    expect(Object.keys(reply!.rulings)).toEqual(['3.10', 'constructor']);
    expect(reply!.rulings.constructor).toEqual({ stance: 'declined', note: undefined, line: 5 });
  });

  it('old Mac line endings (lone CR) count as lines too', () => {
    const decoded = decodeText(Buffer.from('---\rcandidate: A\r---\rx\r\ry\r'), 'r.md');
    expect(decoded.ok).toBe(true);
    const { reply } = parseReply(decoded.ok ? decoded.text : '', 'r.md');
    expect(reply).toMatchObject({ bodyLine: 4, body: 'x\n\ny\n' });
    const bad = decodeText(Buffer.from('---\rcandidate: A\r\n---\rCaf\xe9\r', 'latin1'), 'r.md');
    expect(bad).toMatchObject({ ok: false, diagnostic: { code: 'invalid-utf8', line: 4, col: 4 } });
  });

  it('front matter with a YAML error, an alias bomb, or more YAML than allowed: errors at the front matter’s lines', () => {
    expect(places(parseReply('---\ncandidate: A\nreceived: [2024\n---\n', 'r.md').diagnostics)).toEqual(['r.md:3:11 yaml-syntax']);
    const big = `---\ncandidate: A\nsource: "${'x'.repeat(MAX_FRONT_MATTER_BYTES)}"\n---\n`;
    expect(places(parseReply(big, 'r.md').diagnostics)).toEqual(['r.md:2:1 yaml-resources']);
  });

  it('an empty front matter misses its candidate; received must be a date or text; rulings must be a mapping', () => {
    const empty = parseReply('---\n---\nHello.\n', 'r.md').diagnostics;
    expect(places(empty)).toEqual(['r.md:2:1 invalid-value']);
    expect(empty[0]!.message).toContain("missing required key 'candidate'");
    expect(places(parseReply('---\ncandidate: A\nreceived: 20220820\n---\n', 'r.md').diagnostics)).toEqual(['r.md:3:11 invalid-value']);
    expect(parseReply('---\ncandidate: A\nreceived: 2022-08-20\n---\n', 'r.md').reply!.received).toBe('2022-08-20');
    expect(places(parseReply('---\ncandidate: A\nrulings: [agree]\n---\n', 'r.md').diagnostics)).toEqual(['r.md:3:10 invalid-value']);
  });

  it('front matter that is not a mapping', () => {
    expect(places(parseReply('---\n- a\n---\n', 'r.md').diagnostics)).toEqual(['r.md:2:1 invalid-value']);
  });
});

describe('loadReplies: links and permissions (temp folders)', () => {
  it('a symlink loop and a self-link do not hang; links out of the data folder are not followed', () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    mkdirSync(path.join(data, 'sub'), { recursive: true });
    writeFileSync(path.join(data, 'sub', 'ann.md'), REPLY);
    writeFileSync(path.join(dir, 'outside.md'), '---\ncandidate: Outsider\n---\n');
    symlinkSync('..', path.join(data, 'sub', 'loop'));
    symlinkSync('.', path.join(data, 'here'));
    symlinkSync('..', path.join(data, 'up'));
    symlinkSync('../outside.md', path.join(data, 'outside.md'));
    symlinkSync('self.md', path.join(data, 'self.md'));
    const { replies, diagnostics } = loadReplies(data, programme, dir);
    expect(replies.map((r) => r.candidate)).toEqual(['Ann Lee']);
    expect(places(diagnostics)).toEqual([
      'data/outside.md:0:0 link-outside',
      'data/self.md:0:0 file-unreadable',
      'data/up:0:0 link-outside',
    ]);
    expect(diagnostics.find((d) => d.code === 'link-outside')!.severity).toBe('warning');
  });

  it('a link to a folder inside the data folder is followed once', () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    mkdirSync(path.join(data, 'real'), { recursive: true });
    writeFileSync(path.join(data, 'real', 'ann.md'), REPLY);
    symlinkSync('real', path.join(data, 'alias'));
    const { files } = listReplyFiles(data, dir);
    expect(files.map((f) => path.relative(dir, f))).toEqual([path.join('data', 'alias', 'ann.md')]);
  });

  it('shows every file as displayPath does, wherever the working directory is', () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    mkdirSync(path.join(data, 'north', 'deep'), { recursive: true });
    mkdirSync(path.join(data, '..odd'), { recursive: true });
    for (const f of ['ann.md', 'north/bo.md', 'north/deep/cy.md', '..odd/di.md']) writeFileSync(path.join(data, f), REPLY);
    for (const [from, dataArg] of [
      [dir, 'data'],
      [dir, './data/../data/'],
      [data, '.'],
      [path.join(data, 'north'), '..'],
      [path.join(data, 'north'), data],
      [tempDir(), data],
    ] as const) {
      const { files, shown, ignored } = listReplyFiles(path.resolve(from, dataArg), from);
      expect(files).toHaveLength(3);
      expect(shown).toEqual(files.map((f) => displayPath(f, from)));
      // A hidden folder is not read, and is named as displayPath names it.
      expect(ignored).toEqual([displayPath(path.join(data, '..odd'), from)]);
    }
  });

  it('an unreadable file is an error naming it (exit 2); a broken link is one even for root', () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    mkdirSync(data);
    writeFileSync(path.join(data, 'locked.md'), REPLY);
    chmodSync(path.join(data, 'locked.md'), 0o000);
    symlinkSync('gone.md', path.join(data, 'broken.md'));
    const { diagnostics } = loadReplies(data, programme, dir);
    expect(places(diagnostics.filter((d) => d.file === 'data/broken.md'))).toEqual(['data/broken.md:0:0 file-unreadable']);
    expect(exitCodeFor(diagnostics)).toBe(2);
    // Root reads files whatever their mode, so chmod 000 only stops other users.
    if (process.getuid?.() !== 0) {
      expect(places(diagnostics.filter((d) => d.file === 'data/locked.md'))).toEqual(['data/locked.md:0:0 file-unreadable']);
    }
  });

  it('a UTF-16 file is named as such', () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    mkdirSync(data);
    writeFileSync(path.join(data, 'ann.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPLY, 'utf16le')]));
    const { diagnostics } = loadReplies(data, programme, dir);
    expect(places(diagnostics)).toEqual(['data/ann.md:1:1 invalid-utf8']);
    expect(diagnostics[0]!.message).toContain('UTF-16');
  });
});
