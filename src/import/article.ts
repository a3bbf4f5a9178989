// Splits a published page of replies: each reply stands under a line naming its candidate; what comes before the
// first such line (the programme, the page's title and furniture) is left out.
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { ImportSplit, ImportedReply } from '../model/import.js';
import { datelineDate } from './dates.js';
import { FOOTER_LINES } from './lexicon.js';
import { findNamesList, headingName, headingText, isNameLike, nameKey, namePrefix, stripMarkup, type NamesList } from './names.js';

const isBlank = (line: string | undefined): boolean => line === undefined || /^\s*$/.test(line);

interface Heading {
  /** 0-based line index. */
  index: number;
  name: string;
  /** Where the reply starts in the heading line itself ("Ann Lee: I agree…"); undefined for a heading on its own. */
  inline?: number;
}

/** The candidate a line names when it stands as a name: one of `names`, or (names unknown) a name-like line. */
function namedBy(line: string, names: readonly string[] | undefined): string | undefined {
  if (names) return headingName(line, names);
  const text = headingText(line);
  return isNameLike(text) ? text : undefined;
}

/** Lines that could head a reply: naming a candidate and, when the names are unknown, standing alone. */
function headingCandidates(lines: readonly string[], names: readonly string[] | undefined, list: NamesList | undefined): Heading[] {
  const out: Heading[] = [];
  lines.forEach((line, index) => {
    if (list && index + 1 >= list.line && index + 1 <= list.endLine) return;
    if (!names && !isBlank(lines[index - 1])) return;
    const name = namedBy(line, names);
    if (name) return void out.push({ index, name });
    const prefix = names ? namePrefix(line, names) : undefined;
    if (prefix) out.push({ index, name: prefix.name, inline: prefix.offset });
  });
  return out;
}

/**
 * Keeps the candidates that head a reply: followed by text rather than by another name (a contents list,
 * a sign-off above the next heading), and not merely the current candidate signing off.
 */
function realHeadings(lines: readonly string[], candidates: readonly Heading[], names: readonly string[] | undefined): Heading[] {
  const out: Heading[] = [];
  for (const c of candidates) {
    let next = c.index + 1;
    while (next < lines.length && isBlank(lines[next])) next++;
    if (c.inline === undefined && (next >= lines.length || namedBy(lines[next]!, names))) continue;
    const previous = out[out.length - 1];
    if (previous && nameKey(previous.name) === nameKey(c.name)) continue;
    out.push(c);
  }
  return out;
}

function trimBlankLines(lines: readonly string[], from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isBlank(lines[a])) a++;
  while (b > a && isBlank(lines[b - 1])) b--;
  return [a, b];
}

function footerStart(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const text = stripMarkup(lines[i]!);
    if (FOOTER_LINES.some((f) => f.pattern.test(text))) return i;
  }
  return to;
}

/** The reply under a heading, up to `end` (exclusive): verbatim, without blank lines around it; `last` is its 1-based last line. */
function sectionBody(lines: readonly string[], h: Heading, end: number): { body: string; last: number } {
  if (h.inline === undefined) {
    const [a, b] = trimBlankLines(lines, h.index + 1, end);
    return { body: `${lines.slice(a, b).join('\n')}\n`, last: b };
  }
  // The reply starts on the heading's own line, so the lines below follow it as they stand.
  const [, b] = trimBlankLines(lines, h.index + 1, end);
  return { body: `${[lines[h.index]!.slice(h.inline), ...lines.slice(h.index + 1, b)].join('\n')}\n`, last: Math.max(b, h.index + 1) };
}

const range = (a: number, b: number): string => (a === b ? `line ${a}` : `lines ${a}–${b}`);

