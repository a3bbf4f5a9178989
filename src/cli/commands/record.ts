// `pledgecard record [member]`: each elected member's record against their pledges, or one member's in full.
import type { MemberRecord, RecordReport } from '../../model/record.js';
import { recordFolder, requireInputs, requireRecord } from '../../pipeline.js';
import { reportFor } from '../report.js';
import { renderMemberJson, renderMemberMarkdown, renderMemberTable, renderRecord } from '../../render/record/index.js';
import { slugify } from '../../render/slug.js';
import { terminalSafe } from '../../render/text.js';
import type { Format } from '../../render/types.js';
import { displayPath } from '../../load/files.js';
import { targetKind, writeFileAtomic } from '../../util/write.js';
import { resolvePath, type Context, type InputOptions } from '../context.js';
import { EXIT } from '../main.js';

export interface RecordOptions extends InputOptions {
  record?: string;
  format: Format;
  out?: string;
  date?: string;
}

function normal(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The member a query means: the exact name, its slug, or a part of the name only one member has. */
export function findMember(members: readonly MemberRecord[], query: string): MemberRecord[] {
  const q = normal(query);
  const tiers = [(m: MemberRecord) => normal(m.member) === q, (m: MemberRecord) => slugify(m.member) === q, (m: MemberRecord) => q !== '' && normal(m.member).includes(q)];
  for (const tier of tiers) {
    const found = members.filter(tier);
    if (found.length > 0) return found;
  }
  return [];
}

function memberView(record: RecordReport, m: MemberRecord, format: Format, options: Parameters<typeof renderRecord>[2] & {}): string {
  const full = { colour: false, width: 80, ...options };
  if (format === 'table') return renderMemberTable(record, m, full);
  if (format === 'markdown') return renderMemberMarkdown(record, m, full);
  if (format === 'json') return renderMemberJson(record, m);
  return renderRecord({ ...record, members: [m] }, format, full);
}

/** Prints or writes the record; no record folder, or an unknown member, exits 2. */
export async function recordCommand(ctx: Context, query: string | undefined, opts: RecordOptions): Promise<number> {
  const paths = { pledges: opts.pledges, data: opts.data, record: opts.record, cwd: ctx.io.cwd };
  const { programme, replies } = requireInputs(paths);
  const report = await reportFor(ctx, opts, programme, replies);
  const record = requireRecord(paths, programme, report);
  if (!record) {
    const folder = displayPath(recordFolder(paths), ctx.io.cwd);
    ctx.io.stderr(`pledgecard: no record yet: ${folder}/body.yaml not found (see "The record" in the README, or pledgecard import-record)\n`);
    return EXIT.usage;
  }
  const toFile = opts.out !== undefined;
  const options = { colour: toFile ? false : ctx.chalk, width: toFile ? 80 : ctx.io.columns, date: opts.date };
  let text: string;
  if (query === undefined) text = renderRecord(record, opts.format, options);
  else {
    const found = findMember(record.members, query);
    if (found.length !== 1) {
      const list = (found.length > 1 ? found : record.members).map((m) => terminalSafe(`  ${m.member}\n`)).join('');
      const why = found.length > 1 ? `'${query}' matches ${found.length} members; give more of the name:\n` : `no member matches '${query}'; the members are:\n`;
      ctx.io.stderr(`pledgecard: ${why}${list}`);
      return EXIT.usage;
    }
    text = memberView(record, found[0]!, opts.format, options);
  }
  if (!toFile) {
    ctx.io.stdout(text);
    return EXIT.ok;
  }
  const file = resolvePath(ctx, opts.out!);
  if (targetKind(file) === 'folder') {
    ctx.io.stderr(`pledgecard: --out ${opts.out} is a folder; give a file name\n`);
    return EXIT.usage;
  }
  writeFileAtomic(file, text);
  ctx.io.stderr(`wrote ${opts.out}\n`);
  return EXIT.ok;
}
