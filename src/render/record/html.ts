// The record as one self-contained HTML page: a grid of members × clauses, each member's pledges beside their
// record with every fact dated and sourced, and the meetings; no scripts, no external assets.
import type { ClauseRecord, MemberRecord, RecordFact, RecordReport, RecordStatus } from '../../model/record.js';
import { RECORD_STATUSES, STATUS_INFO } from '../../model/record.js';
import { STANCE_IDS, STANCES } from '../../model/stance.js';
import { escapeHtml } from '../html.js';
import { uniqueSlugs } from '../slug.js';
import {
  clauseOf,
  clauseTitle,
  countsLine,
  factHeading,
  factPart,
  hasIllustration,
  illustrationNote,
  ILLUSTRATION_BANNER,
  leafClauses,
  memberLine,
  pledgeDetail,
  pledgeWords,
  recordNote,
  sourceText,
  statusesInOrder,
  statusWords,
  type RecordRenderOptions,
} from './view.js';

const STATUS_COLOURS = {
  kept: ['#1a7f37', '#ffffff'],
  broken: ['#cf222e', '#ffffff'],
  mixed: ['#f5c842', '#24292f'],
  'not-tested': ['#eaeef2', '#57606a'],
  'not-known': ['#ddf4ff', '#0a3069'],
} as const satisfies Record<RecordStatus, readonly [string, string]>;

