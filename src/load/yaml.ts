// YAML with positions: parses a document within safe limits, converts it, and maps schema issues to file:line:col.
import {
  LineCounter,
  parseDocument,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { didYouMean } from '../util/suggest.js';

export interface Position {
  line: number;
  col: number;
}

export interface YamlSource {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Added to every line the parser reports (front matter starts below line 1). */
  lineOffset: number;
  file: string;
}

/** Deepest nesting accepted before a document is refused (a guard against pathological input). */
export const MAX_YAML_DEPTH = 200;
/** Aliases accepted when converting (the yaml package's guard against "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;
/**
 * Largest programme read. Real ones are a few KB; the yaml package needs several seconds and some 200 MB for a
 * MB of YAML, so larger text is refused rather than risk time and memory.
 */
export const MAX_YAML_BYTES = 1024 * 1024;
/** Largest front matter read: a candidate's name and perhaps a ruling per clause need far less. */
export const MAX_FRONT_MATTER_BYTES = 256 * 1024;
/** Diagnostics kept per file; the rest are counted in one last diagnostic. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

/** The file line and column of an offset in the YAML text. */
export function positionOf(src: YamlSource, offset: number): Position {
  const { line, col } = src.lineCounter.linePos(offset);
  return { line: line + src.lineOffset, col };
}

/** Offset where a YAML node starts in the text, when it has one. */
export function nodeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range;
    if (Array.isArray(range)) return range[0];
  }
  return undefined;
}

