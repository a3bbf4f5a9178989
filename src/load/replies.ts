// Loads the data folder: every .md file below it is one candidate's reply with YAML front matter.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { isMap } from 'yaml';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Programme } from '../model/programme.js';
import { DetailsInputSchema, FrontMatterSchema, isIsoDate, type Reply, type RulingOverride } from '../model/reply.js';
import { STANCE_IDS, type Stance } from '../model/stance.js';
import { compareText } from '../util/ordering.js';
import { didYouMean } from '../util/suggest.js';
import { displayPath, readText, shownEntry, shownPrefix } from './files.js';
import { splitFrontMatter } from './frontmatter.js';
import {
  MAX_FRONT_MATTER_BYTES,
  jsKeyOf,
  limitDiagnostics,
  nodeStart,
  pairOf,
  parseYaml,
  positionOf,
  quoted,
  scalarText,
  schemaDiagnostics,
  type Position,
} from './yaml.js';

export interface RepliesLoad {
  replies: Reply[];
  diagnostics: Diagnostic[];
  /** Files below the data folder that are not replies, as shown paths. */
  ignored: string[];
}

const FRONT_MATTER_KEYS = Object.keys(FrontMatterSchema.shape);
const DETAIL_KEYS = Object.keys(DetailsInputSchema.shape);

function allowedKeys(p: readonly PropertyKey[]): readonly string[] {
  if (p.length === 0) return FRONT_MATTER_KEYS;
  if (p[0] === 'details') return DETAIL_KEYS;
  return ['stance', 'note'];
}

/** Lists reply files (.md) below `dir` in a stable order, following links inside it but never a loop. */
export function listReplyFiles(dir: string, cwd = process.cwd()): { files: string[]; shown: string[]; ignored: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  /** Each file's path as shown to users. */
  const shownFiles: string[] = [];
  const ignored: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const visited = new Set<string>();
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return { files, shown: shownFiles, ignored, diagnostics: [diagnostic('file-unreadable', displayPath(dir, cwd), undefined, 'cannot resolve the data folder')] };
  }
  const inside = (real: string): boolean => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  const walk = (current: string, real: string, prefix: string | undefined): void => {
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      // Entries come with their types, so only links need a stat of their own.
      entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
    } catch (err) {
      diagnostics.push(diagnostic('file-unreadable', displayPath(current, cwd), undefined, `cannot read folder: ${why(err)}`));
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const full = path.join(current, name);
      const shown = shownEntry(prefix, current, name, cwd);
      if (name.startsWith('.')) {
        ignored.push(shown);
        continue;
      }
      let st: Stats | Dirent = entry;
      let target = full;
      try {
        if (st.isSymbolicLink()) {
          target = realpathSync(full);
          st = statSync(target);
        }
      } catch (err) {
        diagnostics.push(diagnostic('file-unreadable', shown, undefined, `cannot follow link: ${why(err)}`));
        continue;
      }
      if (target !== full && !inside(target)) {
        // A link out of the data folder could pull in any file on the machine (a shared CI runner's, say).
        diagnostics.push(
          diagnostic('link-outside', shown, undefined, 'not read: the link leads outside the data folder; move or copy the file in', 'warning'),
        );
        continue;
      }
      if (st.isDirectory()) walk(full, target === full ? safeRealpath(full) : target, prefix !== undefined ? `${shown}/` : undefined);
      else if (st.isFile() && name.toLowerCase().endsWith('.md')) {
        files.push(full);
        shownFiles.push(shown);
      } else ignored.push(shown);
    }
  };
  walk(dir, root, shownPrefix(dir, cwd));
  return { files, shown: shownFiles, ignored, diagnostics };
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function why(err: unknown): string {
  const code = err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : undefined;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'it leads nowhere (broken link)';
  return code ?? String(err);
}

/** What parseReply found: the reply when its front matter is usable, and every problem. */
export interface ReplyParse {
  reply?: Reply;
  diagnostics: Diagnostic[];
  /** Where the candidate's name is written, for pointing at a duplicate. */
  candidateAt?: Position;
}

// A value YAML reads as the same plain text: no quoting, comments, flow or block syntax, anchors,
// tags, or anything YAML would read as a number, boolean, null or timestamp.
const PLAIN_LINE = /^(candidate|received|source):[ \t]+([^\s#'"&*!|>%@`{}[\],?:-](?:[^#:\n\t]|:(?=[^ \t])|#(?<! #))*?)[ \t]*$/;
const QUOTED_LINE = /^(candidate|received|source):[ \t]+(?:"([^"\\\n]*)"|'([^'\n]*)')[ \t]*$/;
const NOT_TEXT = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)|true|false|yes|no|on|off|null|~|y|n|\d{4}-\d\d?-\d\d?[tT ].*)$/i;

