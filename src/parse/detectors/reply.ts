// The reply as a whole: how long it is, whether it quotes the questionnaire, and its leaning where nothing ties
// a statement to a clause ("Signed and returned", "Yep, the lot", "will reply properly next week").
import type { Doc } from '../doc.js';
import type { Sink } from '../link.js';
import { evaluation, signalOf } from '../signal.js';

export function detectReply(doc: Doc, sink: Sink): void {
  sink.reply('empty', doc.empty ? 1 : 0);
  sink.reply('words', Math.min(1, Math.log1p(doc.words) / Math.log1p(600)));
  sink.reply('short', doc.words <= 30 ? 1 : 0);
  sink.reply('quoted', doc.quotedLines.length > 0 ? 1 : 0);
  const counts = { agree: 0, qual: 0, disagree: 0, refuse: 0, sign: 0, defer: 0, pos: 0, neg: 0 };
  let stated = 0;
  for (const unit of doc.units) {
    if (unit.quotesClause) continue;
    const s = unit.reading.stance ? signalOf(unit.reading) : evaluation(doc, unit);
    if (s === 'none' || s === 'unticked') continue;
    counts[s]++;
    stated++;
  }
  const total = Math.max(1, doc.units.length);
  for (const [name, n] of Object.entries(counts)) sink.reply(`tone.${name}`, n / total);
  sink.reply('stated', stated === 0 ? 0 : Math.min(1, stated / 10));
}
