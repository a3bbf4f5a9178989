// Loads the record folder (data/record by default): body.yaml with the members, and one YAML file per meeting,
// each validated by its zod schema and then checked against the programme, the replies and the body's members.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { isMap } from 'yaml';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../model/diagnostic.js';
import type { Programme } from '../model/programme.js';
import {
  BodyFileSchema,
  DecisionSchema,
  LinkSchema,
  MeetingFileSchema,
  MemberSchema,
  ReportEntrySchema,
  type BodyFile,
  type BodyRecord,
  type MeetingFile,
  type MemberPart,
  type RecordDecision,
  type RecordMeeting,
  type RecordMember,
  type Source,
} from '../model/record.js';
import { compareText } from '../util/ordering.js';
import { didYouMean } from '../util/suggest.js';
import { displayPath, readText } from './files.js';
import { keyPosition, limitDiagnostics, nodeOf, pairOf, parseYaml, quoted, schemaDiagnostics, valuePosition, type YamlSource } from './yaml.js';

export const BODY_FILE = 'body.yaml';

export interface RecordLoad {
  record: BodyRecord | undefined;
  diagnostics: Diagnostic[];
}

/** The key a person's name is matched by: case, spacing and Unicode forms do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The first and last day a date as precise as given can mean: "2019" is 2019-01-01 to 2019-12-31. */
export function dateRange(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/** Whether a member sat on the body at some time within `date` (as precise as it is given). */
export function onBody(member: Pick<RecordMember, 'from' | 'to'>, date: string): boolean {
  const [first, last] = dateRange(date);
  if (member.from !== undefined && dateRange(member.from)[0] > last) return false;
  if (member.to !== undefined && dateRange(member.to)[1] < first) return false;
  return true;
}

const TOP_BODY = Object.keys(BodyFileSchema.shape);
const TOP_MEETING = Object.keys(MeetingFileSchema.shape);

function bodyKeys(p: readonly PropertyKey[]): readonly string[] {
  if (p[0] === 'members') return Object.keys(MemberSchema.shape);
  if (p[0] === 'report-pledges') return ['clause', 'with-votes', 'note'];
  return TOP_BODY;
}

function meetingKeys(p: readonly PropertyKey[]): readonly string[] {
  if (p[0] === 'reports') return Object.keys(ReportEntrySchema.shape);
  if (p[0] !== 'decisions') return TOP_MEETING;
  if (p[2] === 'tests') return Object.keys(LinkSchema.shape);
  if (p[2] === 'votes') return ['vote', 'source', 'report', 'note'];
  if (p[2] === 'tally') return ['for', 'against', 'abstained'];
  return Object.keys(DecisionSchema.shape);
}

/** YAML files below the record folder, in a stable order; hidden entries and links are left alone. */
function listRecordFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    const entries: Dirent[] = readdirSync(current, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(current, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

interface Parsed<T> {
  src: YamlSource;
  data: T | undefined;
  diagnostics: Diagnostic[];
}

function parseFile<T>(text: string, file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: never[] } } }, keys: (p: readonly PropertyKey[]) => readonly string[], what: string): Parsed<T> {
  const parsed = parseYaml(text, file);
  if (parsed.diagnostics.length > 0) return { src: parsed.source, data: undefined, diagnostics: parsed.diagnostics };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { src: parsed.source, data: undefined, diagnostics: [diagnostic('invalid-value', file, valuePosition(parsed.source, []), `${what} is a YAML mapping`)] };
  }
  const result = schema.safeParse(value);
  if (!result.success) return { src: parsed.source, data: undefined, diagnostics: schemaDiagnostics(parsed.source, result.error.issues, keys) };
  return { src: parsed.source, data: result.data, diagnostics: [] };
}

