// `pledgecard review --set` and the review without a terminal, on real reply files: only the ruling's characters change.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { STANCE_IDS, STANCES, type Stance } from '../../src/model/stance.js';
import { runMain } from '../helpers/pledgecard.js';
import { fixture, runCli, tempDir } from './spawn.js';

const INPUTS = ['--pledges', 'pledges.yaml', '--data', 'data'];

let dir: string;
const read = (name: string): string => readFileSync(path.join(dir, 'data', name), 'utf8');
const review = (...args: string[]) => runMain(['review', ...args, ...INPUTS], { cwd: dir });

beforeEach(() => {
  dir = tempDir('pledgecard-review-');
  cpSync(fixture('review'), dir, { recursive: true });
});

interface SetCase {
  name: string;
  file: string;
  args: string[];
  /** The one piece of the file that changes, and what it becomes. */
  from: string;
  to: string;
}

const SET_CASES: SetCase[] = [
  {
    name: 'changes a quoted key’s stance beside its comment',
    file: 'ann-lee.md',
    args: ['Ann Lee', '1', 'declined'],
    from: '  "1": agree   # she confirmed by phone\n',
    to: '  "1": declined   # she confirmed by phone\n',
  },
  {
    name: 'adds a ruling with a note after the last one, above the comment that follows',
    file: 'ann-lee.md',
    args: ['ann', '3b', 'agree-with-qualifications', '--note', 'capped "gradually"'],
    from: `  3a: {stance: declined, note: 'said "not now"'}\n`,
    to: `  3a: {stance: declined, note: 'said "not now"'}\n  3b: { stance: agree-with-qualifications, note: "capped \\"gradually\\"" }\n`,
  },
  {
    name: 'changes an unquoted key in a file with a byte-order mark and CRLF line endings',
    file: 'bo-chan.md',
    args: ['data/bo-chan.md', '2', 'agree'],
    from: '  2: no-answer\r\n',
    to: '  2: agree\r\n',
  },
  {
    name: 'adds a ruling to a CRLF file with CRLF',
    file: 'bo-chan.md',
    args: ['Bo', '3a', 'declined', '--note', 'asked twice'],
    from: '  2: no-answer\r\n',
    to: '  2: no-answer\r\n  3a: { stance: declined, note: "asked twice" }\r\n',
  },
  {
    name: 'changes the stance of a deeply indented block ruling and keeps its folded note',
    file: 'cy-dee.md',
    args: ['cy-dee', '3b', 'declined'],
    from: '        stance: agree\n',
    to: '        stance: declined\n',
  },
  {
    name: 'adds a ruling at the four-space indentation, single-quoted as the other key is',
    file: 'cy-dee.md',
    args: ['Cy Dee', '1', 'no-answer'],
    from: '          note\n',
    to: "          note\n    '1': no-answer\n",
  },
  {
    name: 'adds rulings: to a front matter without one',
    file: 'di-eve.md',
    args: ['di', '3B', 'agree-with-qualifications'],
    from: 'candidate: Di Eve\n',
    to: 'candidate: Di Eve\nrulings:\n  3b: agree-with-qualifications\n',
  },
];

