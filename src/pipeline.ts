// The pipeline top-down: load the programme and replies → parse each reply → score → a report to render.
import path from 'node:path';
import { PledgecardError, diagnostic, exitCodeFor, type Diagnostic } from './model/diagnostic.js';
import type { Programme } from './model/programme.js';
import type { Reply } from './model/reply.js';
import type { LeftOut, Report } from './model/ruling.js';
import { loadProgramme } from './load/programme.js';
import { loadReplies } from './load/replies.js';
import { displayPath } from './load/files.js';
import { analyseAll } from './parallel/analyse.js';
import { scoreReport } from './score/index.js';
import { loadRecord } from './load/record.js';
import type { RecordReport } from './model/record.js';
import { judgeRecord } from './score/record.js';

export interface InputPaths {
  pledges: string;
  data: string;
  /** Where relative paths start and what shown paths are relative to; the process's by default. */
  cwd?: string;
}

export interface Inputs {
  programme: Programme | undefined;
  replies: Reply[];
  diagnostics: Diagnostic[];
  /** Files in the data folder that are not replies. */
  ignored: string[];
  /** The shown path of the data folder. */
  dataFolder: string;
}

/** Inputs good enough to score: the programme and the replies that loaded; `problems` are those of the other replies. */
export interface UsableInputs extends Inputs {
  programme: Programme;
  /** Errors in reply files: each such file's candidate is missing or its rulings not all read. */
  problems: Diagnostic[];
  /** The reply files that could not be read at all, so their candidates are missing. */
  leftOut: LeftOut[];
}

/** Loads the programme and every reply, collecting every problem rather than stopping at the first. */
export function loadInputs(paths: InputPaths): Inputs {
  const cwd = paths.cwd ?? process.cwd();
  const { programme, diagnostics } = loadProgramme(path.resolve(cwd, paths.pledges), cwd);
  const replies = loadReplies(path.resolve(cwd, paths.data), programme, cwd);
  const all = [...diagnostics, ...replies.diagnostics];
  if (programme && replies.replies.length === 0 && replies.diagnostics.length === 0) {
    const shown = displayPath(path.resolve(cwd, paths.data), cwd);
    all.push(diagnostic('no-replies', shown, undefined, 'no reply files (*.md) found in the data folder', 'warning'));
  }
  const dataFolder = displayPath(path.resolve(cwd, paths.data), cwd);
  return { programme, replies: replies.replies, diagnostics: all, ignored: replies.ignored, dataFolder };
}

/**
 * Like loadInputs, but throws a PledgecardError when the programme or the data folder cannot be used. A broken reply
 * stops nobody else: its problems are returned, for the command to report and to exit 1 on.
 */
export function requireInputs(paths: InputPaths): UsableInputs {
  const inputs = loadInputs(paths);
  const errors = inputs.diagnostics.filter((d) => d.severity === 'error');
  const programmeFile = inputs.programme?.file ?? displayPath(path.resolve(paths.cwd ?? process.cwd(), paths.pledges), paths.cwd ?? process.cwd());
  // Problems of the programme or of the data folder as a whole stop the run; those of single replies do not.
  const fatal = errors.filter((d) => d.file === programmeFile || d.file === inputs.dataFolder);
  if (fatal.length > 0 || !inputs.programme) throw new PledgecardError(fatal.length > 0 ? fatal : errors, exitCodeFor(fatal) || 1);
  const problems = errors.filter((d) => !fatal.includes(d));
  const loaded = new Set(inputs.replies.map((r) => r.file));
  const leftOut: LeftOut[] = [];
  for (const d of problems) {
    if (loaded.has(d.file) || leftOut.some((l) => l.file === d.file)) continue;
    leftOut.push({ file: d.file, line: d.line, col: d.col, code: d.code, message: d.message });
  }
  return { ...inputs, programme: inputs.programme, problems, leftOut };
}

/** Parses every reply (on several threads when there are many) and scores the lot; `leftOut` marks the report incomplete. */
export function buildReport(programme: Programme, replies: readonly Reply[], leftOut: readonly LeftOut[] = []): Report {
  const rulings = analyseAll(programme, replies);
  return scoreReport(
    programme,
    replies.map((reply, i) => ({ reply, rulings: rulings[i]! })),
    leftOut,
  );
}

/** The record folder: `record` when given, else `record/` inside the data folder. */
export function recordFolder(paths: InputPaths & { record?: string | undefined }): string {
  const cwd = paths.cwd ?? process.cwd();
  return paths.record !== undefined ? path.resolve(cwd, paths.record) : path.join(path.resolve(cwd, paths.data), 'record');
}

/**
 * Loads the record and judges it against the report's pledges; undefined when there is no record folder (and none
 * was named). Throws a PledgecardError when a record file has problems.
 */
export function requireRecord(paths: InputPaths & { record?: string | undefined }, programme: Programme, report: Report): RecordReport | undefined {
  const loaded = loadRecord(recordFolder(paths), {
    programme,
    candidates: report.candidates.map((c) => c.candidate),
    required: paths.record !== undefined,
    cwd: paths.cwd ?? process.cwd(),
  });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new PledgecardError(errors, exitCodeFor(errors) || 1);
  return loaded.record ? judgeRecord(loaded.record, report) : undefined;
}
