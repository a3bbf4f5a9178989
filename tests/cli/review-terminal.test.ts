// The interactive review in a real terminal: tmux runs the bin, keys are typed, the screen is read, the file checked.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { stancesInOrder, type Stance } from '../../src/model/stance.js';
import { BIN, fixture, runCli, tempDir } from './spawn.js';

const SOCKET = `pledgecard-review-${process.pid}`;
const tmux = (...args: string[]): string => {
  const r = spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args[0]}: ${r.stderr || r.error?.message}`);
  return r.stdout;
};
/** Everything the pane has shown, wrapped lines joined. */
const screen = (): string => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'review');
const keys = (...k: string[]): string => tmux('send-keys', '-t', 'review', ...k);

async function waitFor(what: string, ok: (text: string) => boolean, ms = 15_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const text = screen();
    if (ok(text)) return text;
    if (Date.now() > end) throw new Error(`waited for ${what}; the screen shows:\n${text}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const count = (text: string, part: string): number => text.split(part).length - 1;

afterAll(() => {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

it('walks one candidate’s rulings, most doubtful first: skip, go back, accept one, note and change another, quit', async () => {
  const dir = tempDir('pledgecard-review-tty-');
  cpSync(fixture('review'), dir, { recursive: true });
  const inputs = ['--pledges', 'pledges.yaml', '--data', 'data'];
  // The order and the proposals come from what the parser says today, read the way a user would.
  const shown = JSON.parse(runCli(['show', 'Di Eve', '--format', 'json', ...inputs], dir).stdout) as {
    rulings: Array<{ clause: string; stance: Stance; confidence: number; source: string }>;
  };
  const queue = shown.rulings.filter((r) => r.source !== 'rollup').sort((a, b) => a.confidence - b.confidence);
  const [first, second] = queue as [(typeof queue)[0], (typeof queue)[0]];
  const total = queue.length;
  const header = (n: number): string => `── ${n} of ${total} · Di Eve`;
  const file = path.join(dir, 'data', 'di-eve.md');
  const before = readFileSync(file, 'utf8');
  const exitFile = path.join(dir, 'exit-code');

  tmux('new-session', '-d', '-s', 'review', '-x', '110', '-y', '50', '-c', dir, `NO_COLOR=1 '${process.execPath}' '${BIN}' review 'Di Eve' ${inputs.join(' ')}; echo $? > exit-code; sleep 60`);

  let text = await waitFor('the first ruling', (t) => t.includes(header(1)) && t.includes('quit'));
  expect(text).toContain(`${first.clause}  `);
  keys('s');
  await waitFor('the second ruling', (t) => t.includes(header(2)));
  keys('b');
  await waitFor('the first ruling again', (t) => count(t, header(1)) === 2);
  keys('a');
  text = await waitFor('the second ruling again', (t) => count(t, header(2)) === 2);
  expect(text).toMatch(/✔ data\/di-eve\.md: \S+: \S+/);

  keys('n');
  await waitFor('the note prompt', (t) => t.includes(`note on ${second.clause}`));
  keys('-l', 'asked twice');
  keys('Enter');
  await waitFor('the note shown', (t) => t.includes('new note  asked twice'));
  keys('c');
  await waitFor('the stances', (t) => t.includes(`stance on ${second.clause}`));
  const order = stancesInOrder();
  const target = order.find((s) => s !== second.stance)!;
  const moves = order.indexOf(target) - order.indexOf(second.stance);
  keys(...Array<string>(Math.abs(moves)).fill(moves > 0 ? 'Down' : 'Up'), 'Enter');
  await waitFor('the third ruling', (t) => t.includes(header(3)));
  keys('q');
  await waitFor('the end', () => existsSync(exitFile));
  text = screen();

  expect(readFileSync(exitFile, 'utf8').trim()).toBe('0');
  expect(text).toContain(`2 rulings settled in 1 reply${total > 3 ? `, ${total - 3} not reached` : ''}`);
  const key = (id: string): string => (/^\d+$/.test(id) ? `"${id}"` : id);
  expect(readFileSync(file, 'utf8')).toBe(
    before.replace(
      'candidate: Di Eve\n',
      `candidate: Di Eve\nrulings:\n  ${key(first.clause)}: ${first.stance}\n  ${key(second.clause)}: { stance: ${target}, note: "asked twice" }\n`,
    ),
  );
});
