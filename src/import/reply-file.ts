// Turns imported replies into reply files: front matter plus the verbatim reply, each at a file name of its own.
import { stringify } from 'yaml';
import type { ImportedReply } from '../model/import.js';
import { nameKey, slugify } from './names.js';

/** The text of a reply file: `candidate:` and, where known, `received:` in the front matter, then the reply. */
export function formatReplyFile(reply: Pick<ImportedReply, 'candidate' | 'received' | 'body'>): string {
  const scalar = (v: string): string => stringify(v, { lineWidth: 0 }).trimEnd();
  let front = `candidate: ${scalar(reply.candidate)}\n`;
  if (reply.received) front += `received: ${reply.received}\n`;
  return `---\n${front}---\n${reply.body}`;
}

export interface PlannedFile {
  reply: ImportedReply;
  /** File name relative to the output folder, with forward slashes. */
  name: string;
  content: string;
}

/**
 * Gives each reply a file: the one already holding that candidate's reply when `existing` knows one (so a
 * re-import finds it), else `<slug>.md`, numbered when two candidates share a slug.
 */
export function planFiles(replies: readonly ImportedReply[], existing: ReadonlyMap<string, string> = new Map()): PlannedFile[] {
  const taken = new Set<string>();
  return replies.map((reply) => {
    let name = existing.get(nameKey(reply.candidate));
    if (!name) {
      const slug = slugify(reply.candidate);
      name = `${slug}.md`;
      for (let n = 2; taken.has(name) || [...existing.values()].includes(name); n++) name = `${slug}-${n}.md`;
    }
    taken.add(name);
    return { reply, name, content: formatReplyFile(reply) };
  });
}