const STANCE_COLOURS = { green: '#1a7f37', yellow: '#9a6700', red: '#cf222e', dim: '#57606a' } as const;

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #24292f; }
body { margin: 0 auto; padding: 1.5rem; max-width: 72rem; line-height: 1.45; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
.byline, footer, .meta { color: #57606a; }
.illustration { background: #fff8c5; border: 1px solid #d4a72c; border-radius: .3rem; padding: .4rem .6rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; list-style: none; }
table { border-collapse: collapse; }
.grid th, .grid td { padding: .25rem .4rem; text-align: center; }
.grid th.name { text-align: left; white-space: nowrap; }
.chip { display: inline-block; min-width: 1.4em; text-align: center; border-radius: .25rem; font-weight: 600; padding: 0 .2rem; }
.before { font-weight: 600; margin-right: .25rem; }
.side { width: 100%; margin: .5rem 0 1.5rem; }
.side th, .side td { border-top: 1px solid #d0d7de; padding: .4rem .5rem; text-align: left; vertical-align: top; }
.side td.pledge, .side td.record { width: 40%; }
.quote { display: block; margin: .25rem 0; padding-left: .5rem; border-left: 3px solid #d0d7de; white-space: pre-wrap; font-size: .9rem; }
.facts { margin: .3rem 0 0; padding-left: 1.1rem; font-size: .9rem; }
.facts li { margin-bottom: .35rem; }
.source { color: #57606a; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
${RECORD_STATUSES.map((s) => `.st-${s} { background: ${STATUS_COLOURS[s][0]}; color: ${STATUS_COLOURS[s][1]}; }`).join('\n')}
${STANCE_IDS.map((s) => `.sn-${s} { color: ${STANCE_COLOURS[STANCES[s].colour]}; }`).join('\n')}
`;

function statusChip(s: RecordStatus): string {
  return `<span class="chip st-${s}">${escapeHtml(statusWords(s))}</span>`;
}

function gridCell(m: MemberRecord, id: string): string {
  const c = clauseOf(m, id);
  const before = c.pledge ? `<span class="before sn-${c.pledge.stance}" aria-hidden="true">${escapeHtml(STANCES[c.pledge.stance].symbol)}</span>` : '<span class="before" aria-hidden="true">–</span>';
  const sr = `${id}: pledge ${pledgeWords(c.pledge)}; record ${STATUS_INFO[c.status].label}`;
  return `<td>${before}<span class="chip st-${c.status}" aria-hidden="true">${escapeHtml(STATUS_INFO[c.status].symbol)}</span><span class="sr">${escapeHtml(sr)}</span></td>`;
}

function factItem(f: RecordFact): string {
  const ill = illustrationNote(f.illustration);
  return [
    `<li class="fact o-${f.outcome}"><strong>${escapeHtml(factHeading(f))}</strong><br>`,
    `${escapeHtml(factPart(f))}: ${escapeHtml(f.why)}<br>`,
    `<span class="source">Source: ${escapeHtml(sourceText(f.sources))}</span>`,
    ill ? `<br><span class="illustration">${escapeHtml(ill)}</span>` : '',
    '</li>',
  ].join('');
}

function sideRow(record: RecordReport, c: ClauseRecord): string {
  const detail = pledgeDetail(c.pledge).map((d) => `<span class="quote">${escapeHtml(d)}</span>`).join('');
  const stance = c.pledge ? `<span class="sn-${c.pledge.stance}">${escapeHtml(pledgeWords(c.pledge))}</span>` : escapeHtml(pledgeWords(undefined));
  const facts = c.facts.length > 0 ? `<ul class="facts">${c.facts.map(factItem).join('')}</ul>` : '';
  return `<tr><th scope="row">${escapeHtml(`${c.clause} ${clauseTitle(record, c.clause)}`)}</th><td class="pledge">${stance}${detail}</td><td class="record">${statusChip(c.status)}${facts}</td></tr>`;
}

function memberSection(record: RecordReport, m: MemberRecord, slug: string): string {
  const ill = illustrationNote(m.illustration);
  return [
    `<section class="member" id="${slug}" aria-labelledby="${slug}-h">`,
    `<h2 id="${slug}-h">${escapeHtml(m.member)}</h2>`,
    `<p class="meta">${escapeHtml(memberLine(record, m))} · pledges: ${escapeHtml(m.reply ?? 'no reply on file')}</p>`,
    ill ? `<p class="illustration">${escapeHtml(ill)}</p>` : '',
    `<p>${escapeHtml(countsLine(m))}</p>`,
    '<table class="side"><thead><tr><th scope="col">Clause</th><th scope="col">Pledge (before)</th><th scope="col">Record (after)</th></tr></thead><tbody>',
    ...m.clauses.map((c) => sideRow(record, c)),
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function meetingsSection(record: RecordReport): string {
  const items = record.meetings.map((m) => {
    const ill = illustrationNote(m.illustration);
    const decisions = m.decisions.map((d) => {
      const result = [d.result, d.tally].filter(Boolean).join(', ');
      const votes = [...d.votes.map((v) => `${v.member}: ${v.vote}`), ...(d.everyoneElse ? [`everyone else: ${d.everyoneElse}`] : [])];
      const tests = d.tests.map((t) => `a vote ${t.keptBy} keeps ${t.clause}`);
      return `<li><strong>${escapeHtml(d.title)}</strong> (${escapeHtml(result)}). ${escapeHtml(d.decided ?? '')} ${escapeHtml(votes.length ? `Votes: ${votes.join('; ')}.` : 'Votes: not known.')} ${escapeHtml(tests.length ? `Tests: ${tests.join('; ')}.` : '')} <span class="source">Source: ${escapeHtml(sourceText(d.sources))}</span></li>`;
    });
    const reports = m.reports === undefined ? 'not known' : m.reports.length === 0 ? 'none' : m.reports.map((r) => `${r.by}${r.published ? `, ${r.published}` : ''}: ${r.where}`).join('; ');
    return [
      `<li class="meeting"><h3>${escapeHtml(`${m.date} ${m.title}`)}</h3>`,
      ill ? `<p class="illustration">${escapeHtml(ill)}</p>` : '',
      m.decisions.length ? `<ul>${decisions.join('')}</ul>` : '',
      `<p>Reports: ${escapeHtml(reports)}</p></li>`,
    ].join('');
  });
  return `<section aria-labelledby="meetings"><h2 id="meetings">Meetings</h2>${items.length ? `<ul class="meetings">${items.join('\n')}</ul>` : '<p>None recorded yet.</p>'}</section>`;
}

/** The whole page. */
export function renderRecordHtml(record: RecordReport, options: RecordRenderOptions): string {
  const slugs = uniqueSlugs(record.members.map((m) => m.member));
  const clauses = leafClauses(record);
  const title = escapeHtml(`${record.body}: the record`);
  const grid = record.members.length
    ? [
        '<table class="grid"><caption class="sr">Pledge and record of each member on each clause</caption>',
        `<thead><tr><th scope="col" class="name">Member</th>${clauses.map((c) => `<th scope="col" title="${escapeHtml(c.title)}">${escapeHtml(c.id)}</th>`).join('')}</tr></thead><tbody>`,
        ...record.members.map((m, i) => `<tr><th scope="row" class="name"><a href="#${slugs[i]}">${escapeHtml(m.member)}</a></th>${clauses.map((c) => gridCell(m, c.id)).join('')}</tr>`),
        '</tbody></table>',
      ].join('\n')
    : '<p>No members recorded.</p>';
  const legend = [
    ...statusesInOrder().map((s) => `<li>${statusChip(s)}</li>`),
    ...STANCE_IDS.map((s) => `<li><span class="sn-${s}">${escapeHtml(`${STANCES[s].symbol} ${STANCES[s].label}`)}</span> (pledge)</li>`),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="byline">Each elected member’s record against ${escapeHtml(record.programme.title)}: the pledge before the election beside the record after it.</p>
${hasIllustration(record) ? `<p class="illustration" role="note">${escapeHtml(ILLUSTRATION_BANNER)}</p>\n` : ''}${options.back ? `<p><a href="${escapeHtml(options.back.href)}">${escapeHtml(options.back.label)}</a></p>\n` : ''}</header>
<main>
<section aria-labelledby="grid"><h2 id="grid">Pledge and record</h2>
${grid}
<ul class="legend">${legend.join('')}</ul>
</section>
${record.members.map((m, i) => memberSection(record, m, slugs[i]!)).join('\n')}
${meetingsSection(record)}
</main>
<footer><p>${escapeHtml(recordNote(record, options))}</p></footer>
</body>
</html>
`;
}
