// Drafts of the record from the way records are published: a member's report of a meeting in prose, split into
// the decisions it reports with the reporter as their source; and a CSV of votes, one meeting a draft.
// A draft is for a person to complete; it is written as YAML with comments saying where each part came from.
import { Document, YAMLMap, YAMLSeq, isMap } from 'yaml';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { VOTES, type Vote } from '../model/record.js';
import { slugify } from '../render/slug.js';
import { csvProblem, guessDelimiter, readRows } from './csv.js';
import { isoDate } from './dates.js';

export interface DraftDecision {
  id: string;
  title: string;
  decided?: string;
  result: 'carried' | 'defeated' | 'withdrawn' | 'not-known';
  tally?: 'unanimous' | { for: number; against: number };
  proposer?: string;
  report?: string;
  source?: string;
  votes?: Record<string, Vote>;
  /** Where in the source file the decision was read, for the comment above it. */
  line: number;
}

export interface MeetingDraft {
  meeting: string;
  date: string | undefined;
  sources?: string[];
  reports?: Array<{ id: string; by: string; where: string; published?: string }>;
  decisions: DraftDecision[];
  /** What the person completing the draft is asked to do, as the file's opening comment. */
  header: string;
}

export interface DraftResult {
  drafts: MeetingDraft[];
  diagnostics: Diagnostic[];
}

// Words that say a meeting decided something, and which way.
const OUTCOME = '(?:agreed|approved|accepted|adopted|carried|endorsed|rejected|defeated|referred|withdrawn|minuted|overturned)';
const DECIDED = new RegExp(
  [
    `\\b(?:was|were|been|is|are)\\s+(?:\\w+ly\\s+)?(?:not\\s+)?${OUTCOME}\\b`,
    '\\b(?:NEC|committee|meeting|conference|we)\\s+(?:\\w+ly\\s+)?(?:then\\s+)?(?:agreed|approved|adopted|voted|resolved|endorsed|rejected|decided)\\b',
    '\\bvoted by \\d+',
    '\\bformal(?:ly)? approv',
    '\\bwithdr[ae]w',
  ].join('|'),
  'i',
);
// "had not been agreed": something that was never decided.
const NOT_DECIDED = /\bnot been \w+/gi;
const AGAINST = /\b(not (?:been )?(?:accepted|agreed|approved|adopted|carried)|rejected|defeated|voted down|fell)\b/i;
const WITHDRAWN = /\b(withdr[ae]wn?|withdrew|not (?:even )?put to the meeting)\b/i;
const UNANIMOUS = /\bunanimous(?:ly)?\b/i;
const BY_VOTES = /\bby (\d+) (?:votes )?to (\d+)\b/i;
const PROPOSED_BY_ME = /\bI (?:proposed|moved|put forward)\b/i;
const BACK_REFERENCE = /^(?:this|it|that|the (?:proposal|motion|point))\b/i;
// Where the article ends and its comments or page furniture begin.
const END_OF_ARTICLE = /^\s*(?:\d+\.\s+)?.{1,60}\s+says:\s*$|^(?:leave a (?:reply|comment)|share this:|related posts)/i;
const REPORTER = /^(?:\S*?\d)?([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3})\s+reports?\b/u;

/** Sentences of a paragraph, each with the line it starts on. */
function sentences(text: string, line: number): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
  for (const m of text.matchAll(re)) {
    const s = m[0].trim();
    if (s) out.push({ text: s, line: line + (text.slice(0, m.index).match(/\n/g)?.length ?? 0) });
  }
  return out;
}