/** Splits `text` (LF line endings) into replies under candidate headings; `file` names the source in diagnostics. */
export function splitArticle(text: string, file: string, options: { names?: readonly string[] } = {}): ImportSplit {
  const lines = text.split('\n');
  const diagnostics: Diagnostic[] = [];
  const notes: string[] = [];
  const list = options.names ? undefined : findNamesList(lines);
  const names = options.names ?? list?.names;
  if (options.names) notes.push(`candidates from --names: ${options.names.join(', ')}`);
  else if (list) notes.push(`candidates from the names list on line ${list.line}: ${list.names.join(', ')}`);
  else notes.push('no names list found: candidates from name-like heading lines followed by text');

  const headings = realHeadings(lines, headingCandidates(lines, names, list), names);
  if (headings.length === 0) {
    const why = names
      ? `none of the names (${names.join(', ')}) stands on a line of its own above a reply`
      : 'no line naming a candidate above a reply was found; give the names with --names "Ann Lee;Bo Chan"';
    diagnostics.push(diagnostic('import-no-replies', file, undefined, why));
    return { shape: 'article', replies: [], diagnostics, notes };
  }

  const first = headings[0]!.index;
  let received: string | undefined;
  for (let i = 0; i < first && !received; i++) {
    received = datelineDate(lines[i]!);
    if (received) notes.push(`dated ${received} from line ${i + 1}`);
  }
  if (first > 0) notes.push(`left out ${range(1, first)} before the first reply (programme and page furniture)`);

  const byName = new Map<string, ImportedReply>();
  const replies: ImportedReply[] = [];
  headings.forEach((h, k) => {
    const isLast = k === headings.length - 1;
    let end = isLast ? lines.length : headings[k + 1]!.index;
    if (isLast) {
      const footer = footerStart(lines, h.index + 1, end);
      if (footer < end) notes.push(`left out ${range(footer + 1, end)} after the last reply (page furniture from "${lines[footer]!.trim()}")`);
      end = footer;
    }
    const { body, last: b } = sectionBody(lines, h, end);
    const key = nameKey(h.name);
    const earlier = byName.get(key);
    if (earlier) {
      diagnostics.push(
        diagnostic(
          'candidate-duplicate',
          file,
          { line: h.index + 1, col: 1 },
          `${h.name} has a second section here (the first is at line ${earlier.fromLine}); both are joined into one reply`,
          'warning',
        ),
      );
      earlier.body = `${earlier.body}\n${body}`;
      earlier.toLine = b;
      return;
    }
    const reply: ImportedReply = { candidate: h.name, received, body, fromLine: h.index + 1, toLine: b };
    byName.set(key, reply);
    replies.push(reply);
  });

  if (names) {
    const found = new Set(headings.map((h) => nameKey(h.name)));
    for (const name of names) {
      if (found.has(nameKey(name))) continue;
      diagnostics.push(
        diagnostic(
          'reply-not-found',
          file,
          list ? { line: list.line, col: 1 } : undefined,
          `no reply headed "${name}" was found; check the spelling, or give the names with --names`,
        ),
      );
    }
    diagnostics.push(...unlistedHeadings(lines, headings, file));
  }
  return { shape: 'article', replies, diagnostics, notes };
}

/** Name-like lines standing alone between replies that are not among the names: a reply the list forgot? */
function unlistedHeadings(lines: readonly string[], headings: readonly Heading[], file: string): Diagnostic[] {
  const known = new Set(headings.map((h) => nameKey(h.name)));
  const out: Diagnostic[] = [];
  for (let i = headings[0]!.index + 1; i < lines.length; i++) {
    const text = headingText(lines[i]!);
    if (!isBlank(lines[i - 1]) || !isBlank(lines[i + 1]) || !isNameLike(text) || known.has(nameKey(text))) continue;
    if (headings.some((h) => h.index === i)) continue;
    out.push(
      diagnostic(
        'heading-unlisted',
        file,
        { line: i + 1, col: 1 },
        `"${text}" looks like a candidate heading but is not among the names; it is kept as part of the reply above (add it with --names if it is a candidate)`,
      ),
    );
  }
  return out;
}
