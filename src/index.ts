// pledgecard as a library: load → parse → score → render, usable without the command line.
export { loadProgramme, parseProgramme } from './load/programme.js';
export { loadReplies, parseReply as parseReplyFile } from './load/replies.js';
export { analyseReply, analyseReply as parseReply } from './parse/index.js';
export { scoreReport, scoreReport as score } from './score/index.js';
export { render, renderPieces, RENDERERS, FORMATS, type Format, type RenderOptions } from './render/index.js';
export { buildReport, loadInputs, requireInputs, type InputPaths, type Inputs } from './pipeline.js';
export { PledgecardError, DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from './model/diagnostic.js';
export { STANCES, STANCE_IDS, type Stance } from './model/stance.js';
export type { Clause, Programme } from './model/programme.js';
export type { Reply, RulingOverride } from './model/reply.js';
export type { CandidateResult, Evidence, Report, Ruling, RulingSource } from './model/ruling.js';
export { loadRecord } from './load/record.js';
export { judgeRecord } from './score/record.js';
export { renderRecord, RECORD_RENDERERS } from './render/record/index.js';
export { requireRecord, recordFolder } from './pipeline.js';
export type { BodyRecord, RecordReport, MemberRecord, ClauseRecord, RecordFact, RecordStatus } from './model/record.js';
export {
  CandidateDocumentSchema,
  DOCUMENT_VERSION,
  ReportDocumentSchema,
  jsonSchemas,
  type CandidateDocument,
  type ReportDocument,
} from './model/report-document.js';
export { ReportSchema, RulingSchema, type Details, type LeftOut } from './model/ruling.js';
export { setRuling, carryRulings, type RulingEdit, type EditResult, type CarryResult } from './review/front-matter.js';
export { reviewQueue, rulingsToSettle, needsReviewDiagnostics, type ReviewItem, type ReviewScope } from './review/needs-review.js';
