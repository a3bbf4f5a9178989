// Problems found in the user's files: a code, where, and what to do about it.

/** Every diagnostic code, with the exit code it leads to when it is an error. */
export const DIAGNOSTIC_CODES = {
  'file-missing': { exit: 2, title: 'file or folder not found' },
  'file-unreadable': { exit: 2, title: 'file cannot be read' },
  'file-too-large': { exit: 1, title: 'file is too large' },
  'yaml-syntax': { exit: 1, title: 'YAML syntax error' },
  'yaml-resources': { exit: 1, title: 'YAML aliases or nesting beyond safe limits' },
  'invalid-value': { exit: 1, title: 'value not allowed here' },
  'unknown-key': { exit: 1, title: 'unknown key' },
  'duplicate-id': { exit: 1, title: 'clause id used twice' },
  'invalid-utf8': { exit: 1, title: 'not valid UTF-8' },
  'binary-content': { exit: 1, title: 'binary content' },
  'front-matter-missing': { exit: 1, title: 'no front matter' },
  'front-matter-unclosed': { exit: 1, title: 'front matter not closed' },
  'candidate-duplicate': { exit: 1, title: 'candidate named twice' },
  'ruling-unknown-clause': { exit: 1, title: 'ruling for a clause the programme does not have' },
  'record-no-body': { exit: 1, title: 'record folder without body.yaml' },
  'record-unknown-member': { exit: 1, title: 'record names someone who is not a member of the body' },
  'record-not-on-body': { exit: 1, title: 'record names a member who was not on the body that day' },
  'record-unknown-clause': { exit: 1, title: 'record links to a clause the programme does not have' },
  'record-unknown-candidate': { exit: 1, title: 'member’s candidate has no reply' },
  'record-unknown-report': { exit: 1, title: 'record cites a report the meeting does not list' },
  'record-duplicate': { exit: 1, title: 'record gives the same thing twice' },
  'record-tally-mismatch': { exit: 1, title: 'named votes do not fit the tally' },
  'record-no-source': { exit: 1, title: 'decision without a source' },
  'no-replies': { exit: 1, title: 'no replies found' },
  'link-outside': { exit: 1, title: 'link leads outside the data folder' },
  'too-many-problems': { exit: 1, title: 'more problems than are shown' },
  'needs-review': { exit: 1, title: 'ruling needs review' },
  'file-exists': { exit: 1, title: 'file exists already' },
  'ruling-not-written': { exit: 1, title: 'reviewed ruling could not be written' },
  'rulings-not-carried': { exit: 1, title: 'reviewed rulings could not be carried into a re-imported reply' },
  'import-no-replies': { exit: 1, title: 'no replies found to import' },
  'reply-not-found': { exit: 1, title: 'a named candidate has no reply in the source' },
  'heading-unlisted': { exit: 1, title: 'a heading names someone not among the candidates' },
  'csv-syntax': { exit: 1, title: 'CSV syntax error' },
  'column-not-found': { exit: 2, title: 'column not found' },
  'column-ambiguous': { exit: 1, title: 'column matches several clauses' },
  'column-unmatched': { exit: 1, title: 'column matches no clause' },
  'row-skipped': { exit: 1, title: 'row left out' },
  'part-skipped': { exit: 1, title: 'part of the source left out' },
  'cache-inside-data': { exit: 2, title: 'cache folder inside the data folder' },
} as const satisfies Record<string, { exit: 1 | 2; title: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  /** Path as shown to users. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 0 when unknown. */
  col: number;
  message: string;
}

export function diagnostic(
  code: DiagnosticCode,
  file: string,
  at: { line: number; col: number } | undefined,
  message: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return { code, severity, file, line: at?.line ?? 0, col: at?.col ?? 0, message };
}

/** The exit code a set of diagnostics calls for: 0 clean, 1 problems found, 2 could not run. */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): 0 | 1 | 2 {
  let code: 0 | 1 | 2 = 0;
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const exit = DIAGNOSTIC_CODES[d.code].exit;
    if (exit > code) code = exit;
  }
  return code;
}

/** Formats a diagnostic's place as `file:line:col`, leaving out what is unknown. */
export function formatPlace(d: Pick<Diagnostic, 'file' | 'line' | 'col'>): string {
  if (!d.line) return d.file;
  return d.col ? `${d.file}:${d.line}:${d.col}` : `${d.file}:${d.line}`;
}

/** The error every pledgecard failure is thrown as: diagnostics plus the exit code they call for. */
export class PledgecardError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly exitCode: 1 | 2;

  constructor(diagnostics: Diagnostic[], exitCode?: 1 | 2) {
    const first = diagnostics[0];
    super(first ? `${formatPlace(first)} ${first.message}` : 'pledgecard failed');
    this.name = 'PledgecardError';
    this.diagnostics = diagnostics;
    this.exitCode = exitCode ?? (exitCodeFor(diagnostics) || 1);
  }
}