const RULINGS_LINE = /^rulings: *$/;
// A ruling in its short form, "  3a: agree": a clause id as YAML reads it, quoted or plain, and a stance.
const RULING_LINE = new RegExp(`^( +)(?:"([^"\\\\\\n]*)"|'([^'\\n]*)'|([A-Za-z0-9][A-Za-z0-9._-]*)): +(${STANCE_IDS.join('|')}) *$`);

/** A ruling as plain front matter writes it: the clause id as written, the stance, and the key's line in the YAML. */
export interface PlainRuling {
  id: string;
  stance: Stance;
  line: number;
}

/**
 * The common front matter, "candidate: Name" with perhaps "received:", "source:" and rulings in their short form
 * ("rulings:" then "  3a: agree" lines), read without the YAML parser (which costs more than the rest of loading).
 * Anything else goes to the YAML parser.
 */
export function plainFrontMatter(
  yaml: string,
): { candidate: string; received?: string; source?: string; candidateLine: number; rulings?: PlainRuling[] } | undefined {
  const fields: Record<string, string> = {};
  let candidateLine = 0;
  let rulings: PlainRuling[] | undefined;
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (RULINGS_LINE.test(line)) {
      if (rulings) return undefined;
      rulings = [];
      let indent: string | undefined;
      for (; i + 1 < lines.length && (lines[i + 1]!.startsWith(' ') || lines[i + 1]!.trim() === ''); i++) {
        const entry = lines[i + 1]!;
        if (entry.trim() === '') continue;
        const r = RULING_LINE.exec(entry);
        if (!r || (indent !== undefined && r[1] !== indent)) return undefined;
        indent = r[1];
        const id = r[2] ?? r[3] ?? r[4]!;
        // A plain key YAML would read as a number, boolean or null is left to it; so is a clause ruled twice.
        if ((r[4] !== undefined && NOT_TEXT.test(id)) || rulings.some((x) => x.id === id)) return undefined;
        rulings.push({ id, stance: r[5] as Stance, line: i + 2 });
      }
      if (rulings.length === 0) return undefined;
      continue;
    }
    const q = QUOTED_LINE.exec(line);
    const m = q ? undefined : PLAIN_LINE.exec(line);
    const key = q?.[1] ?? m?.[1];
    const text = q ? (q[2] ?? q[3]!) : m?.[2];
    if (key === undefined || text === undefined || fields[key] !== undefined || (m && NOT_TEXT.test(text))) return undefined;
    fields[key] = text;
    if (key === 'candidate') candidateLine = i + 1;
  }
  // The schema trims a candidate's name and wants one; leave anything unusual to it, and dates that are not dates.
  if (fields.candidate === undefined || fields.candidate.trim() !== fields.candidate || fields.candidate === '') return undefined;
  if (fields.received !== undefined && !isIsoDate(fields.received)) return undefined;
  const out: { candidate: string; received?: string; source?: string; candidateLine: number; rulings?: PlainRuling[] } = { candidate: fields.candidate, candidateLine };
  if (fields.received !== undefined) out.received = fields.received;
  if (fields.source !== undefined) out.source = fields.source;
  if (rulings !== undefined) out.rulings = rulings;
  return out;
}

