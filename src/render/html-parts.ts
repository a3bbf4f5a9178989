// What both HTML pages share: escaping, the style sheet (screen, 390 px phones, print), stance words and chips, the
// stacked bar of a candidate's stances (inline SVG), and the page's head and foot. No external assets.
import type { CandidateResult, Report, ReportClause, Ruling } from '../model/ruling.js';
import { isReviewed } from '../model/ruling.js';
import { DECLINE_WORDS, PUBLIC_WORDS, REVIEW_MARK, REVIEWED_MARK, STANCES, stancesInOrder, type Stance, type StanceColour } from '../model/stance.js';
import { formatScore } from './text.js';
import { rulingLookup } from './view.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** A link when `url` is a web address, else the text: replies' `source:` may be anything. */
export function linkOrText(url: string, text = url): string {
  return /^https?:\/\/\S+$/i.test(url) ? `<a href="${escapeHtml(url)}" rel="nofollow noopener">${escapeHtml(text)}</a>` : escapeHtml(text);
}

const COLOURS = {
  green: { background: '#1a7f37', text: '#ffffff' },
  yellow: { background: '#f5c842', text: '#24292f' },
  red: { background: '#cf222e', text: '#ffffff' },
  dim: { background: '#d8dee4', text: '#424a53' },
} as const satisfies Record<StanceColour, { background: string; text: string }>;

