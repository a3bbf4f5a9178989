// Splits a pasted email thread: one message per header block ("From:" with "Sent:"/"Date:"/"To:"/"Subject:"), each
// reply without the earlier messages it quotes or its signature block; messages from the organiser are left out.
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { ImportSplit, ImportedReply } from '../model/import.js';
import { isoDate } from './dates.js';
import { QUOTE_SEPARATORS, SIGNATURE_LINES } from './lexicon.js';
import { findNamesList, isNameLike, nameKey } from './names.js';

export interface Party {
  name: string | undefined;
  address: string | undefined;
}

interface Message {
  /** 0-based index of the header block's first line. */
  start: number;
  bodyStart: number;
  /** Exclusive end of the message's lines (before the next block and its separator). */
  end: number;
  from: Party;
  to: Party[];
  date: string | undefined;
}

const FROM = /^(?:from|von|de|van)\s*:\s*(.+)$/i;
const COMPANION = /^(?:sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet)\s*:/i;
const HEADER = /^[\p{L}-]{2,20}\s*:\s/u;
const GMAIL_FROM = /^([^<>:]+?)\s*<([^<>\s@]+@[^<>\s]+)>(.*)$/;
const isBlank = (line: string | undefined): boolean => line === undefined || /^\s*$/.test(line);
const isQuoted = (line: string): boolean => /^\s*>/.test(line);
const isSeparator = (line: string): boolean => QUOTE_SEPARATORS.some((s) => s.pattern.test(line.trim()));

/** Reads "Ann Lee <ann@example.org>", "\"Lee, Ann\" <ann@…>", "Ann Lee [mailto:ann@…]" or a bare address. */
export function parseParty(text: string): Party {
  const s = text.trim();
  const address = /[<[](?:mailto:)?([^<>[\]\s]+@[^<>[\]\s]+)[>\]]/i.exec(s)?.[1] ?? /^[^\s@<>]+@[^\s@<>]+$/.exec(s)?.[0];
  let name = s
    .replace(/[<[](?:mailto:)?[^<>[\]\s]+@[^<>[\]\s]+[>\]]/i, '')
    .replace(/^[^\s@<>]+@[^\s@<>]+$/, '')
    .trim()
    // A display name in quotes may hold the other quote mark: "Dave O'Brien", 'Ann "Nan" Lee'.
    .replace(/^"([^"]*)"$|^'([^']*)'$/, (_, double: string | undefined, single: string | undefined) => double ?? single ?? '')
    .trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) name = `${comma[2]} ${comma[1]}`;
  return { name: name || undefined, address: address?.toLowerCase() };
}

function parseParties(text: string): Party[] {
  const parts = text.match(/"[^"]*"\s*<[^>]*>|[^,;]+/g) ?? [];
  return parts.map(parseParty).filter((p) => p.name || p.address);
}

/** The header block starting at `i`, if one does: its headers and where its body begins. */
function headerBlock(lines: readonly string[], i: number): { headers: Map<string, string>; bodyStart: number } | undefined {
  const line = lines[i]!;
  if (isQuoted(line)) return undefined;
  const headers = new Map<string, string>();
  let j = i + 1;
  const from = FROM.exec(line.trim());
  const gmail = from ? undefined : GMAIL_FROM.exec(line.trim());
  if (from) headers.set('from', from[1]!);
  else if (gmail && /^to\s*:/i.test(lines[i + 1]?.trim() ?? '')) {
    headers.set('from', `${gmail[1]} <${gmail[2]}>`);
    if (gmail[3]!.trim()) headers.set('date', gmail[3]!.trim());
  } else return undefined;
  let companion = false;
  let last = 'from';
  for (; j < lines.length && !isBlank(lines[j]); j++) {
    const text = lines[j]!;
    if (/^\s/.test(text) && headers.has(last)) {
      headers.set(last, `${headers.get(last)} ${text.trim()}`);
      continue;
    }
    if (!HEADER.test(text.trim())) break;
    const [key, ...rest] = text.trim().split(':');
    last = key!.trim().toLowerCase();
    headers.set(last, rest.join(':').trim());
    if (COMPANION.test(text.trim())) companion = true;
  }
  if (!companion) return undefined;
  while (j < lines.length && isBlank(lines[j])) j++;
  return { headers, bodyStart: j };
}

