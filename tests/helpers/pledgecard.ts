// Test helpers: reports built from fixture folders, and pledgecard run in-process (fake Io) or as the real bin.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { parseProgramme } from '../../src/load/programme.js';
import type { Programme } from '../../src/model/programme.js';
import type { Reply } from '../../src/model/reply.js';
import type { Report, Ruling } from '../../src/model/ruling.js';
import type { Stance } from '../../src/model/stance.js';
import { scoreReport } from '../../src/score/index.js';
import { buildReport, requireInputs } from '../../src/pipeline.js';
import { visibleWidth } from '../../src/render/text.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The input arguments of a scenario: `example` is the bundled programme, else tests/fixtures/<name>. */
export function inputArgs(scenario: string): string[] {
  if (scenario === 'example') return ['--pledges', 'pledges.yaml', '--data', 'data'];
  const dir = `tests/fixtures/${scenario}`;
  return ['--pledges', `${dir}/pledges.yaml`, '--data', `${dir}/data`];
}

/** The scored report of a scenario, paths shown relative to the repository. */
export function reportOf(scenario: string): Report {
  const [, pledges, , data] = inputArgs(scenario);
  const { programme, replies } = requireInputs({ pledges: pledges!, data: data!, cwd: ROOT });
  return buildReport(programme, replies);
}

/** The sources note the CLI passes for a scenario. */
export function sourcesOf(scenario: string): { programme: string; data: string } {
  const [, programme, , data] = inputArgs(scenario);
  return { programme: programme!, data: data! };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `main` in-process with a fake Io; colour off and 80 columns unless told otherwise. */
export async function runMain(
  args: readonly string[],
  { cwd = ROOT, columns = 80, env = { NO_COLOR: '1' } as NodeJS.ProcessEnv, tty = false } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    cwd,
    stdoutIsTTY: tty,
    columns,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Spawns the built bin (npm test builds first) with NO_COLOR=1. */
export function runBin(args: readonly string[], { cwd = ROOT } = {}): Run {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/pledgecard.js'), ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A deep copy of a report, so a test can change rulings without touching the cached one. */
export function cloneReport(report: Report): Report {
  return structuredClone(report);
}

/** The widest line of `text` in terminal columns, colour codes excluded. */
export function widest(text: string): number {
  return Math.max(0, ...text.split('\n').map(visibleWidth));
}

/**
 * The escaping scenario with what only the parser produces today added by hand: evidence quotes full of
 * characters to escape, a ruling that needs review, and a reason with a newline.
 */
export function hostileReport(): Report {
  const report = cloneReport(reportOf('escaping'));
  const hostile = report.candidates.find((c) => c.candidate.startsWith('='))!;
  const ruling = hostile.rulings.find((r) => r.clause === '2b')!;
  ruling.evidence = [
    { quote: '=SUM(1|2) <script>alert("x")</script> & *not bold*', line: 7 },
    { quote: '- a bullet\n# not a heading\n> not a quote', line: 9 },
  ];
  ruling.reason = 'qualification cue "but"\nacross | lines';
  ruling.confidence = 0.45;
  ruling.needsReview = true;
  return report;
}

/** An analysed reply with the given stances (source `override`), for scoring without the parser. */
export function rulingsFor(candidate: string, stances: Record<string, Stance>, needsReview: string[] = []): { reply: Reply; rulings: Ruling[] } {
  const rulings: Ruling[] = Object.entries(stances).map(([clause, stance]) => ({
    clause,
    stance,
    confidence: needsReview.includes(clause) ? 0.4 : 1,
    source: 'override',
    evidence: [],
    reason: 'test',
    needsReview: needsReview.includes(clause),
  }));
  const reply: Reply = { file: `data/${candidate.toLowerCase().replace(/\W+/g, '-')}.md`, candidate, received: undefined, source: undefined, rulings: {}, body: '', bodyLine: 1 };
  return { reply, rulings };
}

/** Parses programme YAML that a test wrote inline; fails the test on any diagnostic. */
export function programmeFrom(yaml: string): Programme {
  const { programme, diagnostics } = parseProgramme(yaml, 'pledges.yaml');
  if (!programme) throw new Error(diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return programme;
}

const STANCE_CYCLE: Stance[] = ['agree', 'agree-with-qualifications', 'declined', 'no-answer', 'agree'];

/** A programme of `groups` top-level clauses with `perGroup` children each, and `candidates` long-named candidates. */
export function wideReport(groups: number, perGroup: number, candidates: number): Report {
  const clauses = Array.from({ length: groups }, (_, g) => {
    const children = Array.from({ length: perGroup }, (_, k) => `      - { id: "${g + 1}.${k + 1}", title: "Sub-clause ${k + 1} of group ${g + 1}", text: Text. }`);
    return [`  - id: "${g + 1}"`, `    title: Group ${g + 1} with a longish title`, '    text: Group.', ...(perGroup ? ['    clauses:', ...children] : [])].join('\n');
  });
  const p = programmeFrom(`title: A very wide programme\nclauses:\n${clauses.join('\n')}\n`);
  const leaves = p.clauses.filter((c) => c.children.length === 0);
  const analysed = Array.from({ length: candidates }, (_, i) =>
    rulingsFor(
      `Candidate Number${i + 1} Withaverylongsurname`,
      Object.fromEntries(leaves.map((c, j) => [c.id, STANCE_CYCLE[(i + j) % STANCE_CYCLE.length]!])),
      [leaves[i % leaves.length]!.id],
    ),
  );
  return scoreReport(p, analysed);
}