/** A key or value for a message: quoted, control characters escaped, long ones cut short. */
export function quoted(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return `'${cut.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;
}

/** The text a scalar key or value was written as: `1.10` stays "1.10" rather than the number 1.1. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'number' && typeof node.source === 'string') return node.source;
  if (node.value === null) return '';
  return typeof node.value === 'object' ? undefined : String(node.value);
}

/** The key a map pair becomes in the converted object (what zod sees and names in paths). */
export function jsKeyOf(pair: Pair): string | undefined {
  const key = pair.key;
  if (key === null || key === undefined) return '';
  if (!isScalar(key)) return undefined;
  return key.value === null ? '' : String(key.value);
}

const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The map's pairs by converted key (first occurrence), built once per map so lookups stay linear overall. */
function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const key = jsKeyOf(pair);
      if (key !== undefined && !index.has(key)) index.set(key, pair);
    }
    keyIndexes.set(map, index);
  }
  return index;
}

/** The pair for `key` in a YAML map node, if there is one. */
export function pairOf(node: unknown, key: string): Pair | undefined {
  return isMap(node) ? keyIndex(node).get(key) : undefined;
}

interface Scan {
  tooDeep: unknown;
  firstAlias: unknown;
  duplicates: Array<{ key: string; at: number; first: number }>;
}

/** Walks the node tree once, without recursion: nesting depth, the first alias, and keys given twice in a map. */
function scan(root: unknown, limit: number): Scan {
  const out: Scan = { tooDeep: undefined, firstAlias: undefined, duplicates: [] };
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (isAlias(n)) {
      const start = nodeStart(n);
      if (start !== undefined && (out.firstAlias === undefined || start < nodeStart(out.firstAlias)!)) out.firstAlias = n;
      continue;
    }
    if (!isCollection(n)) continue;
    if (d >= limit) {
      if (out.tooDeep === undefined) out.tooDeep = n;
      continue;
    }
    const seen = isMap(n) ? new Map<string, number>() : undefined;
    for (const item of n.items) {
      if (isPair(item)) {
        const key = jsKeyOf(item);
        const at = nodeStart(item.key) ?? nodeStart(item.value);
        if (seen && key !== undefined && at !== undefined) {
          const first = seen.get(key);
          if (first !== undefined) out.duplicates.push({ key, at, first });
          else seen.set(key, at);
        }
        if (isCollection(item.key) || isAlias(item.key)) stack.push([item.key, d + 1]);
        stack.push([item.value, d + 1]);
      } else {
        stack.push([item, d + 1]);
      }
    }
  }
  return out;
}

/** Start of the quoted scalar or flow collection that an error at `offset` belongs to: the one ending there, else the last opened before it. */
function openedAt(doc: Document.Parsed, offset: number, kind: 'quote' | 'flow'): number | undefined {
  let ending: number | undefined;
  let latest: number | undefined;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const n = stack.pop();
    if (isPair(n)) {
      stack.push(n.key, n.value);
      continue;
    }
    if (isCollection(n)) for (const item of n.items) stack.push(item);
    const range = (n as Node | null)?.range;
    if (!range || range[0] >= offset) continue;
    const matches =
      kind === 'quote' ? isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') : isCollection(n) && n.flow === true;
    if (!matches) continue;
    if (range[1] === offset && (ending === undefined || range[0] > ending)) ending = range[0];
    if (latest === undefined || range[0] > latest) latest = range[0];
  }
  return ending ?? latest;
}

function kb(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Parses YAML text. Returns the converted value, or diagnostics for syntax errors, keys given twice,
 * alias bombs, excessive nesting and oversized text.
 */
export function parseYaml(
  text: string,
  file: string,
  lineOffset = 0,
  maxBytes = MAX_YAML_BYTES,
): { value: unknown; source: YamlSource; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    const empty = parseDocument('', { lineCounter });
    const source: YamlSource = { doc: empty, lineCounter, lineOffset, file };
    const message = `${kb(bytes)} of YAML is more than the ${kb(maxBytes)} pledgecard reads here (a programme or front matter is normally a few KB)`;
    return { value: undefined, source, diagnostics: [diagnostic('yaml-resources', file, { line: 1 + lineOffset, col: 1 }, message)] };
  }
  // uniqueKeys is off because the yaml package checks it in quadratic time; scan() checks it in linear time.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'silent' });
  const source: YamlSource = { doc, lineCounter, lineOffset, file };
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const pos = positionOf(source, err.pos[0]);
    if (err instanceof Error && /call stack/i.test(err.message)) {
      diagnostics.push(diagnostic('yaml-resources', file, pos, `nesting too deep to read (pledgecard reads up to ${MAX_YAML_DEPTH} levels)`));
      continue;
    }
    const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // An unclosed quote or bracket is noticed where the text ends; the place to fix is where it opens.
    const opener = /closing .?quote/i.test(message) ? openedAt(doc, err.pos[0], 'quote') : /end with a [\]}]/.test(message) ? openedAt(doc, err.pos[0], 'flow') : undefined;
    if (opener !== undefined && opener < err.pos[0]) {
      const open = positionOf(source, opener);
      const noticed = open.line === pos.line ? '' : `; noticed at line ${pos.line}`;
      diagnostics.push(diagnostic('yaml-syntax', file, open, `${message} (opened here${noticed})`));
    } else {
      diagnostics.push(diagnostic('yaml-syntax', file, pos, message));
    }
  }
  if (diagnostics.length > 0) return { value: undefined, source, diagnostics };
  const found = scan(doc.contents, MAX_YAML_DEPTH);
  if (found.tooDeep !== undefined) {
    const at = positionOf(source, nodeStart(found.tooDeep) ?? 0);
    diagnostics.push(diagnostic('yaml-resources', file, at, `nesting deeper than ${MAX_YAML_DEPTH} levels is not supported`));
    return { value: undefined, source, diagnostics };
  }
  for (const dup of found.duplicates) {
    const first = positionOf(source, dup.first);
    diagnostics.push(
      diagnostic('yaml-syntax', file, positionOf(source, dup.at), `key ${quoted(dup.key)} is given twice (first at line ${first.line}); keys must be unique`),
    );
  }
  if (diagnostics.length > 0) return { value: undefined, source, diagnostics };
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { value, source, diagnostics };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = positionOf(source, nodeStart(found.firstAlias) ?? 0);
    if (/excessive alias/i.test(message)) {
      diagnostics.push(diagnostic('yaml-resources', file, at, 'too many YAML aliases (refused as a possible "billion laughs" attack)'));
    } else {
      diagnostics.push(diagnostic('yaml-syntax', file, /alias/i.test(message) ? at : positionOf(source, 0), message.split('\n')[0]!));
    }
    return { value: undefined, source, diagnostics };
  }
}

/** The node at `path`, or the nearest ancestor that exists. */
function nodeAt(src: YamlSource, path: readonly PropertyKey[]): { node: unknown; exact: boolean } {
  let node: unknown = src.doc.contents;
  let found: unknown = nodeStart(node) !== undefined ? node : undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    let next: unknown;
    if (isMap(node)) next = keyIndex(node).get(String(step))?.value;
    else if (isSeq(node) && typeof step === 'number') next = node.items[step];
    if (next === undefined || next === null || nodeStart(next) === undefined) return { node: found, exact: false };
    node = next;
    found = next;
  }
  return { node: found, exact: true };
}

/** The node at `path` exactly, or undefined. */
export function nodeOf(src: YamlSource, path: readonly PropertyKey[]): unknown {
  const { node, exact } = nodeAt(src, path);
  return exact ? node : undefined;
}

/** Position of the key node `key` inside the map at `path`. */
export function keyPosition(src: YamlSource, path: readonly PropertyKey[], key: string): Position {
  const { node } = nodeAt(src, path);
  const start = nodeStart(pairOf(node, key)?.key);
  return positionOf(src, start ?? nodeStart(node) ?? 0);
}

/** Position of the value at `path`, or of its nearest existing ancestor. */
export function valuePosition(src: YamlSource, path: readonly PropertyKey[]): Position {
  const { node } = nodeAt(src, path);
  return positionOf(src, nodeStart(node) ?? 0);
}

function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    const name = String(p);
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + (/^[\w-]{1,40}$/.test(name) ? name : quoted(name));
  }
  return out;
}

const KINDS: Record<string, string> = {
  array: 'a list',
  object: 'key: value pairs',
  record: 'key: value pairs',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  null: 'nothing',
  undefined: 'nothing',
};

function kind(name: string): string {
  return KINDS[name] ?? name;
}

/** What zod's own wording says was expected and received, in words for people. */
function typeMessage(issue: z.core.$ZodIssueInvalidType): string {
  const received = /received (\w+)/.exec(issue.message)?.[1];
  return `expected ${kind(issue.expected)}${received ? `, found ${kind(received)}` : ''}`;
}

function isZodWording(message: string): boolean {
  return /^(Invalid|Too (small|big)|Expected|Unrecognized)/.test(message);
}

/**
 * Turns zod issues into one diagnostic each, placed on the offending YAML node.
 * `allowedKeys` gives the keys allowed at a path, for "did you mean".
 */
export function schemaDiagnostics(
  src: YamlSource,
  issues: readonly z.core.$ZodIssue[],
  allowedKeys: (path: readonly PropertyKey[]) => readonly string[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(issue.path);
      for (const key of issue.keys) {
        out.push(
          diagnostic(
            'unknown-key',
            src.file,
            keyPosition(src, issue.path, key),
            `unknown key ${quoted(key)}${didYouMean(key.slice(0, 100), allowed)}; allowed here: ${allowed.join(', ')}`,
          ),
        );
      }
      continue;
    }
    const { node, exact } = nodeAt(src, issue.path);
    const where = describePath(issue.path);
    const prefix = where ? `${where}: ` : '';
    let message: string;
    const key = issue.path[issue.path.length - 1];
    // An empty document (null) is read as an empty mapping, so its keys are missing too.
    const parent = issue.path.length === 1 && src.doc.contents === null ? 'empty' : nodeOf(src, issue.path.slice(0, -1));
    if (!exact && typeof key === 'string' && (parent === 'empty' || isMap(parent))) {
      message = `missing required key ${quoted(key)}`;
    } else if ((issue.code === 'too_big' || issue.code === 'too_small') && isZodWording(issue.message) && issue.origin === 'number') {
      const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum;
      const bound = issue.code === 'too_big' ? (issue.inclusive ? 'at most' : 'less than') : issue.inclusive ? 'at least' : 'more than';
      message = `${prefix}must be ${bound} ${String(limit)}`;
    } else if (issue.code === 'invalid_type' && isZodWording(issue.message)) {
      message = `${prefix}${typeMessage(issue)}`;
    } else if (issue.code === 'invalid_value' && isZodWording(issue.message)) {
      const values = issue.values.map(String);
      const given = scalarText(node);
      const what = given === undefined ? '' : `${quoted(given)} is not allowed${didYouMean(given.slice(0, 100), values)}; `;
      message = `${prefix}${what}expected one of ${values.join(', ')}`;
    } else {
      message = where && !issue.message.startsWith(String(issue.path[issue.path.length - 1])) ? `${prefix}${issue.message}` : issue.message;
    }
    out.push(diagnostic('invalid-value', src.file, positionOf(src, nodeStart(node) ?? 0), message));
  }
  return out;
}

/** Keeps the first MAX_DIAGNOSTICS_PER_FILE diagnostics in file order and counts the rest in one more. */
export function limitDiagnostics(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const sorted = [...diagnostics].sort((a, b) => a.line - b.line || a.col - b.col);
  const kept = sorted.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const next = sorted[MAX_DIAGNOSTICS_PER_FILE]!;
  const rest = diagnostics.length - kept.length;
  kept.push(
    diagnostic('too-many-problems', file, { line: next.line, col: next.col }, `${rest} more problems from here on are not shown; fix these first`),
  );
  return kept;
}
