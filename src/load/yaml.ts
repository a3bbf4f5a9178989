// YAML with positions: parses a document, converts it safely, and maps schema issues to file:line:col.
import { LineCounter, parseDocument, isMap, isPair, isScalar, isCollection, type Document, type Node } from 'yaml';
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

export function positionOf(src: YamlSource, offset: number): Position {
  const { line, col } = src.lineCounter.linePos(offset);
  return { line: line + src.lineOffset, col };
}

function nodeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range;
    if (Array.isArray(range)) return range[0];
  }
  return undefined;
}

function depthOf(node: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[node, 0]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (d > deepest) deepest = d;
    if (deepest > limit) return deepest;
    if (isCollection(n)) {
      for (const item of n.items) {
        if (isPair(item)) stack.push([item.value, d + 1]);
        else stack.push([item, d + 1]);
      }
    }
  }
  return deepest;
}

/**
 * Parses YAML text. Returns the converted value, or diagnostics for syntax errors,
 * alias bombs and excessive nesting.
 */
export function parseYaml(
  text: string,
  file: string,
  lineOffset = 0,
): { value: unknown; source: YamlSource; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const source: YamlSource = { doc, lineCounter, lineOffset, file };
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const pos = positionOf(source, err.pos[0]);
    const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    diagnostics.push(diagnostic('yaml-syntax', file, pos, message));
  }
  if (diagnostics.length > 0) return { value: undefined, source, diagnostics };
  if (depthOf(doc.contents, MAX_YAML_DEPTH) > MAX_YAML_DEPTH) {
    diagnostics.push(
      diagnostic('yaml-resources', file, positionOf(source, 0), `nesting deeper than ${MAX_YAML_DEPTH} levels is not supported`),
    );
    return { value: undefined, source, diagnostics };
  }
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { value, source, diagnostics };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const code = /alias/i.test(message) ? 'yaml-resources' : 'yaml-syntax';
    const text2 = code === 'yaml-resources' ? 'too many YAML aliases (refused as a possible "billion laughs" attack)' : message;
    diagnostics.push(diagnostic(code, file, positionOf(source, 0), text2));
    return { value: undefined, source, diagnostics };
  }
}

/** The node at `path`, or the nearest ancestor that exists. */
function nodeAt(src: YamlSource, path: readonly PropertyKey[]): { node: unknown; exact: boolean } {
  for (let len = path.length; len >= 0; len--) {
    const node = len === 0 ? src.doc.contents : src.doc.getIn(path.slice(0, len) as unknown[], true);
    if (node !== undefined && nodeStart(node) !== undefined) return { node, exact: len === path.length };
  }
  return { node: undefined, exact: false };
}

/** Position of the key node `key` inside the map at `path`. */
export function keyPosition(src: YamlSource, path: readonly PropertyKey[], key: string): Position {
  const { node } = nodeAt(src, path);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && String(pair.key.value) === key) {
        const start = nodeStart(pair.key);
        if (start !== undefined) return positionOf(src, start);
      }
    }
  }
  return positionOf(src, nodeStart(node) ?? 0);
}

/** Position of the value at `path`, or of its nearest existing ancestor. */
export function valuePosition(src: YamlSource, path: readonly PropertyKey[]): Position {
  const { node } = nodeAt(src, path);
  return positionOf(src, nodeStart(node) ?? 0);
}

function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
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
            `unknown key '${key}'${didYouMean(key, allowed)}; allowed here: ${allowed.join(', ')}`,
          ),
        );
      }
      continue;
    }
    const { exact } = nodeAt(src, issue.path);
    const where = describePath(issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type' && !exact) {
      const key = issue.path[issue.path.length - 1];
      message = typeof key === 'string' ? `missing required key '${key}'` : message;
    } else if (issue.code === 'invalid_type') {
      message = `${where}: expected ${issue.expected}`;
    } else if (where && !message.includes(where)) {
      message = `${where}: ${message}`;
    }
    out.push(diagnostic('invalid-value', src.file, valuePosition(src, issue.path), message));
  }
  return out;
}
