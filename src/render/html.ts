// One self-contained HTML page: a heatmap of candidates × clauses whose cells show their evidence on hover and focus.
import type { CandidateResult, Report, ReportClause, Ruling } from '../model/ruling.js';
import { REVIEW_MARK, STANCE_IDS, STANCES, type StanceColour } from '../model/stance.js';
import { formatPercent, formatScore } from './text.js';
import type { Renderer, RenderOptions } from './types.js';
import {
  candidatesOf,
  generatedNote,
  legendEntries,
  maxScoreOf,
  programmeByline,
  rulingFacts,
  rulingLookup,
  selectClauses,
  stanceMark,
} from './view.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

const CELL_COLOURS = {
  green: { background: '#1a7f37', text: '#ffffff' },
  yellow: { background: '#f5c842', text: '#24292f' },
  red: { background: '#cf222e', text: '#ffffff' },
  dim: { background: '#eaeef2', text: '#57606a' },
} as const satisfies Record<StanceColour, { background: string; text: string }>;

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #24292f; }
body { margin: 0 auto; padding: 1.5rem; max-width: 72rem; line-height: 1.45; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
.byline, .hint, footer { color: #57606a; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; list-style: none; }
.chip { display: inline-block; min-width: 1.4em; text-align: center; border-radius: .25rem; font-weight: 600; }
table.grid { border-collapse: separate; border-spacing: 3px; }
.grid th { font-weight: 600; font-size: .85rem; padding: .2rem .35rem; vertical-align: bottom; }
.grid thead th.group { border-bottom: 2px solid #d0d7de; text-align: center; font-weight: 500; }
.grid th.name { text-align: left; white-space: nowrap; padding-right: .8rem; }
.grid tbody th, .grid tbody td { vertical-align: middle; }
.grid td.num, .grid td.rank { text-align: right; padding: 0 .4rem; font-variant-numeric: tabular-nums; }
.cell { position: relative; width: 2.2rem; height: 2rem; text-align: center; border-radius: .3rem; cursor: default; }
.cell:focus { outline: 3px solid #0969da; outline-offset: 1px; }
.review { box-shadow: inset 0 0 0 2px #24292f; }
.tip { display: none; position: absolute; z-index: 10; top: calc(100% + 6px); left: 0; width: 24rem; max-width: 80vw;
  padding: .6rem .8rem; background: #ffffff; color: #24292f; border: 1px solid #d0d7de; border-radius: .4rem;
  box-shadow: 0 8px 24px rgba(140, 149, 159, .3); text-align: left; font-weight: 400; font-size: .875rem; }
.tip-end .tip { left: auto; right: 0; }
.cell:hover .tip, .cell:focus .tip, .cell:focus-within .tip { display: block; }
.tip p { margin: .25rem 0; }
.tip blockquote { margin: .4rem 0; padding-left: .6rem; border-left: 3px solid #d0d7de; white-space: pre-wrap; }
.tip .line { display: block; color: #57606a; font-size: .8rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.programme, .programme ul { list-style: none; padding-left: 1.2rem; }
.programme > li { margin-bottom: .4rem; }
.programme .id { display: inline-block; min-width: 3rem; font-weight: 600; }
${STANCE_IDS.map((s) => {
  const c = CELL_COLOURS[STANCES[s].colour];
  return `.s-${s} { background: ${c.background}; color: ${c.text}; }`;
}).join('\n')}
`;

function chip(r: Pick<Ruling, 'stance'>): string {
  return `<span class="chip s-${r.stance}" aria-hidden="true">${escapeHtml(STANCES[r.stance].symbol)}</span>`;
}

function tooltip(id: string, clause: ReportClause, r: Ruling): string {
  const facts = [STANCES[r.stance].label, ...rulingFacts(r)];
  const quotes = r.evidence.map(
    (e) => `<blockquote>${escapeHtml(e.quote)}<span class="line">line ${e.line}</span></blockquote>`,
  );
  return [
    `<div class="tip" role="tooltip" id="${id}">`,
    `<p><strong>${escapeHtml(clause.id)} ${escapeHtml(clause.title)}</strong></p>`,
    `<p>${chip(r)} ${escapeHtml(facts.join(', '))}</p>`,
    ...quotes,
    `<p>${escapeHtml(r.reason)}</p>`,
    ...(r.note !== undefined ? [`<p>Note: ${escapeHtml(r.note)}</p>`] : []),
    '</div>',
  ].join('');
}

/** Header rows: a row per level of the tree, parents spanning their shown descendants. */
function headerRows(report: Report, clauses: readonly ReportClause[]): string[] {
  const byId = new Map(report.programme.clauses.map((c) => [c.id, c]));
  const chains = clauses.map((c) => {
    const chain = [c];
    for (let p = c.parent; p !== null; p = byId.get(p)?.parent ?? null) chain.unshift(byId.get(p)!);
    return chain;
  });
  const levels = Math.max(1, ...chains.map((c) => c.length));
  const rows: string[][] = Array.from({ length: levels }, () => []);
  rows[0]!.push(`<th scope="col" rowspan="${levels}">Rank</th>`, `<th scope="col" rowspan="${levels}" class="name">Candidate</th>`);
  for (let level = 0; level < levels; level++) {
    for (let i = 0; i < chains.length; ) {
      const chain = chains[i]!;
      const own = chain.length - 1;
      if (level < own) {
        const group = chain[level]!;
        let j = i;
        while (j < chains.length && chains[j]![level]?.id === group.id) j++;
        rows[level]!.push(`<th scope="colgroup" colspan="${j - i}" class="group">${escapeHtml(group.id)} ${escapeHtml(group.title)}</th>`);
        i = j;
        continue;
      }
      if (level === own) {
        const c = chain[own]!;
        rows[level]!.push(`<th scope="col" rowspan="${levels - level}" title="${escapeHtml(c.title)}">${escapeHtml(c.id)}</th>`);
      }
      i++;
    }
  }
  rows[0]!.push(`<th scope="col" rowspan="${levels}">Score</th>`, `<th scope="col" rowspan="${levels}">%</th>`);
  return rows.map((r) => `<tr>${r.join('')}</tr>`);
}

function candidateRow(c: CandidateResult, index: number, clauses: readonly ReportClause[], options: RenderOptions): string {
  const ruling = rulingLookup(c);
  const name = options.href ? `<a href="${escapeHtml(options.href(c))}">${escapeHtml(c.candidate)}</a>` : escapeHtml(c.candidate);
  const cells = clauses.map((clause, j) => {
    const r = ruling(clause.id);
    const id = `tip-${index}-${j}`;
    const classes = ['cell', `s-${r.stance}`, ...(r.needsReview ? ['review'] : []), ...(j >= clauses.length / 2 ? ['tip-end'] : [])];
    const sr = `${clause.id}: ${STANCES[r.stance].label}${r.needsReview ? `, ${REVIEW_MARK.label}` : ''}`;
    return `<td class="${classes.join(' ')}" tabindex="0" aria-describedby="${id}"><span aria-hidden="true">${escapeHtml(stanceMark(r))}</span><span class="sr">${escapeHtml(sr)}</span>${tooltip(id, clause, r)}</td>`;
  });
  return `<tr><td class="rank">${c.rank}</td><th scope="row" class="name">${name}</th>${cells.join('')}<td class="num">${formatScore(c.score)}</td><td class="num">${formatPercent(c.percent)}</td></tr>`;
}

function programmeItems(report: Report, ids: readonly string[]): string {
  const byId = new Map(report.programme.clauses.map((c) => [c.id, c]));
  const items = ids.map((id) => {
    const c = byId.get(id)!;
    const children = c.children.length > 0 ? `<ul>${programmeItems(report, c.children)}</ul>` : '';
    return `<li><span class="id">${escapeHtml(c.id)}</span> <strong>${escapeHtml(c.title)}.</strong> ${escapeHtml(c.text)}${children}</li>`;
  });
  return items.join('\n');
}

/**
 * The whole page: heading, legend, heatmap grid, programme text, generated-from note; no external assets. In pieces,
 * a line of the grid (a candidate) at a time between the top of the page and the bottom.
 */
export function* htmlPieces(report: Report, options: RenderOptions): Generator<string> {
  const title = escapeHtml(report.programme.title);
  const byline = programmeByline(report);
  const clauses = selectClauses(report, options);
  const candidates = candidatesOf(report, options);
  const legend = legendEntries(
    (symbol, label, stance) =>
      `<li><span class="chip ${stance ? `s-${stance}` : 'review'}" aria-hidden="true">${escapeHtml(symbol)}</span> ${escapeHtml(label)}</li>`,
  );
  const tops = report.programme.clauses.filter((c) => c.parent === null).map((c) => c.id);
  const top = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}: scorecards</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${title}</h1>
${byline ? `<p class="byline">${escapeHtml(byline)}</p>\n` : ''}</header>
<main>
<section aria-labelledby="comparison">
<h2 id="comparison">Comparison</h2>
<ul class="legend">
${legend.join('\n')}
</ul>
<p class="hint">Scores are weighted points out of ${formatScore(maxScoreOf(report))}. Hover over a cell, or move to it with Tab, to see the evidence.</p>`;
  const bottom = `</section>
<section aria-labelledby="programme">
<h2 id="programme">Programme</h2>
<ul class="programme">
${programmeItems(report, tops)}
</ul>
</section>
</main>
${(options.related ?? []).map((r) => `<p><a href="${escapeHtml(r.html)}">${escapeHtml(r.label)}</a></p>\n`).join('')}<footer><p>${escapeHtml(generatedNote(report, options))}</p></footer>
</body>
</html>
`;
  yield top;
  if (candidates.length === 0) yield '\n<p>No replies to score.</p>';
  else {
    const caption = '<caption class="sr">Stance of each candidate on each clause</caption>';
    yield ['', '<table class="grid">', caption, `<thead>${headerRows(report, clauses).join('\n')}</thead>`, '<tbody>'].join('\n');
    for (const [i, c] of candidates.entries()) yield `\n${candidateRow(c, i, clauses, options)}`;
    yield '\n</tbody></table>';
  }
  yield `\n${bottom}`;
}

/** The whole page as one text: the pieces joined at once, so that it is copied once. */
export const renderHtml: Renderer = (report, options) => [...htmlPieces(report, options)].join('');
