// The record as JSON: the judged record whole, with a format version, for other tools.
import type { MemberRecord, RecordReport } from '../../model/record.js';
import type { RecordRenderOptions } from './view.js';

/** The version of the record's JSON; raised when a field changes meaning or goes. */
export const RECORD_JSON_VERSION = 1;

/** The whole record, pretty-printed with a final newline. */
export function renderRecordJson(record: RecordReport, _options: RecordRenderOptions): string {
  return `${JSON.stringify({ recordVersion: RECORD_JSON_VERSION, ...record }, null, 2)}\n`;
}

/** One member's record as a JSON document of its own. */
export function renderMemberJson(record: RecordReport, m: MemberRecord): string {
  return `${JSON.stringify({ recordVersion: RECORD_JSON_VERSION, body: record.body, programme: record.programme.title, ...m }, null, 2)}\n`;
}