/** Parses one reply file's text; `file` is the shown path. */
export function parseReply(text: string, file: string, programme?: Programme): ReplyParse {
  const split = splitFrontMatter(text);
  if (!split.ok) {
    const message =
      split.code === 'front-matter-missing'
        ? 'a reply starts with front matter: a line "---", then "candidate: Name", then "---"'
        : 'the front matter is not closed: add a line "---" after it';
    return { diagnostics: [diagnostic(split.code, file, { line: split.line, col: 1 }, message)] };
  }
  // Short plain front matter is read directly; everything else, and anything large, goes through the checks.
  const plain = split.yaml.length <= 4096 ? plainFrontMatter(split.yaml) : undefined;
  // Rulings for clauses the programme does not have are reported by the full checks.
  if (plain && (!programme || !plain.rulings || plain.rulings.every((r) => programme.clauses.some((c) => c.id === r.id)))) {
    const at = plain.candidateLine + split.yamlLine - 1;
    const rulings: Record<string, RulingOverride> = Object.create(null) as Record<string, RulingOverride>;
    for (const r of plain.rulings ?? []) rulings[r.id] = { stance: r.stance, note: undefined, line: r.line + split.yamlLine - 1 };
    const reply: Reply = { file, candidate: plain.candidate, received: plain.received, source: plain.source, rulings, body: split.body, bodyLine: split.bodyLine };
    return { reply, diagnostics: [], candidateAt: { line: at, col: 1 } };
  }
  const parsed = parseYaml(split.yaml, file, split.yamlLine - 1, MAX_FRONT_MATTER_BYTES);
  if (parsed.diagnostics.length > 0) return { diagnostics: limitDiagnostics(parsed.diagnostics, file) };
  const src = parsed.source;
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      diagnostics: [diagnostic('invalid-value', file, { line: split.yamlLine, col: 1 }, 'the front matter must be key: value lines')],
    };
  }
  const result = FrontMatterSchema.safeParse(value);
  const diagnostics: Diagnostic[] = [];
  if (!result.success) {
    const diags = schemaDiagnostics(src, result.error.issues, allowedKeys);
    // A missing candidate has no node of its own: point at the front matter's first line.
    for (const d of diags) if (d.line < split.yamlLine) [d.line, d.col] = [split.yamlLine - 1, 1];
    diagnostics.push(...diags);
  }
  // Ruling keys are checked on the YAML itself, as written ("3.10" stays "3.10"), even when the schema failed.
  const ids = programme ? new Set(programme.clauses.map((c) => c.id)) : undefined;
  const rulings: Record<string, RulingOverride> = Object.create(null) as Record<string, RulingOverride>;
  const rulingsNode = pairOf(src.doc.contents, 'rulings')?.value;
  for (const pair of isMap(rulingsNode) ? rulingsNode.items : []) {
    const id = scalarText(pair.key)?.trim();
    const at = positionOf(src, nodeStart(pair.key) ?? 0);
    if (id === undefined) continue;
    if (ids && !ids.has(id)) {
      diagnostics.push(
        diagnostic('ruling-unknown-clause', file, at, `rulings: ${quoted(id)} is not a clause of the programme${didYouMean(id.slice(0, 100), ids)}`),
      );
      continue;
    }
    const parsedRulings = result.success ? result.data.rulings : undefined;
    const key = jsKeyOf(pair) ?? '';
    // Own keys only: a '__proto__' key must not read back the object's prototype.
    const given = parsedRulings && Object.hasOwn(parsedRulings, key) ? parsedRulings[key] : undefined;
    if (given) rulings[id] = { stance: given.stance, note: given.note, line: at.line };
  }
  if (!result.success) return { diagnostics: limitDiagnostics(diagnostics, file) };
  const fm = result.data;
  const reply: Reply = {
    file,
    candidate: fm.candidate,
    received: fm.received,
    source: fm.source,
    ...(fm.details !== undefined ? { details: fm.details } : {}),
    rulings,
    body: split.body,
    bodyLine: split.bodyLine,
  };
  const candidateNode = pairOf(src.doc.contents, 'candidate')?.key;
  return { reply, diagnostics: limitDiagnostics(diagnostics, file), candidateAt: positionOf(src, nodeStart(candidateNode) ?? 0) };
}

function candidateKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Reads every reply below `dir`; checks ruling keys against `programme` when given. */
export function loadReplies(dir: string, programme?: Programme, cwd = process.cwd()): RepliesLoad {
  const shownDir = displayPath(dir, cwd);
  try {
    if (!statSync(dir).isDirectory()) {
      return { replies: [], ignored: [], diagnostics: [diagnostic('file-missing', shownDir, undefined, 'expected a data folder, found a file')] };
    }
  } catch {
    return { replies: [], ignored: [], diagnostics: [diagnostic('file-missing', shownDir, undefined, 'data folder not found')] };
  }
  const listing = listReplyFiles(dir, cwd);
  const diagnostics = [...listing.diagnostics];
  const replies: Reply[] = [];
  const byName = new Map<string, Reply>();
  for (let i = 0; i < listing.files.length; i++) {
    const full = listing.files[i]!;
    const shown = listing.shown[i]!;
    const read = readText(full, shown, 'reply file');
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const { reply, diagnostics: found, candidateAt } = parseReply(read.text, shown, programme);
    diagnostics.push(...found);
    if (!reply) continue;
    const key = candidateKey(reply.candidate);
    const first = byName.get(key);
    if (first) {
      diagnostics.push(
        diagnostic(
          'candidate-duplicate',
          shown,
          candidateAt,
          `candidate ${quoted(reply.candidate)} already has a reply in ${first.file}; give each candidate one file`,
        ),
      );
      continue;
    }
    byName.set(key, reply);
    replies.push(reply);
  }
  return { replies, diagnostics, ignored: listing.ignored };
}
