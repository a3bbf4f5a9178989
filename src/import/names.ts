// People's names in running text: what a name looks like, heading lines that name someone, names lists, slugs.
import { slugOf } from '../util/slug.js';
import { NOT_NAME, PARTICLES } from './lexicon.js';

/** The text of a line without Markdown heading marks, emphasis, list bullets or a trailing colon. */
export function stripMarkup(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/^([*_])(.*)\1$/, '$2')
    .replace(/\s*:$/, '')
    .trim();
}

const REPLY_FROM = /^(?:the\s+)?(?:reply|replies|response|answers?|statement)\s+(?:from|by|of)\s+/i;
const REPLY_SUFFIX = /(?:['’]s\s+(?:reply|response|answers?|statement)|\s+(?:replied|responded|answered|wrote|writes|says|said))$/i;

/** The words of a heading line that may name a candidate: "Reply from Ann Lee" and "Ann Lee's response" give "Ann Lee". */
export function headingText(line: string): string {
  return stripMarkup(line).replace(REPLY_FROM, '').replace(REPLY_SUFFIX, '').trim();
}

/** A key for comparing names: case, accents, spacing and the kind of dash or apostrophe do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const TITLES = new Set(['cllr', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'rev', 'sir', 'dame', 'lord', 'lady', 'baroness', 'comrade']);
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;

/**
 * Whether text looks like a person's name as people write one on its own line: two to five words, each
 * capitalised (initials and particles like "van" allowed), no digits, no sentence punctuation, and none of
 * the words headings, sign-offs and organisations are made of.
 */
export function isNameLike(text: string): boolean {
  const s = text.trim();
  if (s.length < 3 || s.length > 60 || /[\d!?;:,()"“”[\]/@<>=+*&|]/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (/\.$/.test(s) && !/(^|\s)\p{Lu}\.$/u.test(s)) return false;
  let capitalised = 0;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/\.$/, '');
    if (NOT_NAME.has(lower)) return false;
    if (PARTICLES.has(word)) continue;
    if (!NAME_WORD.test(word)) return false;
    if (!TITLES.has(lower)) capitalised++;
  }
  return capitalised >= 2 && NAME_WORD.test(words[words.length - 1]!);
}

/** Splits a `--names` value ("A;B;C", newlines also accepted) into names. */
export function parseNamesOption(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}

const LIST_INTRO = /\b(candidates?|answers?|repl(?:y|ied|ies)|responses?|respondents?|responded)\b/i;
const ITEM_END = /\s+[-–—]\s+|\.\s|\s\(|\.$/;

/** A names list found in the text: "We have received answers from the following candidates: A, B and C." */
export interface NamesList {
  names: string[];
  /** 1-based lines the list takes: the introducing line, and the item lines when the list is one name a line. */
  line: number;
  endLine: number;
}

function listItems(rest: string): string[] | undefined {
  const items = rest
    .split(/\s*[,;]\s*|\s+(?:and|&)\s+/)
    .map((s) => s.replace(/^(?:and|&)\s+/, '').trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const item of items) {
    if (isNameLike(item)) {
      names.push(item);
      continue;
    }
    // The last name may run on into the rest of the sentence: "…, Crispin Flintoff – they are featured below."
    const cut = item.split(ITEM_END)[0]!.trim();
    if (cut !== item && isNameLike(cut)) return [...names, cut];
    return names.length >= 2 ? names : undefined;
  }
  return names.length > 0 ? names : undefined;
}

const BULLET = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;

/**
 * Names one a line below an introducing line that ends with its colon: a bulleted list (blank lines between
 * items allowed) or plain lines (a blank line ends them).
 */
function listLines(lines: readonly string[], from: number): { names: string[]; end: number } | undefined {
  const names: string[] = [];
  let bulleted: boolean | undefined;
  let end = from;
  for (let i = from; i < lines.length && i < from + 200; i++) {
    const text = lines[i]!.trim();
    if (!text) {
      if (bulleted === false) break;
      continue;
    }
    const hasBullet = BULLET.test(text);
    if (bulleted !== undefined && hasBullet !== bulleted) break;
    const item = text.replace(BULLET, '').replace(/[,;.]$/, '').trim();
    if (!isNameLike(item)) break;
    bulleted = hasBullet;
    names.push(item);
    end = i;
  }
  return names.length > 0 ? { names, end } : undefined;
}

/** Finds the first line that introduces the candidates who replied and lists them, after its colon or below it. */
export function findNamesList(lines: readonly string[]): NamesList | undefined {
  for (const [i, line] of lines.entries()) {
    const colon = line.indexOf(':');
    if (colon === -1 || colon > 160) continue;
    const intro = line.slice(0, colon);
    if (!LIST_INTRO.test(intro) || /^\s*(from|to|cc|subject|sent|date)\s*$/i.test(intro)) continue;
    const rest = line.slice(colon + 1).trim();
    if (rest) {
      const names = listItems(rest);
      if (names) return { names, line: i + 1, endLine: i + 1 };
      continue;
    }
    const below = listLines(lines, i + 1);
    if (below) return { names: below.names, line: i + 1, endLine: below.end + 1 };
  }
  return undefined;
}

/**
 * The name a heading line gives, when the line is one of `names` (optionally followed by a short
 * parenthesis or dash aside: "Alec Price (Unite)", "Alec Price – Bristol"; or worded "Reply from Alec Price").
 */
export function headingName(line: string, names: readonly string[]): string | undefined {
  const text = headingText(line);
  if (!text || text.length > 120) return undefined;
  const key = nameKey(text);
  for (const name of names) {
    const nk = nameKey(name);
    if (key === nk) return name;
    if (key.startsWith(nk)) {
      const rest = key.slice(nk.length);
      if (/^\s*\([^)]{1,60}\)$/.test(rest) || /^\s+-\s+[^.!?]{1,60}$/.test(rest) || /^,\s*[^.!?]{1,60}$/.test(rest)) {
        return name;
      }
    }
  }
  return undefined;
}

/**
 * A paragraph that starts with a known name and a colon, the reply following on the same line
 * ("Ann Lee: I agree with all of it.", "**Ann Lee:** …"): the name and where the reply starts in the line.
 */
export function namePrefix(line: string, names: readonly string[]): { name: string; offset: number } | undefined {
  const m = /^\s*(\*\*|__)?([^:*_]{3,80}?)\s*(?::\s*\1|\1\s*:)\s+(?=\S)/.exec(line);
  if (!m) return undefined;
  const key = nameKey(m[2]!);
  const name = names.find((n) => nameKey(n) === key);
  return name ? { name, offset: m[0].length } : undefined;
}

/** A file name for a candidate: lower case ASCII words joined by hyphens ("Carol Spedding-Taylor" → carol-spedding-taylor). */
export function slugify(name: string): string {
  return slugOf(name) || 'reply';
}