function findMessages(lines: readonly string[]): Message[] {
  const messages: Message[] = [];
  for (let i = 0; i < lines.length; i++) {
    const block = headerBlock(lines, i);
    if (!block) continue;
    const h = block.headers;
    messages.push({
      start: i,
      bodyStart: block.bodyStart,
      end: lines.length,
      from: parseParty(h.get('from') ?? ''),
      to: parseParties([h.get('to'), h.get('an'), h.get('à'), h.get('cc')].filter(Boolean).join(', ')),
      date: isoDate(h.get('date') ?? h.get('sent') ?? h.get('gesendet') ?? h.get('datum') ?? h.get('envoyé') ?? ''),
    });
    i = block.bodyStart - 1;
  }
  // A message ends where the next begins, before the separator lines and blank lines above that one's header.
  for (let k = 0; k + 1 < messages.length; k++) {
    let end = messages[k + 1]!.start;
    while (end > messages[k]!.bodyStart && (isBlank(lines[end - 1]) || isSeparator(lines[end - 1]!))) end--;
    messages[k]!.end = end;
  }
  return messages;
}

/** Whether the text holds an email thread rather than a page of headed replies. */
export function looksLikeEmail(lines: readonly string[]): boolean {
  for (let i = 0; i < lines.length; i++) if (headerBlock(lines, i)) return true;
  return false;
}

/**
 * The reply part of a message body: without the quoted earlier message below it (but keeping quotes that
 * answers are interleaved with) and without the signature block.
 */
function replyLines(lines: readonly string[], from: number, to: number): { start: number; end: number; inline: boolean } {
  let end = to;
  let inline = false;
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    if (!isQuoted(line) && !isSeparator(line)) continue;
    const rest = lines.slice(i + 1, end);
    const allQuoted = rest.every((l) => isBlank(l) || isQuoted(l));
    if (allQuoted) end = i;
    else inline = true;
    break;
  }
  for (let i = from; i < end; i++) {
    if (i > from && SIGNATURE_LINES.some((s) => s.pattern.test(lines[i]!.trimEnd()))) {
      end = i;
      break;
    }
  }
  let start = from;
  while (start < end && isBlank(lines[start])) start++;
  while (end > start && isBlank(lines[end - 1])) end--;
  return { start, end, inline };
}

const partyKeys = (p: Party): string[] => [p.name && nameKey(p.name), p.address].filter((k): k is string => Boolean(k));
const shown = (p: Party): string => p.name ?? p.address ?? 'an unknown sender';

/** The senders others write to: whoever at least two other senders addressed, i.e. the organiser. */
function organisers(messages: readonly Message[]): Set<string> {
  const addressedBy = new Map<string, Set<string>>();
  for (const m of messages) {
    const sender = partyKeys(m.from)[0] ?? '';
    for (const to of m.to) {
      for (const key of partyKeys(to)) {
        const set = addressedBy.get(key) ?? new Set<string>();
        set.add(sender);
        addressedBy.set(key, set);
      }
    }
  }
  const out = new Set<string>();
  for (const m of messages) {
    const keys = partyKeys(m.from);
    const by = new Set(keys.flatMap((k) => [...(addressedBy.get(k) ?? [])]));
    for (const k of keys) by.delete(k);
    if (by.size >= 2) for (const k of keys) out.add(k);
  }
  return out;
}

