// Loads the data folder: every .md file below it is one candidate's reply with YAML front matter.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Programme } from '../model/programme.js';
import { FrontMatterSchema, type Reply, type RulingOverride } from '../model/reply.js';
import { didYouMean } from '../util/suggest.js';
import { displayPath, readText } from './files.js';
import { splitFrontMatter } from './frontmatter.js';
import { keyPosition, parseYaml, schemaDiagnostics } from './yaml.js';

export interface RepliesLoad {
  replies: Reply[];
  diagnostics: Diagnostic[];
  /** Files below the data folder that are not replies, as shown paths. */
  ignored: string[];
}

const FRONT_MATTER_KEYS = Object.keys(FrontMatterSchema.shape);

function allowedKeys(p: readonly PropertyKey[]): readonly string[] {
  if (p.length === 0) return FRONT_MATTER_KEYS;
  return ['stance', 'note'];
}

/** Lists reply files (.md) below `dir` in a stable order, following links but never a loop. */
export function listReplyFiles(dir: string, cwd = process.cwd()): { files: string[]; ignored: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const ignored: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const visited = new Set<string>();
  const walk = (current: string): void => {
    let real: string;
    try {
      real = realpathSync(current);
    } catch {
      diagnostics.push(diagnostic('file-unreadable', displayPath(current, cwd), undefined, 'cannot resolve folder (broken or looping link)'));
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(current).sort();
    } catch (err) {
      const code = (err as { code?: string }).code;
      diagnostics.push(
        diagnostic('file-unreadable', displayPath(current, cwd), undefined, `cannot read folder: ${code === 'EACCES' ? 'permission denied' : code}`),
      );
      return;
    }
    for (const name of entries) {
      const full = path.join(current, name);
      if (name.startsWith('.')) {
        ignored.push(displayPath(full, cwd));
        continue;
      }
      let isDir = false;
      let isFile = false;
      try {
        const st = lstatSync(full).isSymbolicLink() ? statSync(full) : lstatSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        diagnostics.push(diagnostic('file-unreadable', displayPath(full, cwd), undefined, 'broken or looping link'));
        continue;
      }
      if (isDir) walk(full);
      else if (isFile && name.toLowerCase().endsWith('.md')) files.push(full);
      else ignored.push(displayPath(full, cwd));
    }
  };
  walk(dir);
  return { files, ignored, diagnostics };
}

/** Parses one reply file's text; `file` is the shown path. */
export function parseReply(text: string, file: string, programme?: Programme): { reply?: Reply; diagnostics: Diagnostic[] } {
  const split = splitFrontMatter(text);
  if (!split.ok) {
    const message =
      split.code === 'front-matter-missing'
        ? 'a reply starts with front matter: a line "---", then "candidate: Name", then "---"'
        : 'the front matter is not closed: add a line "---" after it';
    return { diagnostics: [diagnostic(split.code, file, { line: split.line, col: 1 }, message)] };
  }
  const parsed = parseYaml(split.yaml, file, split.yamlLine - 1);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  const src = parsed.source;
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      diagnostics: [diagnostic('invalid-value', file, { line: split.yamlLine, col: 1 }, 'the front matter must be key: value lines')],
    };
  }
  const result = FrontMatterSchema.safeParse(value);
  if (!result.success) {
    const diags = schemaDiagnostics(src, result.error.issues, allowedKeys);
    // A missing candidate has no node of its own: point at the front matter's first line.
    for (const d of diags) if (d.line < split.yamlLine) [d.line, d.col] = [split.yamlLine - 1, 1];
    return { diagnostics: diags };
  }
  const fm = result.data;
  const diagnostics: Diagnostic[] = [];
  const ids = programme ? new Set(programme.clauses.map((c) => c.id)) : undefined;
  const rulings: Record<string, RulingOverride> = {};
  for (const [id, r] of Object.entries(fm.rulings ?? {})) {
    const at = keyPosition(src, ['rulings'], id);
    if (ids && !ids.has(id)) {
      diagnostics.push(
        diagnostic('ruling-unknown-clause', file, at, `rulings: '${id}' is not a clause of the programme${didYouMean(id, ids)}`),
      );
      continue;
    }
    rulings[id] = { stance: r.stance, note: r.note, line: at.line };
  }
  const reply: Reply = {
    file,
    candidate: fm.candidate,
    received: fm.received,
    source: fm.source,
    rulings,
    body: split.body,
    bodyLine: split.bodyLine,
  };
  return { reply, diagnostics };
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
  for (const full of listing.files) {
    const shown = displayPath(full, cwd);
    const read = readText(full, shown, 'reply file');
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const { reply, diagnostics: found } = parseReply(read.text, shown, programme);
    diagnostics.push(...found);
    if (!reply) continue;
    const key = candidateKey(reply.candidate);
    const first = byName.get(key);
    if (first) {
      diagnostics.push(
        diagnostic(
          'candidate-duplicate',
          shown,
          { line: candidateLine(read.text), col: 1 },
          `candidate '${reply.candidate}' already has a reply in ${first.file}; give each candidate one file`,
        ),
      );
      continue;
    }
    byName.set(key, reply);
    replies.push(reply);
  }
  return { replies, diagnostics, ignored: listing.ignored };
}

function candidateLine(text: string): number {
  const lines = text.split('\n', 200);
  const i = lines.findIndex((l) => /^candidate\s*:/.test(l));
  return i === -1 ? 1 : i + 1;
}
