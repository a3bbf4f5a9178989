// `pledgecard import` end to end: the seed article, re-import, --force, --dry-run, CSV in both shapes, an email thread.
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReply } from '../../src/load/replies.js';
import { ROOT, fixture, runCli, tempDir } from './spawn.js';

const SEED = fixture('import', 'lla-action-programme-2022.txt');
const bundled = readdirSync(path.join(ROOT, 'data')).filter((f) => f.endsWith('.md')).sort();
const read = (file: string): string => readFileSync(file, 'utf8');
const mdFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []);

describe('import of the seed article', () => {
  let out: string;
  let first: ReturnType<typeof runCli>;
  beforeAll(() => {
    out = path.join(tempDir(), 'data');
    first = runCli(['import', SEED, '--out', out]);
  });

  it('writes the six replies with the bundled data files’ names, front matter and bodies', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(mdFiles(out)).toEqual(bundled);
    for (const f of bundled) {
      const imported = parseReply(read(path.join(out, f)), f).reply!;
      const shipped = parseReply(read(path.join(ROOT, 'data', f)), f).reply!;
      expect([imported.candidate, imported.received, imported.body], f).toEqual([shipped.candidate, shipped.received, shipped.body]);
      expect(read(path.join(out, f)), f).toBe(`---\ncandidate: ${shipped.candidate}\nreceived: 2022-08-20\n---\n${shipped.body}`);
    }
    expect(first.stderr).toContain('6 replies');
    expect(first.stderr).toMatch(/wrote .*alec-price\.md/);
    expect(first.stdout).toBe('');
  });

  it('skips existing files on re-import and says so, leaving them untouched', () => {
    const alec = path.join(out, 'alec-price.md');
    writeFileSync(alec, '---\ncandidate: Alec Price\n---\nEdited by hand.\n');
    const again = runCli(['import', SEED, '--out', out]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr.match(/^skipped /gm)).toHaveLength(6);
    expect(again.stderr).toContain('use --force to overwrite');
    expect(read(alec)).toBe('---\ncandidate: Alec Price\n---\nEdited by hand.\n');
  });

  it('finds a candidate’s existing reply under another file name', () => {
    const dir = path.join(tempDir(), 'data');
    runCli(['import', SEED, '--out', dir]);
    renameSync(path.join(dir, 'alec-price.md'), path.join(dir, 'price.md'));
    const again = runCli(['import', SEED, '--out', dir, '--dry-run']);
    expect(again.stdout).toMatch(/price\.md\tAlec Price\t.*would skip \(exists\)/);
    expect(again.stdout).not.toContain('alec-price.md');
  });

  it('overwrites with --force', () => {
    const forced = runCli(['import', SEED, '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr.match(/^overwrote /gm)).toHaveLength(6);
    expect(parseReply(read(path.join(out, 'alec-price.md')), 'a').reply!.body).toBe(parseReply(read(path.join(ROOT, 'data', 'alec-price.md')), 'a').reply!.body);
  });

  it('writes nothing with --dry-run and lists the split on stdout', () => {
    const dir = path.join(tempDir(), 'data');
    const dry = runCli(['import', SEED, '--out', dir, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(existsSync(dir)).toBe(false);
    const rows = dry.stdout.split('\n').filter((l) => l.includes('\t'));
    expect(rows.map((r) => r.split('\t')[1])).toEqual([
      'Roger Silverman',
      'Chaudhry Qamer Iqbal',
      'Carol Spedding-Taylor',
      'Alec Price',
      'Ahmad Wattoo',
      'Crispin Flintoff',
    ]);
    expect(rows.every((r) => r.endsWith('would write'))).toBe(true);
    expect(dry.stderr).toContain('nothing written');
  });

  it('passes check against the bundled programme', () => {
    const r = runCli(['check', '--pledges', path.join(ROOT, 'pledges.yaml'), '--data', out]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});

describe('import of other sources', () => {
  it('splits an email thread into the candidates who wrote', () => {
    const out = tempDir();
    const r = runCli(['import', fixture('import', 'email-thread.txt'), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(mdFiles(out)).toEqual(['ann-lee.md', 'bo-chan.md', 'cy-dee.md']);
    expect(read(path.join(out, 'bo-chan.md'))).toBe('---\ncandidate: Bo Chan\nreceived: 2022-08-21\n---\nI support all of it.\n');
  });

  it('imports a free-text CSV with a BOM, CRLF and a quoted multi-line cell', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'form.csv');
    writeFileSync(csv, '\uFEFFTimestamp,Name,Reply\r\n2022/08/20 10:15:00,Ann Lee,"Agree with 1).\r\n\r\nAgree with 2)."\r\n');
    const r = runCli(['import', csv, '--out', path.join(dir, 'data')]);
    expect(r.code, r.stderr).toBe(0);
    expect(read(path.join(dir, 'data', 'ann-lee.md'))).toBe('---\ncandidate: Ann Lee\nreceived: 2022-08-20\n---\nAgree with 1).\n\nAgree with 2).\n');
  });

  it('imports a CSV with one column per clause, labelling answers with clause ids, and the result passes check', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'form.csv');
    writeFileSync(
      csv,
      '\uFEFF"Your name","1) Report back from the NEC","3a","Open selections","Notes"\r\n' +
        '"Ann Lee","Yes","Agree, strongly.\r\nA second line.","No",""\r\n',
    );
    const pledges = path.join(ROOT, 'pledges.yaml');
    const r = runCli(['import', csv, '--out', path.join(dir, 'data'), '--pledges', pledges]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('column-unmatched');
    expect(read(path.join(dir, 'data', 'ann-lee.md'))).toBe(
      '---\ncandidate: Ann Lee\n---\n1) Yes\n\n3a) Agree, strongly.\nA second line.\n\n3b) No\n',
    );
    expect(runCli(['check', '--pledges', pledges, '--data', path.join(dir, 'data')]).code).toBe(0);
  });

  it('exits 1 when no reply is found, and 2 for a name column that is not there or a missing file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'Our programme\n\n1) Publish reports.\n');
    writeFileSync(path.join(dir, 'form.csv'), 'Name,Reply\nAnn Lee,Yes\n');
    const none = runCli(['import', 'notes.txt', '--out', 'data'], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('import-no-replies');
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
    expect(runCli(['import', 'form.csv', '--name-column', 'Candidate'], dir).code).toBe(2);
    expect(runCli(['import', 'absent.txt'], dir).code).toBe(2);
  });
});

describe('import never drops a candidate silently', () => {
  const header = (from: string, date = 'Mon, 22 Aug 2022 08:30:00 +0100'): string => `From: ${from}\nDate: ${date}\nTo: info@lla.example\nSubject: Re: programme\n\n`;

  it('keeps a sender whose quoted name holds an apostrophe', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'thread.txt'), `${header('"Dave O\'Brien" <dave@example.org>')}1) Yes.\n\n${header('Ann Lee <ann@example.org>')}1) No.\n`);
    const r = runCli(['import', 'thread.txt', '--out', 'data'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(mdFiles(path.join(dir, 'data'))).toEqual(['ann-lee.md', 'dave-obrien.md']);
    expect(read(path.join(dir, 'data', 'dave-obrien.md'))).toBe("---\ncandidate: Dave O'Brien\nreceived: 2022-08-22\n---\n1) Yes.\n");
  });

  it('reports every message it leaves out at its line, and exits 1', () => {
    const dir = tempDir();
    const thread = `${header('Ann Lee <ann@example.org>')}1) Yes.\n\n${header('press-office@example.org')}1) Yes.\n\n${header('Bo Chan <bo@example.org>')}> 1) Publish reports.\n`;
    writeFileSync(path.join(dir, 'thread.txt'), thread);
    const r = runCli(['import', 'thread.txt', '--out', 'data'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ 8:1 +error +the message from press-office@example\.org is left out: the sender is not written as a person’s name.*part-skipped/);
    expect(r.stderr).toMatch(/ 15:1 +error +the message from Bo Chan is left out: it has no text of its own.*part-skipped/);
    expect(mdFiles(path.join(dir, 'data'))).toEqual(['ann-lee.md']);
    const named = runCli(['import', 'thread.txt', '--out', 'data2', '--names', 'Ann Lee'], dir);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('the sender is not among the names');
  });

  it('a CSV row without a name is an error, not a warning', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'form.csv'), 'Name,Reply\nAnn Lee,Yes\n,An answer without a name\n');
    const r = runCli(['import', 'form.csv', '--out', 'data'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/3:1 +error .*row-skipped/);
  });
});

describe('import --force over reviewed rulings', () => {
  const rulings = 'rulings:   # reviewed by the organiser\n  "1": { stance: declined, note: "said no by phone" }\n  3e: agree\n';
  let dir: string;
  let alec: string;
  beforeAll(() => {
    dir = path.join(tempDir(), 'data');
    alec = path.join(dir, 'alec-price.md');
    runCli(['import', SEED, '--out', dir]);
  });

  it('keeps them in the new front matter, comments and notes included, and says so', () => {
    const reviewed = read(alec).replace('received: 2022-08-20\n', `received: 2022-08-20\n${rulings}`);
    writeFileSync(alec, reviewed.replace('\n---\n', '\nsource: by hand\n---\n'));
    const forced = runCli(['import', SEED, '--out', dir, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(/overwrote .*alec-price\.md .*keeping 2 reviewed rulings \(1, 3e\)/);
    // The new front matter (without the hand-written source) with the rulings block as it was.
    expect(read(alec)).toBe(reviewed);
  });

  it('refuses to overwrite a file whose front matter cannot be read but holds rulings, and exits 1', () => {
    const broken = `---\ncandidate: [Alec Price\n${rulings}---\nReply.\n`;
    writeFileSync(alec, broken);
    const forced = runCli(['import', SEED, '--out', dir, '--force']);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toMatch(/alec-price\.md\n {2}1:1 {2}error {4}not overwritten: .*rulings-not-carried/);
    expect(read(alec)).toBe(broken);
    expect(forced.stderr.match(/^overwrote /gm)).toHaveLength(5);
  });
});
