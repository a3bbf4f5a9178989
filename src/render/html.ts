// The HTML index page a campaign can publish as it is: legend, the grid of candidates × clauses (titles in the
// headers, sortable by a small inline script, readable without it; cards on a phone), a stacked bar per candidate,
// and the programme. Each cell shows the candidate's own words on hover and focus.
import { isReviewed, type CandidateResult, type Report, type ReportClause, type Ruling } from '../model/ruling.js';
import { REVIEW_MARK, REVIEWED_MARK, STANCES } from '../model/stance.js';
import {
  barChart,
  escapeHtml,
  incompleteNotice,
  legend,
  linkOrText,
  pageHead,
  publicWords,
  reviewWords,
} from './html-parts.js';
import { formatPercent, formatScore } from './text.js';
import type { Renderer, RenderOptions } from './types.js';
import { candidatesOf, generatedNote, maxScoreOf, programmeByline, rulingLookup, selectClauses } from './view.js';

export { escapeHtml } from './html-parts.js';

/**
 * Sorting by any column: a button in each header (and a list above the table, for phones, where the headers are
 * hidden). Rows carry their sort keys in data-sort; ties keep the order the page was written in.
 */
export const SORT_SCRIPT = `
document.addEventListener('DOMContentLoaded', function () {
  var table = document.querySelector('table.grid');
  if (!table || !table.tHead) return;
  var body = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  Array.prototype.forEach.call(body.rows, function (row, i) { row.setAttribute('data-index', String(i)); });
  function key(row, i) {
    var v = row.cells[i].getAttribute('data-sort') || '';
    var n = Number(v);
    return v !== '' && !isNaN(n) ? n : v;
  }
  function sort(i, descending) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, i), y = key(b, i);
      var c = x < y ? -1 : x > y ? 1 : 0;
      if (descending) c = -c;
      return c || Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    heads.forEach(function (th, j) {
      if (j === i) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
    select.value = String(i);
  }
  var label = document.createElement('label');
  label.className = 'sorter';
  label.textContent = 'Sort by ';
  var select = document.createElement('select');
  heads.forEach(function (th, i) {
    var option = document.createElement('option');
    option.value = String(i);
    option.textContent = th.getAttribute('data-label') || th.textContent;
    select.appendChild(option);
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var first = th.getAttribute('data-first') === 'descending';
      var now = th.getAttribute('aria-sort');
      sort(i, now ? now === 'ascending' : first);
    });
  });
  select.addEventListener('change', function () {
    var i = Number(select.value);
    sort(i, heads[i].getAttribute('data-first') === 'descending');
  });
  label.appendChild(select);
  var wrap = table.parentNode;
  wrap.parentNode.insertBefore(label, wrap);
  function fit() { wrap.classList.toggle('scrolls', table.offsetWidth > wrap.clientWidth + 1); }
  fit();
  window.addEventListener('resize', fit);
});
`;

/** The cell's tooltip in plain words: the stance, the candidate's words, and whether a person reviewed it. */
function tooltip(id: string, clause: ReportClause, r: Ruling): string {
  const review = reviewWords(r);
  const words = r.evidence.length > 0 ? ' — in their words:' : '';
  const quotes = r.evidence.map((e) => `<blockquote>${escapeHtml(e.quote)}<span class="line">line ${e.line}</span></blockquote>`);
  return [
    `<div class="tip" role="tooltip" id="${id}">`,
    `<p><strong>${escapeHtml(clause.id)} ${escapeHtml(clause.title)}</strong></p>`,
    `<p>${escapeHtml(publicWords(r))}${words}</p>`,
    ...quotes,
    ...(review ? [`<p><em>${escapeHtml(review[0]!.toUpperCase() + review.slice(1))}.</em></p>`] : []),
    ...(isReviewed(r) && r.note !== undefined ? [`<p>Note: ${escapeHtml(r.note)}</p>`] : []),
    '</div>',
  ].join('');
}

/** One header row: rank, candidate, a column per clause (id and title), score and percent. */
function headerRow(clauses: readonly ReportClause[]): string {
  const cells = [
    '<th scope="col" data-label="Rank">Rank</th>',
    '<th scope="col" data-label="Name">Candidate</th>',
    ...clauses.map(
      (c) =>
        `<th scope="col" class="clause" data-label="${escapeHtml(`${c.id} ${c.title}`)}" title="${escapeHtml(c.title)}"><span class="vh"><span class="cid">${escapeHtml(c.id)}</span> ${escapeHtml(c.title)}</span></th>`,
    ),
    '<th scope="col" data-label="Score" data-first="descending">Score</th>',
    '<th scope="col" data-label="Percent" data-first="descending">%</th>',
  ];
  return `<tr>${cells.join('')}</tr>`;
}

/** The candidate's party, ward and slate, where the organiser keeps them. */
function who(c: CandidateResult): string {
  const d = c.details;
  const parts = [d?.party, d?.ward, d?.slate].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? `<span class="who">${escapeHtml(parts.join(' · '))}</span>` : '';
}