describe('review --set', () => {
  it.each(SET_CASES)('$name', async ({ file, args, from, to }) => {
    const before = read(file);
    expect(before.split(from)).toHaveLength(2);
    const r = await review('--set', ...args);
    expect(r.code, r.stderr).toBe(0);
    expect(read(file)).toBe(before.replace(from, to));
    expect(r.stderr).toContain(`data/${file}`);
  });

  it('with --dry-run prints a unified diff and writes nothing', async () => {
    const before = read('di-eve.md');
    const r = await review('--set', 'Di Eve', '2', 'declined', '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        '--- a/data/di-eve.md',
        '+++ b/data/di-eve.md',
        '@@ -1,5 +1,7 @@',
        ' ---',
        ' candidate: Di Eve',
        '+rulings:',
        '+  "2": declined',
        ' ---',
        ' 1) Yes. 2) Yes.',
        ' 3a) No.',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toContain('nothing written');
    expect(read('di-eve.md')).toBe(before);
  });

  it('writes nothing when the file already says so', async () => {
    const before = read('ann-lee.md');
    const r = await review('--set', 'Ann Lee', '3a', 'declined');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('nothing to change');
    expect(read('ann-lee.md')).toBe(before);
  });

  it.each([
    { name: 'an unknown clause', args: ['Ann Lee', '3c', 'agree'], says: /no clause '3c'.*did you mean/ },
    { name: 'an unknown stance', args: ['Ann Lee', '1', 'agreed'], says: /'agreed' is not a stance.*did you mean 'agree'/ },
    { name: 'an unknown candidate', args: ['Zed', '1', 'agree'], says: /no candidate matches 'Zed'.*\n {2}Ann Lee {2}\(data\/ann-lee\.md\)/s },
    { name: 'a missing stance', args: ['Ann Lee', '1'], says: /--set takes a candidate, a clause and a stance/ },
  ])('refuses $name with exit code 2 and writes nothing', async ({ args, says }) => {
    const before = read('ann-lee.md');
    const r = await review('--set', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(says);
    expect(read('ann-lee.md')).toBe(before);
  });

  it('wins in score: the stance set is the one scored, marked as an override with its note', async () => {
    const shown = await runMain(['show', 'Di Eve', '--format', 'json', ...INPUTS], { cwd: dir });
    const parsed = JSON.parse(shown.stdout) as { score: number; rulings: Array<{ clause: string; stance: Stance }> };
    const before = parsed.rulings.find((r) => r.clause === '2')!.stance;
    // Whatever the parser said, the reviewer says something else.
    const after = STANCE_IDS.find((s) => s !== before)!;
    expect((await review('--set', 'Di Eve', '2', after, '--note', 'asked at the hustings')).code).toBe(0);
    const score = runCli(['score', '--format', 'json', ...INPUTS], dir);
    const di = (JSON.parse(score.stdout) as { candidates: Array<{ candidate: string; score: number; rulings: Array<Record<string, unknown>> }> }).candidates.find((c) => c.candidate === 'Di Eve')!;
    expect(di.rulings.find((r) => r.clause === '2')).toMatchObject({ stance: after, source: 'override', needsReview: false, note: 'asked at the hustings' });
    // The programme gives no scoring: each stance scores its default points.
    expect(di.score).toBe(parsed.score - STANCES[before].points + STANCES[after].points);
  });
});

describe('review --help', () => {
  it('names every stance --set takes (the help is written without loading the stance table)', async () => {
    const r = await runMain(['review', '--help']);
    expect(r.code).toBe(0);
    for (const stance of STANCE_IDS) expect(r.stdout).toContain(stance);
  });
});

describe('review without a terminal', () => {
  it('says how to use --set, with a line for each ruling that needs review, and exits 2', async () => {
    // A threshold no ruling of these replies reaches, so that some need review whatever the model's weights.
    const programme = path.join(dir, 'pledges.yaml');
    writeFileSync(programme, readFileSync(programme, 'utf8').replace('title: Review Programme', 'title: Review Programme\nreview-threshold: 0.99'));
    const strict = await runMain(['check', '--strict', '--format', 'json', ...INPUTS], { cwd: dir });
    const flagged = (JSON.parse(strict.stdout) as Array<{ code: string; file: string }>).filter((d) => d.code === 'needs-review');
    const r = await review();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs a terminal');
    expect(r.stderr).toContain('pledgecard review --set CANDIDATE CLAUSE STANCE [--note TEXT]');
    // The inputs are the defaults here, so each line names only the reply, the clause and the stance.
    const lines = r.stderr.split('\n').filter((l) => /^ {2}pledgecard review --set (?!CANDIDATE )/.test(l));
    expect(flagged.length).toBeGreaterThan(0);
    // The same rulings as check --strict names, listed most doubtful first rather than file by file.
    expect(lines.map((l) => l.split(' ')[5]).sort()).toEqual(flagged.map((d) => d.file).sort());
    expect(lines.every((l) => STANCE_IDS.includes(l.split(' ').at(-1) as Stance))).toBe(true);
  });

  it('exits 2 from the real bin when standard input is not a terminal', () => {
    const r = runCli(['review', ...INPUTS], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set CANDIDATE CLAUSE STANCE');
  });
});