/** Checks and resolves the names, clauses and reports one file mentions; collects diagnostics as it goes. */
class Checker {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly src: YamlSource,
    readonly members: Map<string, RecordMember>,
    readonly clauses: Set<string> | undefined,
  ) {}

  report(code: DiagnosticCode, at: readonly PropertyKey[], message: string, key?: string): void {
    const pos = key === undefined ? valuePosition(this.src, at) : keyPosition(this.src, at, key);
    this.diagnostics.push(diagnostic(code, this.src.file, pos, message));
  }

  /** The member a name means, checked to sit on the body on `date`; undefined (and a diagnostic) otherwise. */
  member(name: string, date: string, body: string, at: readonly PropertyKey[], key?: string): RecordMember | undefined {
    const m = this.members.get(nameKey(name));
    if (!m) {
      const names = [...this.members.values()].map((x) => x.name);
      this.report('record-unknown-member', at, `${quoted(name)} is not a member in body.yaml${didYouMean(name.slice(0, 100), names)}`, key);
      return undefined;
    }
    if (!onBody(m, date)) {
      const span = `${m.from ? `from ${m.from}` : ''}${m.from && m.to ? ' ' : ''}${m.to ? `to ${m.to}` : ''}`;
      this.report('record-not-on-body', at, `${m.name} was not on ${body} on ${date} (a member ${span})`, key);
      return undefined;
    }
    return m;
  }

  clause(id: string, at: readonly PropertyKey[]): boolean {
    if (!this.clauses || this.clauses.has(id)) return true;
    this.report('record-unknown-clause', at, `${quoted(id)} is not a clause of the programme${didYouMean(id.slice(0, 100), this.clauses)}`);
    return false;
  }
}

function loadBody(text: string, file: string, programme: Programme | undefined, candidates: readonly string[] | undefined): { body: BodyFile | undefined; members: RecordMember[]; diagnostics: Diagnostic[] } {
  const parsed = parseFile<BodyFile>(text, file, BodyFileSchema as never, bodyKeys, 'body.yaml');
  if (!parsed.data) return { body: undefined, members: [], diagnostics: parsed.diagnostics };
  const { src, data } = parsed;
  const check = new Checker(src, new Map(), programme ? new Set(programme.clauses.map((c) => c.id)) : undefined);
  const byCandidate = new Map((candidates ?? []).map((c) => [nameKey(c), c]));
  const members: RecordMember[] = [];
  const seen = new Map<string, number>();
  data.members.forEach((m, i) => {
    const at = ['members', i];
    const line = keyPosition(src, at, 'name').line;
    const first = seen.get(nameKey(m.name));
    if (first !== undefined) {
      check.report('record-duplicate', [...at, 'name'], `member ${quoted(m.name)} is already listed at line ${first}`);
      return;
    }
    seen.set(nameKey(m.name), line);
    if (m.from && m.to && dateRange(m.from)[0] > dateRange(m.to)[1]) check.report('invalid-value', [...at, 'to'], `to: ${m.to} is before from: ${m.from}`);
    let candidate = byCandidate.get(nameKey(m.candidate ?? m.name));
    if (m.candidate !== undefined && candidates && candidate === undefined) {
      check.report('record-unknown-candidate', [...at, 'candidate'], `no reply in the data folder is from ${quoted(m.candidate)}${didYouMean(m.candidate.slice(0, 100), candidates)}`);
    }
    if (!candidates) candidate = m.candidate;
    members.push({ name: m.name, candidate, seat: m.seat, from: m.from, to: m.to, source: m.source, note: m.note, illustration: m.illustration ?? data.illustration, file, line });
  });
  (data['report-pledges'] ?? []).forEach((p, i) => check.clause(p.clause, ['report-pledges', i, 'clause']));
  return { body: data, members, diagnostics: check.diagnostics };
}