function candidateRow(c: CandidateResult, index: number, clauses: readonly ReportClause[], options: RenderOptions): string {
  const ruling = rulingLookup(c);
  const name = options.href ? `<a href="${escapeHtml(options.href(c))}">${escapeHtml(c.candidate)}</a>` : escapeHtml(c.candidate);
  const cells = clauses.map((clause, j) => {
    const r = ruling(clause.id);
    const id = `tip-${index}-${j}`;
    const classes = ['cell', `s-${r.stance}`, ...(r.needsReview ? ['review'] : []), ...(j >= clauses.length / 2 ? ['tip-end'] : [])];
    const marks = STANCES[r.stance].symbol + (r.needsReview ? REVIEW_MARK.symbol : '') + (isReviewed(r) ? REVIEWED_MARK.symbol : '');
    const review = reviewWords(r);
    const sr = `${clause.id}: ${publicWords(r).toLowerCase()}${review ? `, ${review}` : ''}`;
    const label = `${clause.id} ${clause.title}`;
    return `<td class="${classes.join(' ')}" tabindex="0" aria-describedby="${id}" data-sort="${STANCES[r.stance].order}" data-label="${escapeHtml(label)}"><span aria-hidden="true">${escapeHtml(marks)}</span><span class="sr">${escapeHtml(sr)}</span>${tooltip(id, clause, r)}</td>`;
  });
  return (
    `<tr><td class="rank" data-sort="${c.rank}">${c.rank}</td>` +
    `<th scope="row" class="name" data-sort="${escapeHtml(c.candidate.toLowerCase())}">${name}${who(c)}</th>${cells.join('')}` +
    `<td class="num" data-sort="${c.score}" data-label="Score">${formatScore(c.score)}</td>` +
    `<td class="num" data-sort="${c.percent}" data-label="%">${formatPercent(c.percent)}</td></tr>`
  );
}

function programmeItems(report: Report, ids: readonly string[]): string {
  const byId = new Map(report.programme.clauses.map((c) => [c.id, c]));
  const items = ids.map((id) => {
    const c = byId.get(id)!;
    const children = c.children.length > 0 ? `<ul>${programmeItems(report, c.children)}</ul>` : '';
    return `<li id="clause-${escapeHtml(c.id)}"><span class="id">${escapeHtml(c.id)}</span> <strong>${escapeHtml(c.title)}.</strong> ${escapeHtml(c.text)}${children}</li>`;
  });
  return items.join('\n');
}

/**
 * The whole page: heading, legend, the grid, a bar per candidate, the programme, the generated-from note; no external
 * assets. In pieces, a line of the grid (a candidate) at a time between the top of the page and the bottom.
 */
export function* htmlPieces(report: Report, options: RenderOptions): Generator<string> {
  const { title } = report.programme;
  const byline = programmeByline(report);
  const clauses = selectClauses(report, options);
  const candidates = candidatesOf(report, options);
  const tops = report.programme.clauses.filter((c) => c.parent === null).map((c) => c.id);
  const source = report.programme.source ? `<p class="byline">The programme: ${linkOrText(report.programme.source)}</p>\n` : '';
  yield `${pageHead(`${title}: where the candidates stand`, candidates.length > 0 ? SORT_SCRIPT : '')}<header>
<h1>${escapeHtml(title)}</h1>
${byline ? `<p class="byline">${escapeHtml(byline)}</p>\n` : ''}${source}</header>
<main>
${incompleteNotice(report)}<section aria-labelledby="comparison">
<h2 id="comparison">Where the candidates stand</h2>
${legend()}
<p class="hint">Scores are weighted points out of ${formatScore(maxScoreOf(report))}. Hover over a cell, or move to it with Tab, to read the candidate’s own words; follow a name for their whole reply.</p>`;
  if (candidates.length === 0) yield '\n<p>No replies to score.</p>';
  else {
    const caption = '<caption class="sr">Stance of each candidate on each clause</caption>';
    yield ['', '<div class="table-wrap">', '<table class="grid">', caption, `<thead>${headerRow(clauses)}</thead>`, '<tbody>'].join('\n');
    for (const [i, c] of candidates.entries()) yield `\n${candidateRow(c, i, clauses, options)}`;
    yield '\n</tbody></table>\n</div>';
  }
  const leaves = report.programme.clauses.filter((c) => c.children.length === 0);
  const chart = candidates.length > 0 ? `<section aria-labelledby="glance">
<h2 id="glance">At a glance</h2>
<p class="hint">Each bar is one candidate’s answers across the ${leaves.length} clauses, weighted as the score weighs them.</p>
${barChart(candidates, leaves, options.href)}
</section>
` : '';
  yield `
</section>
${chart}<section aria-labelledby="programme">
<h2 id="programme">The programme</h2>
<ul class="programme">
${programmeItems(report, tops)}
</ul>
</section>
</main>
${(options.related ?? []).map((r) => `<p><a href="${escapeHtml(r.html)}">${escapeHtml(r.label)}</a></p>\n`).join('')}<footer><p>${escapeHtml(generatedNote(report, options))}</p></footer>
</body>
</html>
`;
}

/** The whole page as one text: the pieces joined at once, so that it is copied once. */
export const renderHtml: Renderer = (report, options) => [...htmlPieces(report, options)].join('');
