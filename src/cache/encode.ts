// Rulings in a compact form for the cache: each text once per pack (a table of strings), each ruling's keys once per
// pack (a table of shapes), and each evidence quote as its place in the reply's body rather than its text. Decoding
// gives back objects equal to the parser's, key order included; anything that would not come back so is not encoded.
import type { Evidence, Ruling } from '../model/ruling.js';

/**
 * How a value is kept: a number (n), a string from the table (s), a boolean (b), undefined (u), evidence as places in
 * the body (e), or any other value as it is (j).
 */
type Kind = 'n' | 's' | 'b' | 'u' | 'e' | 'j';

/** A ruling's keys with how each value is kept: [key, kind, key, kind, …]. */
export type Shape = string[];

/** One reply's rulings: [shape, value, value, …] each. */
export type EncodedRulings = unknown[][];

/** The tables a pack's entries refer to. */
export interface Tables {
  strings: string[];
  shapes: Shape[];
}

/** Builds the tables of a pack while its entries are encoded. */
export class TableBuilder implements Tables {
  readonly strings: string[] = [];
  readonly shapes: Shape[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly shapeIds = new Map<string, number>();

  string(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) this.stringIds.set(s, (id = this.strings.push(s) - 1));
    return id;
  }

  shape(shape: Shape): number {
    const name = shape.join('\0');
    let id = this.shapeIds.get(name);
    if (id === undefined) this.shapeIds.set(name, (id = this.shapes.push(shape) - 1));
    return id;
  }
}

/** Where each line of `body` starts. */
function lineStarts(body: string): number[] {
  const starts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Evidence as [start, length, line] triples, each quote found on its line of the body; undefined where one is not. */
function evidencePlaces(evidence: readonly Evidence[], body: string, bodyLine: number, starts: () => number[]): number[] | undefined {
  const places: number[] = [];
  for (const e of evidence) {
    if (typeof e !== 'object' || e === null || !sameKeys(e, ['quote', 'line']) || typeof e.quote !== 'string' || !Number.isInteger(e.line)) return undefined;
    const lines = starts();
    const at = e.line - bodyLine;
    if (at < 0 || at >= lines.length) return undefined;
    const start = body.indexOf(e.quote, lines[at]);
    if (start === -1 || (at + 1 < lines.length && start >= lines[at + 1]!)) return undefined;
    places.push(start, e.quote.length, e.line);
  }
  return places;
}

/** The value as JSON gives it back (compared with the original before it is kept); undefined for what JSON cannot write. */
function asJson(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sameKeys(o: object, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}

/** One reply's rulings encoded against `tables`; undefined when they could not be given back exactly. */
export function encodeRulings(rulings: readonly Ruling[], body: string, bodyLine: number, tables: TableBuilder): EncodedRulings | undefined {
  let starts: number[] | undefined;
  const lines = (): number[] => (starts ??= lineStarts(body));
  const out: EncodedRulings = [];
  for (const ruling of rulings) {
    if (typeof ruling !== 'object' || ruling === null || Array.isArray(ruling)) return undefined;
    const shape: Shape = [];
    const values: unknown[] = [];
    for (const [key, value] of Object.entries(ruling)) {
      let kind: Kind;
      let kept: unknown;
      if (typeof value === 'number') {
        // JSON has no NaN, infinities or -0.
        if (!Number.isFinite(value) || Object.is(value, -0)) return undefined;
        [kind, kept] = ['n', value];
      }
      else if (typeof value === 'string') [kind, kept] = ['s', tables.string(value)];
      else if (typeof value === 'boolean') [kind, kept] = ['b', value ? 1 : 0];
      else if (value === undefined) [kind, kept] = ['u', 0];
      else {
        const places = key === 'evidence' && Array.isArray(value) ? evidencePlaces(value, body, bodyLine, lines) : undefined;
        [kind, kept] = places ? ['e', places] : ['j', asJson(value)];
      }
      shape.push(key, kind);
      values.push(kept);
    }
    out.push([tables.shape(shape), ...values]);
  }
  const back = decodeRulings(out, tables, body);
  return back !== undefined && same(back, rulings) ? out : undefined;
}

/** One reply's rulings from their encoded form; undefined when the encoding does not fit `tables` or `body`. */
export function decodeRulings(encoded: EncodedRulings, tables: Tables, body: string): Ruling[] | undefined {
  const rulings: Ruling[] = [];
  for (const row of encoded) {
    if (!Array.isArray(row)) return undefined;
    const shape = tables.shapes[row[0] as number];
    if (shape === undefined || row.length !== shape.length / 2 + 1) return undefined;
    const ruling: Record<string, unknown> = {};
    for (let i = 0; i < shape.length; i += 2) {
      const v = row[i / 2 + 1];
      switch (shape[i + 1] as Kind) {
        case 'n':
          if (typeof v !== 'number') return undefined;
          ruling[shape[i]!] = v;
          break;
        case 's': {
          const s = tables.strings[v as number];
          if (s === undefined) return undefined;
          ruling[shape[i]!] = s;
          break;
        }
        case 'b':
          ruling[shape[i]!] = v === 1;
          break;
        case 'u':
          ruling[shape[i]!] = undefined;
          break;
        case 'e': {
          const evidence = evidenceFrom(v, body);
          if (evidence === undefined) return undefined;
          ruling[shape[i]!] = evidence;
          break;
        }
        case 'j':
          ruling[shape[i]!] = v;
          break;
        default:
          return undefined;
      }
    }
    rulings.push(ruling as unknown as Ruling);
  }
  return rulings;
}

function evidenceFrom(places: unknown, body: string): Evidence[] | undefined {
  if (!Array.isArray(places) || places.length % 3 !== 0) return undefined;
  const evidence: Evidence[] = [];
  for (let i = 0; i < places.length; i += 3) {
    const [start, length, line] = [places[i], places[i + 1], places[i + 2]] as number[];
    if (!(start! >= 0 && length! >= 0 && start! + length! <= body.length)) return undefined;
    evidence.push({ quote: body.slice(start, start! + length!), line: line! });
  }
  return evidence;
}

/** One reply's rulings, encoded against another pack's tables, re-encoded against `tables` (when packs merge). */
export function reencodeRulings(encoded: EncodedRulings, from: Tables, tables: TableBuilder): EncodedRulings | undefined {
  const out: EncodedRulings = [];
  for (const row of encoded) {
    if (!Array.isArray(row)) return undefined;
    const shape = from.shapes[row[0] as number];
    if (shape === undefined) return undefined;
    const values = row.slice(1);
    for (let i = 1; i < shape.length; i += 2) {
      if (shape[i] !== 's') continue;
      const s = from.strings[values[(i - 1) / 2] as number];
      if (s === undefined) return undefined;
      values[(i - 1) / 2] = tables.string(s);
    }
    out.push([tables.shape(shape), ...values]);
  }
  return out;
}

/** Whether two values are the same: primitives by Object.is, arrays and objects key by key, in the same order. */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !same((a as Record<string, unknown>)[ka[i]!], (b as Record<string, unknown>)[kb[i]!])) return false;
  }
  return true;
}
