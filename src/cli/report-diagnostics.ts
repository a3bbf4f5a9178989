// Prints diagnostics for people (grouped by file), for machines (JSON) and for GitHub Actions (annotations).
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { sortDiagnostics } from '../util/ordering.js';
import type { Context } from './context.js';

export type DiagnosticFormat = 'text' | 'json' | 'github';

/** Groups diagnostics by file, each line `  line:col  severity  message  code`. */
export function formatDiagnosticsText(ctx: Context, diagnostics: readonly Diagnostic[]): string {
  const { chalk } = ctx;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(diagnostics)) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  let out = '';
  for (const [file, list] of byFile) {
    out += `${chalk.underline(file)}\n`;
    const places = list.map((d) => (d.line ? `${d.line}:${d.col || 1}` : '-'));
    const width = Math.max(...places.map((p) => p.length));
    list.forEach((d, i) => {
      const sev = d.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      out += `  ${chalk.dim(places[i]!.padEnd(width))}  ${sev}  ${d.message}  ${chalk.dim(d.code)}\n`;
    });
    out += '\n';
  }
  return out;
}

/**
 * Paths relative to the repository root (GITHUB_WORKSPACE), which is what annotations are matched against,
 * whatever folder pledgecard ran in.
 */
export function githubPaths(diagnostics: readonly Diagnostic[], cwd: string, workspace: string | undefined): Diagnostic[] {
  if (!workspace) return [...diagnostics];
  return diagnostics.map((d) => {
    const rel = path.relative(workspace, path.resolve(cwd, d.file));
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? { ...d, file: rel.split(path.sep).join('/') } : d;
  });
}

// Escaping as GitHub's runner unescapes (actions/toolkit command.ts): %, CR and LF in the message; also : and , in properties.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One GitHub workflow command per diagnostic: `::error file=…,line=…,col=…,title=…::message`. */
export function formatDiagnosticsGithub(diagnostics: readonly Diagnostic[]): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const props = [`file=${escapeProperty(d.file)}`];
      if (d.line) props.push(`line=${d.line}`);
      if (d.col) props.push(`col=${d.col}`);
      props.push(`title=${escapeProperty(`pledgecard ${d.code}`)}`);
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(d.message)}\n`;
    })
    .join('');
}

export function formatDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(sortDiagnostics(diagnostics), null, 2)}\n`;
}

export function formatDiagnostics(ctx: Context, diagnostics: readonly Diagnostic[], format: DiagnosticFormat): string {
  if (format === 'json') return formatDiagnosticsJson(diagnostics);
  if (format === 'github') return formatDiagnosticsGithub(diagnostics);
  return formatDiagnosticsText(ctx, diagnostics);
}

/** Prints diagnostics as text on the chosen stream. */
export function printDiagnostics(ctx: Context, diagnostics: readonly Diagnostic[], stream: 'stdout' | 'stderr'): void {
  const text = formatDiagnosticsText(ctx, diagnostics);
  if (text) ctx.io[stream](text);
}
