// How email clients mark the earlier message quoted below a reply: separator lines and header blocks. Shared by
// the importer (which leaves the quoted message out of a reply) and the parser (which reads none of it as an answer).

/**
 * Email lines that separate a message from the earlier one it quotes; the quoted message is not part of
 * the reply. Patterns match a whole line.
 */
export const QUOTE_SEPARATORS: readonly { pattern: RegExp; note: string; headerBelow?: true }[] = [
  { pattern: /^-{2,}\s*original message\s*-{2,}$/i, note: 'Outlook' },
  { pattern: /^-{2,}\s*forwarded message\s*-{2,}$/i, note: 'Gmail forward' },
  { pattern: /^begin forwarded message:$/i, note: 'Apple Mail forward' },
  {
    pattern: /^_{10,}$/,
    note: 'Outlook on the web: a rule above the quoted header; a rule with no header under it only sets the next part apart',
    headerBelow: true,
  },
  { pattern: /^on .{4,200}\bwrote:$/i, note: 'Gmail, Apple Mail, Thunderbird: "On <date>, <name> wrote:"' },
  { pattern: /^.{4,200}\bschrieb:$/i, note: 'German mail clients' },
  { pattern: /^le .{4,200}\ba écrit\s?:$/i, note: 'French mail clients' },
];

/** An email header line that opens a quoted message when no separator line does ("From: … Sent: …"). */
export const QUOTED_HEADER = /^\s*(?:from|de|von):\s+\S/i;
export const QUOTED_HEADER_NEXT = /^\s*(?:sent|date|envoyé|gesendet|to):\s+\S/i;

/** The domain of the address on a "From:" line ("From: Team Ng <info@ngward7.ca>" → "ngward7.ca"), if it has one. */
export function senderDomain(line: string): string | undefined {
  return /@([\p{L}\p{N}.-]+\.[\p{L}]{2,})/u.exec(line)?.[1]?.toLowerCase();
}

/**
 * Who a "From:" line names: the domain of its address when it has one, else the name ("From: Alain Cormier" →
 * "alain cormier"), so that the candidate's own earlier message can be told from the organiser's.
 */
export function senderKey(line: string): string | undefined {
  const domain = senderDomain(line);
  if (domain) return domain;
  const name = /^\s*(?:from|de|von):\s+([^<\n]+)/i.exec(line)?.[1]?.trim().toLowerCase();
  return name && name.length > 1 ? name : undefined;
}