function loadMeeting(text: string, file: string, body: BodyFile, members: Map<string, RecordMember>, programme: Programme | undefined): { meeting: RecordMeeting | undefined; diagnostics: Diagnostic[] } {
  const parsed = parseFile<MeetingFile>(text, file, MeetingFileSchema as never, meetingKeys, 'a meeting file');
  if (!parsed.data) return { meeting: undefined, diagnostics: parsed.diagnostics };
  const { src, data } = parsed;
  const check = new Checker(src, members, programme ? new Set(programme.clauses.map((c) => c.id)) : undefined);
  const date = data.date;
  const absent = (data.absent ?? []).flatMap((n, i) => check.member(n, date, body.body, ['absent', i])?.name ?? []);
  const reportIds = new Map<string, RecordMeeting['reports'] extends (infer R)[] | undefined ? R : never>();
  const reports = data.reports?.flatMap((r, i) => {
    const at = ['reports', i];
    if (reportIds.has(r.id)) {
      check.report('record-duplicate', [...at, 'id'], `report id ${quoted(r.id)} is used twice in this meeting`);
      return [];
    }
    const by = check.member(r.by, date, body.body, [...at, 'by']);
    if (!by) return [];
    const entry = { id: r.id, by: by.name, published: r.published, where: r.where, votes: r.votes, note: r.note, illustration: r.illustration ?? data.illustration };
    reportIds.set(r.id, entry);
    return [entry];
  });
  const sourceOf = (source: string | undefined, report: string | undefined, at: readonly PropertyKey[]): Source[] => {
    const out: Source[] = [];
    if (report !== undefined) {
      const r = reportIds.get(report);
      if (!r) check.report('record-unknown-report', [...at, 'report'], `report ${quoted(report)} is not among this meeting's reports${didYouMean(report, reportIds.keys())}`);
      else out.push({ text: `${r.by}'s report${r.published ? ` of ${r.published}` : ''}, ${r.where}`, report: r.id });
    }
    if (source !== undefined) out.push({ text: source });
    return out;
  };
  const meetingSources = (data.sources ?? []).map((text) => ({ text }));
  const decisionIds = new Set<string>();
  const decisions: RecordDecision[] = [];
  (data.decisions ?? []).forEach((d, i) => {
    const at = ['decisions', i];
    if (decisionIds.has(d.id)) {
      check.report('record-duplicate', [...at, 'id'], `decision id ${quoted(d.id)} is used twice in this meeting`);
      return;
    }
    decisionIds.add(d.id);
    const own = sourceOf(d.source, d.report, at);
    const sources = own.length > 0 ? own : meetingSources;
    if (sources.length === 0 && d.source === undefined && d.report === undefined) check.report('record-no-source', [...at, 'id'], `decision ${quoted(d.id)} has no source: give it source: or report:, or give the meeting sources:`);
    const proposer = d.proposer === undefined ? undefined : check.member(d.proposer, date, body.body, [...at, 'proposer'])?.name;
    const votes: MemberPart[] = [];
    const named = new Set<string>();
    const votesNode = nodeOf(src, [...at, 'votes']);
    for (const [name, entry] of Object.entries(d.votes ?? {})) {
      const keyAt = [...at, 'votes'];
      const m = check.member(name, date, body.body, keyAt, isMap(votesNode) && pairOf(votesNode, name) ? name : undefined);
      if (!m) continue;
      if (named.has(m.name)) {
        check.report('record-duplicate', keyAt, `${m.name}'s part is given twice`, name);
        continue;
      }
      named.add(m.name);
      const partSources = sourceOf(entry.source, entry.report, [...keyAt, name]);
      votes.push({ member: m.name, vote: entry.vote, sources: partSources.length > 0 ? partSources : sources, note: entry.note });
    }
    const tests = (d.tests ?? []).flatMap((t, j) =>
      check.clause(t.clause, [...at, 'tests', j, 'clause']) ? [{ clause: t.clause, keptBy: t['kept-by'], abstaining: t.abstaining ?? 'neither', note: t.note }] : [],
    );
    const decision: RecordDecision = {
      id: d.id,
      title: d.title,
      decided: d.decided,
      result: d.result,
      tally: d.tally,
      proposer,
      sources,
      votes,
      everyoneElse: d['everyone-else'],
      tests,
      note: d.note,
      illustration: d.illustration ?? data.illustration,
      line: keyPosition(src, at, 'id').line,
    };
    tallyProblems(decision, members, date, absent).forEach((message) => check.report('record-tally-mismatch', [...at, 'tally'], message));
    decisions.push(decision);
  });
  const meeting: RecordMeeting = {
    file,
    title: data.meeting,
    date,
    sources: data.sources ?? [],
    illustration: data.illustration,
    note: data.note,
    absent,
    reports,
    decisions,
  };
  return { meeting, diagnostics: check.diagnostics };
}

