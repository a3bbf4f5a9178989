// One candidate's rulings for the terminal: clause, coloured stance, confidence, evidence with line, reason, note.
import type { ChalkInstance } from 'chalk';
import type { CandidateResult, Evidence, Report, Ruling } from '../model/ruling.js';
import { REVIEW_MARK, STANCES } from '../model/stance.js';
import { terminalSafe, wrapText } from './text.js';
import { rulingFacts, rulingLookup, scoreLine } from './view.js';

function rulingLines(r: Ruling, chalk: ChalkInstance, width: number): string[] {
  const info = STANCES[r.stance];
  const facts = rulingFacts(r).map((f) => (f === REVIEW_MARK.label ? chalk.yellow.bold(`${REVIEW_MARK.symbol} ${f}`) : f));
  const out = [[chalk[info.colour](`${info.symbol} ${info.label}`), ...facts].join(', ')];
  for (const e of r.evidence) {
    const label = `line ${e.line}: `;
    const quote = wrapText(`“${terminalSafe(e.quote)}”`, Math.max(20, width - label.length));
    out.push(...quote.map((l, i) => (i === 0 ? chalk.dim(label) : ' '.repeat(label.length)) + l));
  }
  out.push(...wrapText(terminalSafe(r.reason), width).map((l) => chalk.dim(l)));
  if (r.note !== undefined) out.push(...wrapText(terminalSafe(`note: ${r.note}`), width));
  return out;
}

/**
 * Every clause of one candidate in programme order, each with its ruling underneath, wrapped to `width`; then the
 * statements the parser could place under no clause.
 */
export function renderCandidate(report: Report, c: CandidateResult, chalk: ChalkInstance, width: number, unplaced: readonly Evidence[] = []): string {
  const ruling = rulingLookup(c);
  const clauses = report.programme.clauses;
  const indent = Math.max(...clauses.map((cl) => cl.id.length)) + 2;
  const out = [`${chalk.bold(terminalSafe(c.candidate))}  ${chalk.dim(terminalSafe(c.file))}`, terminalSafe(`${report.programme.title}: ${scoreLine(report, c)}`), ''];
  for (const clause of clauses) {
    out.push(chalk.bold(terminalSafe(`${clause.id.padEnd(indent)}${clause.title}`)));
    out.push(...rulingLines(ruling(clause.id), chalk, Math.max(30, width - indent)).map((l) => ' '.repeat(indent) + l), '');
  }
  if (unplaced.length > 0) {
    // What the parser read as a stance but could tie to no clause: where an answer it missed would be.
    out.push(chalk.bold('Statements no clause took'), chalk.dim('These take a stance the parser could not place; the rulings above may be missing them.'));
    for (const e of unplaced) out.push(...wrapText(terminalSafe(`line ${e.line}: “${e.quote.replace(/\s+/g, ' ')}”`), Math.max(30, width - 2)).map((l) => `  ${l}`));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
