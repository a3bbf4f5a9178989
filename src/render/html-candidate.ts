// A candidate's own HTML page: who they are, their score and stacked bar, each clause in plain words with their own
// words quoted (the parser's confidence, source and reason tucked into a details section), and the whole reply as
// received with every quoted passage highlighted where it stands.
import { isReviewed, type CandidateResult, type Report, type ReportClause, type Ruling } from '../model/ruling.js';
import { chip, escapeHtml, incompleteNotice, linkOrText, pageHead, publicWords, reviewWords, stackedBar } from './html-parts.js';
import { formatConfidence } from './text.js';
import type { RenderOptions, ReplyText } from './types.js';
import { generatedNote, programmeByline, rulingLookup, scoreLine } from './view.js';

interface Span {
  start: number;
  end: number;
  clauses: string[];
}

/** Where each quote stands in the reply: from the start of its line on, else anywhere; quotes not found are left out. */
function quoteSpans(c: CandidateResult, reply: ReplyText, starts: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (const r of c.rulings) {
    for (const e of r.evidence) {
      if (e.quote.length === 0) continue;
      const from = starts[e.line - reply.bodyLine] ?? 0;
      let at = reply.body.indexOf(e.quote, from);
      if (at === -1) at = reply.body.indexOf(e.quote);
      if (at !== -1) spans.push({ start: at, end: at + e.quote.length, clauses: [r.clause] });
    }
  }
  return spans;
}

/** Overlapping spans merged into runs that each know every clause quoting them, in text order. */
function runs(spans: readonly Span[]): Span[] {
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const clauses = [...new Set(spans.filter((s) => s.start <= start && s.end >= end).flatMap((s) => s.clauses))];
    if (clauses.length > 0) out.push({ start, end, clauses });
  }
  return out;
}

/** The reply, a line at a time with its line number in the file, quoted passages marked. */
function replyText(c: CandidateResult, reply: ReplyText): string {
  const body = reply.body.endsWith('\n') ? reply.body.slice(0, -1) : reply.body;
  const starts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  const marked = runs(quoteSpans(c, { ...reply, body }, starts));
  const out: string[] = [];
  let k = 0;
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n]!;
    const lineEnd = n + 1 < starts.length ? starts[n + 1]! - 1 : body.length;
    let text = '';
    let at = lineStart;
    while (k < marked.length && marked[k]!.end <= lineStart) k++;
    for (let j = k; j < marked.length && marked[j]!.start < lineEnd; j++) {
      const run = marked[j]!;
      const start = Math.max(run.start, lineStart);
      const end = Math.min(run.end, lineEnd);
      text += escapeHtml(body.slice(at, start));
      text += `<mark title="${escapeHtml(`quoted for ${run.clauses.join(', ')}`)}">${escapeHtml(body.slice(start, end))}</mark>`;
      at = end;
    }
    text += escapeHtml(body.slice(at, lineEnd));
    const line = reply.bodyLine + n;
    out.push(`<div class="ln" id="L${line}" data-line="${line}"><span class="text">${text}</span></div>`);
  }
  return out.join('\n');
}

/** One clause: what the candidate said in plain words, their words, and how pledgecard read it in a details section. */
function rulingSection(clause: ReportClause, r: Ruling, hasReply: boolean): string {
  const review = reviewWords(r);
  const quotes = r.evidence.map((e) => {
    const line = hasReply ? `<a class="line" href="#L${e.line}">line ${e.line}</a>` : `<span class="line">line ${e.line}</span>`;
    return `<blockquote>${escapeHtml(e.quote)}${line}</blockquote>`;
  });
  const facts: Array<[string, string]> = [
    ['confidence', formatConfidence(r.confidence)],
    ['source', r.source],
    ['reason', r.reason],
  ];
  return [
    `<article class="ruling" id="clause-${escapeHtml(clause.id)}">`,
    `<h3>${escapeHtml(clause.id)} ${escapeHtml(clause.title)}</h3>`,
    `<p class="muted">${escapeHtml(clause.text)}</p>`,
    `<p>${chip(r.stance)} <span class="says">${escapeHtml(publicWords(r))}</span>${quotes.length > 0 ? ' — in their words:' : ''}</p>`,
    ...quotes,
    ...(review ? [`<p><em>${escapeHtml(review[0]!.toUpperCase() + review.slice(1))}.</em>${isReviewed(r) && r.note !== undefined ? ` ${escapeHtml(r.note)}` : ''}</p>`] : []),
    `<details><summary>How pledgecard read this</summary><dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl></details>`,
    '</article>',
  ].join('\n');
}

/** A candidate's page; `reply` is their reply's text (the page says so when it is not at hand). */
export function renderCandidatePage(report: Report, c: CandidateResult, reply: ReplyText | undefined, options: RenderOptions): string {
  const ruling = rulingLookup(c);
  const clauses = report.programme.clauses;
  const leaves = clauses.filter((cl) => cl.children.length === 0);
  const d = c.details;
  const who = [d?.party, d?.ward, d?.slate].filter((p): p is string => Boolean(p));
  const facts: string[] = [];
  if (c.received) facts.push(`<dt>Received</dt><dd><time datetime="${escapeHtml(c.received)}">${escapeHtml(c.received)}</time></dd>`);
  if (c.source) facts.push(`<dt>Source</dt><dd>${linkOrText(c.source)}</dd>`);
  const back = options.indexHref ? `<p><a href="${escapeHtml(options.indexHref)}">← All candidates</a></p>\n` : '';
  const byline = programmeByline(report);
  return `${pageHead(`${c.candidate}: ${report.programme.title}`)}<header>
${back}${d?.photo ? `<img class="photo" src="${escapeHtml(d.photo)}" alt="${escapeHtml(c.candidate)}" referrerpolicy="no-referrer" loading="lazy">\n` : ''}<h1>${escapeHtml(c.candidate)}</h1>
${who.length > 0 ? `<p class="byline">${escapeHtml(who.join(' · '))}</p>\n` : ''}<p>${escapeHtml(report.programme.title)}${byline ? ` (${escapeHtml(byline)})` : ''}: ${escapeHtml(scoreLine(report, c))}</p>
<div class="bar">${stackedBar(c, leaves)}</div>
${facts.length > 0 ? `<dl class="facts">${facts.join('')}</dl>\n` : ''}</header>
<main>
${incompleteNotice(report)}<section aria-labelledby="answers">
<h2 id="answers">Clause by clause</h2>
${clauses.map((clause) => rulingSection(clause, ruling(clause.id), reply !== undefined)).join('\n')}
</section>
<section aria-labelledby="reply">
<h2 id="reply">The reply as received</h2>
${reply ? `<p class="hint">Passages quoted above are highlighted. Line numbers are those of <code>${escapeHtml(c.file)}</code>.</p>\n<div class="reply">\n${replyText(c, reply)}\n</div>` : '<p>The reply’s text is not part of this page.</p>'}
</section>
</main>
<footer><p>${escapeHtml(generatedNote(report, options))}</p></footer>
</body>
</html>
`;
}