export const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #24292f; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0 auto; padding: 1.5rem; max-width: 78rem; line-height: 1.45; overflow-wrap: anywhere; }
h1 { margin: 0 0 .25rem; font-size: 1.7rem; }
h2 { margin-top: 2rem; font-size: 1.3rem; }
a { color: #0550ae; }
.byline, .hint, footer, .muted { color: #57606a; }
.notice { border: 2px solid #cf222e; border-radius: .4rem; padding: .6rem .9rem; background: #fff5f5; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; list-style: none; }
.chip { display: inline-block; min-width: 1.5em; padding: 0 .2em; text-align: center; border-radius: .25rem; font-weight: 600; }
.mark-review { background: #ffffff; color: #24292f; box-shadow: inset 0 0 0 2px #24292f; }
.mark-reviewed { background: #ffffff; color: #24292f; box-shadow: inset 0 0 0 1px #8c959f; }
/* A grid wider than the page scrolls in its own box (the script decides); the room below keeps the last rows' tooltips
   inside the box, which would otherwise cut them off. */
.table-wrap.scrolls { overflow-x: auto; padding-bottom: 16rem; margin-bottom: -14rem; }
table.grid { border-collapse: separate; border-spacing: 3px; }
.grid th { font-weight: 600; font-size: .85rem; padding: .2rem .35rem; vertical-align: bottom; text-align: left; }
.grid th.clause { vertical-align: bottom; padding: .2rem 0; }
.grid th.clause .vh { display: block; writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
  max-height: 13rem; overflow: hidden; text-overflow: ellipsis; margin: 0 auto; font-weight: 500; }
.grid th.clause .cid { font-weight: 700; }
.grid th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
.grid th[aria-sort] button::after { content: " ▲"; font-size: .7em; }
.grid th[aria-sort="descending"] button::after { content: " ▼"; }
.grid tbody th.name { white-space: nowrap; padding-right: .8rem; }
.grid .who { display: block; font-weight: 400; font-size: .8rem; color: #57606a; white-space: normal; }
.grid td.num, .grid td.rank { text-align: right; padding: 0 .4rem; font-variant-numeric: tabular-nums; }
.cell { position: relative; width: 2.4rem; height: 2.1rem; text-align: center; border-radius: .3rem; cursor: default; }
.cell:focus { outline: 3px solid #0969da; outline-offset: 1px; }
.cell.review { box-shadow: inset 0 0 0 2px #24292f; }
.tip { display: none; position: absolute; z-index: 10; top: calc(100% + 6px); left: 0; width: 24rem; max-width: 80vw;
  padding: .6rem .8rem; background: #ffffff; color: #24292f; border: 1px solid #d0d7de; border-radius: .4rem;
  box-shadow: 0 8px 24px rgba(140, 149, 159, .3); text-align: left; font-weight: 400; font-size: .875rem; }
.tip-end .tip { left: auto; right: 0; }
.cell:hover .tip, .cell:focus .tip, .cell:focus-within .tip { display: block; }
.tip p { margin: .25rem 0; }
blockquote { margin: .4rem 0; padding-left: .7rem; border-left: 3px solid #d0d7de; white-space: pre-wrap; }
.line { display: block; color: #57606a; font-size: .8rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.sorter { margin: .5rem 0; }
.bars { list-style: none; padding: 0; max-width: 48rem; }
.bars li { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr 4.5rem; gap: .6rem; align-items: center; margin: .3rem 0; }
.bars svg, .bar svg { display: block; width: 100%; height: 1.1rem; border-radius: .2rem; }
.bars .num { text-align: right; font-variant-numeric: tabular-nums; }
.programme, .programme ul { list-style: none; padding-left: 1.2rem; }
.programme > li { margin-bottom: .4rem; }
.programme .id { display: inline-block; min-width: 3rem; font-weight: 600; }
.ruling { border-top: 1px solid #d0d7de; padding: .6rem 0; }
.ruling h3 { margin: .2rem 0; font-size: 1.05rem; }
.ruling .says { font-weight: 600; }
details summary { cursor: pointer; color: #57606a; }
.facts { margin: .3rem 0 0; }
.facts dt { float: left; clear: left; min-width: 7rem; color: #57606a; }
.facts dd { margin-left: 7.5rem; }
.photo { float: right; max-width: 8rem; max-height: 10rem; margin: 0 0 1rem 1rem; border-radius: .4rem; }
.reply { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9rem; background: #f6f8fa;
  border-radius: .4rem; padding: .6rem 0; }
.reply .ln { display: grid; grid-template-columns: 3.2rem 1fr; }
.reply .ln::before { content: attr(data-line); color: #8c959f; text-align: right; padding-right: .8rem; user-select: none; }
.reply .text { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
.reply .ln:target { background: #fff8c5; }
mark { background: #fff1a8; border-bottom: 2px solid #bf8700; }
${stancesInOrder()
  .map((s) => {
    const c = COLOURS[STANCES[s].colour];
    return `.s-${s} { background: ${c.background}; color: ${c.text}; }\nrect.s-${s} { fill: ${c.background}; }`;
  })
  .join('\n')}
@media (max-width: 40rem) {
  body { padding: 1rem .75rem; }
  .table-wrap.scrolls { overflow: visible; padding-bottom: 0; margin-bottom: 0; }
  table.grid, .grid tbody, .grid tr, .grid td, .grid tbody th { display: block; }
  .grid thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .grid tbody tr { display: grid; grid-template-columns: 1fr 1fr; gap: 3px; border: 1px solid #d0d7de; border-radius: .4rem;
    padding: .5rem; margin-bottom: .6rem; }
  .grid tbody th.name { grid-column: 1 / -1; white-space: normal; font-size: 1.05rem; }
  .grid td.rank::before { content: "Rank "; color: #57606a; }
  .grid td.num::before { content: attr(data-label) " "; color: #57606a; }
  .grid td.rank, .grid td.num { text-align: left; padding: .2rem .4rem; }
  .grid td.cell { display: flex; flex-wrap: wrap; align-items: baseline; gap: .35rem; width: auto; height: auto;
    min-height: 2.1rem; padding: .3rem .4rem; text-align: left; }
  .cell::after { content: attr(data-label); order: 1; font-size: .85rem; }
  .cell .tip, .tip-end .tip { order: 2; flex-basis: 100%; position: static; width: auto; max-width: none; }
  .bars li { grid-template-columns: 1fr 4rem; }
  .bars li .bar { grid-column: 1 / -1; grid-row: 2; }
  .photo { float: none; display: block; margin: 0 0 1rem; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .sorter, .hint, .tip, .grid th button::after, .skip { display: none !important; }
  .table-wrap.scrolls { overflow: visible; padding-bottom: 0; margin-bottom: 0; }
  .grid tr, .ruling, .bars li { break-inside: avoid; }
  details { display: block; }
  details > summary { display: none; }
  details > *:not(summary) { display: block; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; color: #57606a; }
}
`;

/** A stance chip: the symbol on the stance's colour. */
export function chip(stance: Stance): string {
  return `<span class="chip s-${stance}" aria-hidden="true">${escapeHtml(STANCES[stance].symbol)}</span>`;
}

/** "Agrees", or why a clause was declined ("Declined to answer") when the parser knows. */
export function publicWords(r: Pick<Ruling, 'stance' | 'declineKind'>): string {
  return r.stance === 'declined' && r.declineKind ? DECLINE_WORDS[r.declineKind] : PUBLIC_WORDS[r.stance];
}

/** What a cell says besides the stance: reviewed by a person, or not yet checked. */
export function reviewWords(r: Ruling): string | undefined {
  if (isReviewed(r)) return 'reviewed by the organisers';
  return r.needsReview ? 'not yet checked by a person: the reading may be wrong' : undefined;
}

/** The legend: a chip per stance, then the marks for rulings a person reviewed and those not yet checked. */
export function legend(): string {
  const items = stancesInOrder().map((s) => `<li>${chip(s)} ${escapeHtml(PUBLIC_WORDS[s].toLowerCase())}</li>`);
  items.push(`<li><span class="chip mark-reviewed" aria-hidden="true">${REVIEWED_MARK.symbol}</span> reviewed by the organisers</li>`);
  items.push(`<li><span class="chip mark-review" aria-hidden="true">${REVIEW_MARK.symbol}</span> not yet checked by a person</li>`);
  return `<ul class="legend">\n${items.join('\n')}\n</ul>`;
}

/** Each stance's share of the candidate's leaf clauses, weighted as the score weighs them. */
function shares(c: CandidateResult, leaves: readonly ReportClause[]): Array<{ stance: Stance; weight: number; count: number }> {
  const ruling = rulingLookup(c);
  const out = stancesInOrder().map((stance) => ({ stance, weight: 0, count: 0 }));
  for (const clause of leaves) {
    const entry = out.find((o) => o.stance === ruling(clause.id).stance)!;
    entry.weight += clause.weight;
    entry.count++;
  }
  return out;
}

/** A candidate's stances as one stacked bar (inline SVG), with the counts in words for screen readers and tooltips. */
export function stackedBar(c: CandidateResult, leaves: readonly ReportClause[]): string {
  const parts = shares(c, leaves);
  const total = parts.reduce((sum, p) => sum + p.weight, 0) || 1;
  let x = 0;
  const rects: string[] = [];
  for (const p of parts) {
    if (p.weight <= 0) continue;
    const width = (p.weight / total) * 100;
    rects.push(`<rect class="s-${p.stance}" x="${x.toFixed(3)}" y="0" width="${width.toFixed(3)}" height="10"><title>${escapeHtml(`${PUBLIC_WORDS[p.stance]}: ${p.count}`)}</title></rect>`);
    x += width;
  }
  const words = parts.filter((p) => p.count > 0).map((p) => `${p.count} ${PUBLIC_WORDS[p.stance].toLowerCase()}`).join(', ');
  const label = `${c.candidate}: ${words}`;
  return `<svg viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">${rects.join('')}</svg>`;
}

/** The bars of every candidate, in the order given, each linked to their page when there is one. */
export function barChart(candidates: readonly CandidateResult[], leaves: readonly ReportClause[], href?: (c: CandidateResult) => string): string {
  const rows = candidates.map((c) => {
    const name = href ? `<a href="${escapeHtml(href(c))}">${escapeHtml(c.candidate)}</a>` : escapeHtml(c.candidate);
    return `<li><span class="name">${name}</span><span class="bar">${stackedBar(c, leaves)}</span><span class="num">${formatScore(c.score)} / ${formatScore(c.maxScore)}</span></li>`;
  });
  return `<ul class="bars">\n${rows.join('\n')}\n</ul>`;
}

/** The top of a page, up to and including `<body>`. */
export function pageHead(title: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="pledgecard">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
${script ? `<script>${script}</script>\n` : ''}</head>
<body>
`;
}

/** The notice every page of an incomplete report carries: which reply files could not be read. */
export function incompleteNotice(report: Report): string {
  if (report.incomplete.length === 0) return '';
  const files = report.incomplete.map((l) => `<li><code>${escapeHtml(l.file)}</code>${l.line ? ` (line ${l.line})` : ''}: ${escapeHtml(l.message)}</li>`);
  const n = report.incomplete.length;
  return `<div class="notice" role="alert"><p><strong>Incomplete:</strong> ${n} ${n === 1 ? 'reply' : 'replies'} could not be read, so ${n === 1 ? 'that candidate is' : 'those candidates are'} missing here.</p><ul>${files.join('')}</ul></div>\n`;
}