/** The known name a sender writes as: the same name, or it with a title or middle name around it ("Cllr Ann Lee"). */
function knownSender(from: Party, known: ReadonlyMap<string, string>): string | undefined {
  if (!from.name) return undefined;
  const key = nameKey(from.name);
  const exact = known.get(key);
  if (exact) return exact;
  for (const [k, name] of known) if (` ${key} `.includes(` ${k} `)) return name;
  return undefined;
}

/** Splits an email thread (LF line endings) into one reply per candidate who wrote. */
export function splitEmail(text: string, file: string, options: { names?: readonly string[] } = {}): ImportSplit {
  const lines = text.split('\n');
  const diagnostics: Diagnostic[] = [];
  const notes: string[] = [];
  const messages = findMessages(lines);
  const list = options.names ? undefined : findNamesList(lines);
  const names = options.names ?? list?.names;
  notes.push(`email thread: ${messages.length} ${messages.length === 1 ? 'message' : 'messages'}`);
  if (options.names) notes.push(`candidates from --names: ${options.names.join(', ')}`);
  else if (list) notes.push(`candidates from the names list on line ${list.line}: ${list.names.join(', ')}`);
  else notes.push('candidates: the senders with a person’s name, except whoever the others wrote to');

  const known = names ? new Map(names.map((n) => [nameKey(n), n])) : undefined;
  const organiser = organisers(messages);
  const byName = new Map<string, ImportedReply>();
  const replies: ImportedReply[] = [];
  for (const m of messages) {
    const where = `line ${m.start + 1}`;
    let candidate: string | undefined;
    // A message left out may be a candidate's reply: each is an error (exit 1), except the organiser's own.
    const skip = (why: string): void => {
      diagnostics.push(diagnostic('part-skipped', file, { line: m.start + 1, col: 1 }, `the message from ${shown(m.from)} is left out: ${why}`));
    };
    if (known) {
      candidate = knownSender(m.from, known);
      if (!candidate) skip('the sender is not among the names (add them to --names if they are a candidate)');
    } else if (partyKeys(m.from).some((k) => organiser.has(k))) {
      notes.push(`left out the message at ${where} from ${shown(m.from)} (the others wrote to them: the organiser)`);
    } else if (!m.from.name || !isNameLike(m.from.name)) {
      skip('the sender is not written as a person’s name; give the candidates with --names "Ann Lee;Bo Chan" to include it');
    } else {
      candidate = m.from.name;
    }
    if (!candidate) continue;
    const part = replyLines(lines, m.bodyStart, m.end);
    if (part.end <= part.start) {
      skip('it has no text of its own, only quoted text or a signature');
      continue;
    }
    if (part.inline) notes.push(`the message at ${where} answers between quoted lines; the quotes are kept`);
    if (part.end < m.end) notes.push(`left out the quoted text or signature below line ${part.end} (message from ${candidate})`);
    const body = `${lines.slice(part.start, part.end).join('\n')}\n`;
    const key = nameKey(candidate);
    const earlier = byName.get(key);
    if (earlier) {
      notes.push(`${candidate} wrote more than once; the message at ${where} is added to their reply`);
      earlier.body = `${earlier.body}\n${body}`;
      earlier.toLine = part.end;
      if (m.date && (!earlier.received || m.date > earlier.received)) earlier.received = m.date;
      continue;
    }
    const reply: ImportedReply = { candidate, received: m.date, body, fromLine: m.start + 1, toLine: part.end };
    byName.set(key, reply);
    replies.push(reply);
  }
  if (known) {
    for (const [key, name] of known) {
      if (byName.has(key)) continue;
      diagnostics.push(
        diagnostic('reply-not-found', file, list ? { line: list.line, col: 1 } : undefined, `no message from "${name}" was found`),
      );
    }
  }
  if (replies.length === 0) {
    diagnostics.push(
      diagnostic('import-no-replies', file, undefined, 'no message from a candidate was found; give the names with --names "Ann Lee;Bo Chan"'),
    );
  }
  return { shape: 'email', replies, diagnostics, notes };
}
