// `pledgecard check`: validate the programme and the replies, and list every problem.
import { exitCodeFor } from '../../model/diagnostic.js';
import { loadInputs } from '../../pipeline.js';
import type { Context, InputOptions } from '../context.js';
import { formatDiagnostics, type DiagnosticFormat } from '../report-diagnostics.js';

export interface CheckOptions extends InputOptions {
  format: DiagnosticFormat;
  strict?: boolean;
}

export async function check(ctx: Context, opts: CheckOptions): Promise<number> {
  const inputs = loadInputs({ pledges: opts.pledges, data: opts.data, cwd: ctx.io.cwd });
  const diagnostics = [...inputs.diagnostics];
  if (ctx.verbose) {
    for (const file of inputs.ignored) ctx.io.stderr(`ignored ${file} (not a .md reply)\n`);
  }
  const out = formatDiagnostics(ctx, diagnostics, opts.format);
  if (out) ctx.io.stdout(out);
  const code = exitCodeFor(diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (opts.format === 'text') {
    const files = new Set(diagnostics.map((d) => d.file)).size;
    if (errors > 0) {
      ctx.io.stderr(
        ctx.chalk.red(`✖ ${errors} ${errors === 1 ? 'error' : 'errors'}${warnings ? `, ${warnings} warnings` : ''} in ${files} ${files === 1 ? 'file' : 'files'}\n`),
      );
    } else {
      const clauses = inputs.programme?.clauses.length ?? 0;
      ctx.io.stderr(
        ctx.chalk.green(`✔ ${inputs.programme?.file}: ${clauses} clauses; ${inputs.replies.length} replies; no problems${warnings ? ` (${warnings} warnings)` : ''}\n`),
      );
    }
  }
  return code;
}