/** A short title for a decision: a bullet's lead-in ("NEC Aims and Objectives."), or what was proposed. */
function titleOf(lead: string | undefined, first: string): string {
  if (lead) return lead;
  const proposal = /\b(?:proposed|moved|demanded|asked|recommended) that (.+?)[.!?]*$/i.exec(first)?.[1] ?? first.replace(/[.!?]+$/, '');
  const words = proposal.split(/\s+/);
  const short = words.length > 14 ? `${words.slice(0, 14).join(' ')}…` : proposal;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

function uniqueId(base: string, taken: Set<string>): string {
  const stem = base.split('-').slice(0, 6).join('-') || 'decision';
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Splits a member's prose report of a meeting into draft decisions: each sentence that says something was agreed,
 * approved, rejected, voted … (with the sentence before it when it only says "This was agreed"), its result and
 * tally where the words give them, and the reporter as source and, when they proposed it, proposer.
 */
export function draftFromReport(text: string, file: string, options: { by?: string | undefined; source?: string | undefined; date?: string | undefined; meeting?: string | undefined }): DraftResult {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => END_OF_ARTICLE.test(l));
  const article = end === -1 ? lines : lines.slice(0, end);
  const by = options.by ?? article.slice(0, 10).map((l) => REPORTER.exec(l.trim())?.[1]).find(Boolean);
  const diagnostics: Diagnostic[] = [];
  if (!by) diagnostics.push(diagnostic('import-no-replies', file, undefined, 'could not tell who wrote the report; give --by "Name"'));
  const dateLine = article.findIndex((l) => /\b(?:NEC|National Executive|meeting|committee)\b/i.test(l) && isoDate(l) !== undefined);
  const date = options.date ?? (dateLine === -1 ? undefined : isoDate(article[dateLine]!));
  const meeting = options.meeting ?? (dateLine === -1 ? 'Meeting' : article[dateLine]!.trim().replace(/^\S*?\d(?=\p{Lu})/u, ''));
  const reportId = by ? slugify(by) : 'report';
  const decisions: DraftDecision[] = [];
  const taken = new Set<string>();
  // Paragraphs (a bullet is a paragraph of its own), with the line each starts on.
  let para: string[] = [];
  let start = 0;
  const flush = (): void => {
    if (para.length === 0) return;
    const body = para.join('\n').replace(/^\s*[•*\-–]\s*/, '');
    const leadMatch = /^([^.!?\n]{3,60})\.\s+(?=\p{Lu})/u.exec(body);
    const lead = leadMatch && leadMatch[1]!.split(/\s+/).length <= 8 ? leadMatch[1]!.trim() : undefined;
    const list = sentences(body, start + 1);
    list.forEach((s, i) => {
      if (!DECIDED.test(s.text.replace(NOT_DECIDED, ''))) return;
      const before = BACK_REFERENCE.test(s.text) && i > 0 ? list[i - 1]! : undefined;
      const first = before ?? s;
      const quote = before ? `${before.text} ${s.text}` : s.text;
      const result = WITHDRAWN.test(quote) ? 'withdrawn' : AGAINST.test(s.text) ? 'defeated' : 'carried';
      const votes = BY_VOTES.exec(quote);
      const tally = UNANIMOUS.test(quote) ? ('unanimous' as const) : votes ? { for: Number(votes[1]), against: Number(votes[2]) } : undefined;
      const proposer = by && PROPOSED_BY_ME.test(quote) ? by : undefined;
      const title = titleOf(lead && i <= 1 ? lead : undefined, first.text);
      const d: DraftDecision = { id: uniqueId(slugify(title), taken), title, decided: quote, result, line: first.line };
      if (tally) d.tally = tally;
      if (proposer) d.proposer = proposer;
      if (by) d.report = reportId;
      // A proposer's own vote is on record when the decision was unanimous.
      if (proposer && tally === 'unanimous' && result === 'carried') d.votes = { [proposer]: 'for' };
      decisions.push(d);
    });
    para = [];
  };
  article.forEach((l, i) => {
    const bullet = /^\s*[•*\-–]\s+/.test(l);
    if (l.trim() === '' || bullet) flush();
    if (l.trim() === '') return;
    if (para.length === 0) start = i;
    para.push(l);
  });
  flush();
  if (decisions.length === 0) diagnostics.push(diagnostic('import-no-replies', file, undefined, 'found no sentence that reports a decision (agreed, approved, rejected, voted …)'));
  const draft: MeetingDraft = {
    meeting,
    date,
    reports: by ? [{ id: reportId, by, where: options.source ?? file }] : [],
    decisions,
    header: [
      `Draft made by pledgecard import-record from ${file}: a decision for each sentence that reports one, with the`,
      'reporter as its source. Complete it: check each title, result and tally; add the votes you know and the clauses',
      'each decision tests (tests: [{ clause: "3b", kept-by: for }]); delete what is not a decision of this meeting;',
      'then run pledgecard check.',
    ].join('\n'),
  };
  return { drafts: decisions.length > 0 ? [draft] : [], diagnostics };
}

// Words for votes in spreadsheets, by the vote they mean.
const VOTE_WORDS: Record<string, Vote> = {
  for: 'for', yes: 'for', aye: 'for', y: 'for', 'in favour': 'for', 'in favor': 'for',
  against: 'against', no: 'against', nay: 'against', n: 'against',
  abstained: 'abstained', abstain: 'abstained', abstention: 'abstained',
  absent: 'absent', apologies: 'absent', 'did not attend': 'absent',
  'left-the-room': 'left-the-room', 'left the room': 'left-the-room', left: 'left-the-room',
  'not-known': 'not-known', 'not known': 'not-known', unknown: 'not-known', '?': 'not-known',
};

const HEADERS = {
  date: /^(?:meeting )?date$/i,
  meeting: /^meeting$/i,
  decision: /^(?:decision|motion|item|vote on)$/i,
  member: /^(?:member|name|nec member)$/i,
  vote: /^(?:vote|voted|how (?:they )?voted)$/i,
  source: /^source$/i,
} as const;

/** A CSV of votes, one row per member and decision (columns date, meeting, decision, member, vote, source), as a draft per meeting. */
export function draftFromVotesCsv(text: string, file: string): DraftResult {
  const diagnostics: Diagnostic[] = [];
  let rows;
  try {
    rows = readRows(text, guessDelimiter(text.replace(/^\uFEFF/, '')));
  } catch (err) {
    return { drafts: [], diagnostics: [csvProblem(err, file)] };
  }
  const [head, ...body] = rows;
  const headers = head?.cells.map((c) => c.trim()) ?? [];
  const col = Object.fromEntries(Object.entries(HEADERS).map(([k, re]) => [k, headers.findIndex((h) => re.test(h))])) as Record<keyof typeof HEADERS, number>;
  const missing = (['date', 'decision', 'member', 'vote'] as const).filter((k) => col[k] === -1);
  if (missing.length > 0) {
    return { drafts: [], diagnostics: [diagnostic('column-not-found', file, { line: head?.line ?? 1, col: 1 }, `no ${missing.join(', ')} column; a CSV of votes has columns date, meeting, decision, member, vote and source`)] };
  }
  const meetings = new Map<string, MeetingDraft & { taken: Set<string>; byTitle: Map<string, DraftDecision> }>();
  for (const row of body) {
    const cell = (k: keyof typeof HEADERS): string => (col[k] === -1 ? '' : (row.cells[col[k]] ?? '').trim());
    const date = /^\d{4}(-\d\d){0,2}$/.test(cell('date')) ? cell('date') : isoDate(cell('date'));
    const vote = VOTE_WORDS[cell('vote').toLowerCase()];
    if (!date || !vote || !cell('member') || !cell('decision')) {
      const why = !date ? `date ${JSON.stringify(cell('date'))} is not a date` : !vote ? `vote ${JSON.stringify(cell('vote'))} is not one of ${VOTES.join(', ')} (or yes, no, abstain …)` : 'member or decision is empty';
      diagnostics.push(diagnostic('row-skipped', file, { line: row.line, col: 1 }, `row left out: ${why}`, 'warning'));
      continue;
    }
    const key = `${date}\u0000${cell('meeting')}`;
    let m = meetings.get(key);
    if (!m) {
      m = { meeting: cell('meeting') || `Meeting of ${date}`, date, sources: [file], decisions: [], header: '', taken: new Set(), byTitle: new Map() };
      m.header = [
        `Draft made by pledgecard import-record from ${file}: the votes of one meeting. Complete it: give each decision`,
        'its result (carried, defeated …), its tally where known, and the clauses it tests',
        '(tests: [{ clause: "3b", kept-by: for }]); then run pledgecard check.',
      ].join('\n');
      meetings.set(key, m);
    }
    let d = m.byTitle.get(cell('decision'));
    if (!d) {
      d = { id: uniqueId(slugify(cell('decision')), m.taken), title: cell('decision'), result: 'not-known', votes: {}, line: row.line };
      if (cell('source')) d.source = cell('source');
      m.byTitle.set(cell('decision'), d);
      m.decisions.push(d);
    }
    d.votes![cell('member')] = vote;
  }
  const drafts = [...meetings.values()].map(({ taken: _t, byTitle: _b, ...draft }) => draft);
  if (drafts.length === 0) diagnostics.push(diagnostic('import-no-replies', file, undefined, 'found no votes to import'));
  return { drafts, diagnostics };
}

/** The draft as a meeting file: YAML in the record's format, a comment above each decision naming its source line. */
export function formatDraft(draft: MeetingDraft, file: string): string {
  const doc = new Document({
    meeting: draft.meeting,
    date: draft.date ?? 'YYYY-MM-DD',
    ...(draft.sources ? { sources: draft.sources } : {}),
    ...(draft.reports ? { reports: draft.reports } : {}),
    decisions: draft.decisions.map(({ line: _line, ...d }) => d),
  });
  doc.commentBefore = ` ${draft.header.replaceAll('\n', '\n ')}${draft.date ? '' : '\n The date was not found: write it in (2016-11-22).'}`;
  const decisions = doc.get('decisions') as YAMLSeq;
  decisions.items.forEach((item, i) => {
    if (isMap(item)) (item as YAMLMap).commentBefore = ` line ${draft.decisions[i]!.line} of ${file}`;
  });
  return doc.toString({ lineWidth: 120, flowCollectionPadding: true });
}

/** The file name of a draft: its date and meeting, as the record folder lists meetings. */
export function draftFileName(draft: MeetingDraft): string {
  return `${draft.date ?? 'undated'}-${slugify(draft.meeting).slice(0, 40).replace(/-+$/, '')}.yaml`;
}