/** Every member's vote on a decision as far as the record names it: named parts, then everyone-else for the rest. */
export function partsOf(d: RecordDecision, members: Iterable<RecordMember>, date: string, absent: readonly string[]): Map<string, MemberPart> {
  const parts = new Map(d.votes.map((v) => [v.member, v]));
  if (d.everyoneElse !== undefined) {
    for (const m of members) {
      if (parts.has(m.name) || absent.includes(m.name) || !onBody(m, date)) continue;
      parts.set(m.name, { member: m.name, vote: d.everyoneElse, sources: d.sources, note: undefined });
    }
  }
  return parts;
}

/** Where the named votes cannot be squared with the tally: more named on a side than it counts. */
function tallyProblems(d: RecordDecision, members: Map<string, RecordMember>, date: string, absent: readonly string[]): string[] {
  if (d.tally === undefined) return [];
  const count = { for: 0, against: 0, abstained: 0 };
  for (const p of partsOf(d, members.values(), date, absent).values()) if (p.vote in count) count[p.vote as keyof typeof count]++;
  if (d.tally === 'unanimous') return count.against > 0 ? [`the tally is unanimous but ${count.against} named ${count.against === 1 ? 'member voted' : 'members voted'} against`] : [];
  const out: string[] = [];
  for (const side of ['for', 'against', 'abstained'] as const) {
    const tallied = d.tally[side] ?? 0;
    if (count[side] > tallied) out.push(`${count[side]} named ${count[side] === 1 ? 'member' : 'members'} voted ${side === 'abstained' ? 'to abstain' : side}, but the tally counts ${tallied}`);
  }
  return out;
}

/** Reads a text file of the record, or a diagnostic. */
function read(file: string, cwd: string): { text: string; shown: string } | Diagnostic {
  const shown = displayPath(file, cwd);
  const r = readText(file, shown, 'record file');
  return r.ok ? { text: r.text, shown } : r.diagnostic;
}

/**
 * Reads the record folder. A folder that does not exist gives no record and no problem unless `required` (it was
 * named on the command line); every problem in every file is reported at once.
 */
export function loadRecord(
  folder: string,
  options: { programme?: Programme | undefined; candidates?: readonly string[] | undefined; required?: boolean; cwd?: string } = {},
): RecordLoad {
  const cwd = options.cwd ?? process.cwd();
  const shownFolder = displayPath(folder, cwd);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    return { record: undefined, diagnostics: options.required ? [diagnostic('file-missing', shownFolder, undefined, 'record folder not found')] : [] };
  }
  const files = listRecordFiles(folder);
  const bodyPath = path.join(folder, BODY_FILE);
  if (!files.includes(bodyPath)) {
    return { record: undefined, diagnostics: [diagnostic('record-no-body', shownFolder, undefined, `the record folder needs ${BODY_FILE}: the body's name and its members`)] };
  }
  const diagnostics: Diagnostic[] = [];
  const bodyText = read(bodyPath, cwd);
  if ('code' in bodyText) return { record: undefined, diagnostics: [bodyText] };
  const loaded = loadBody(bodyText.text, bodyText.shown, options.programme, options.candidates);
  diagnostics.push(...limitDiagnostics(loaded.diagnostics, bodyText.shown));
  if (!loaded.body) return { record: undefined, diagnostics };
  const byName = new Map(loaded.members.map((m) => [nameKey(m.name), m]));
  const meetings: RecordMeeting[] = [];
  for (const file of files) {
    if (file === bodyPath) continue;
    const text = read(file, cwd);
    if ('code' in text) {
      diagnostics.push(text);
      continue;
    }
    const m = loadMeeting(text.text, text.shown, loaded.body, byName, options.programme);
    diagnostics.push(...limitDiagnostics(m.diagnostics, text.shown));
    if (m.meeting) meetings.push(m.meeting);
  }
  meetings.sort((a, b) => compareText(dateRange(a.date)[0], dateRange(b.date)[0]) || compareText(a.file, b.file));
  const record: BodyRecord = {
    folder: shownFolder,
    body: loaded.body.body,
    file: bodyText.shown,
    illustration: loaded.body.illustration,
    note: loaded.body.note,
    members: loaded.members,
    reportPledges: (loaded.body['report-pledges'] ?? []).map((p) => ({ clause: p.clause, withVotes: p['with-votes'] ?? false, note: p.note })),
    meetings,
  };
  return { record, diagnostics };
}
