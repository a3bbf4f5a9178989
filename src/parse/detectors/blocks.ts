// Answers under a marker, heading or quoted clause: the block's first sentence is its answer, later sentences
// elaborate. Inside a parent's block, a sentence clearly about one child is tied to that child too.
import type { Doc } from '../doc.js';
import { topicTarget } from '../judge.js';
import type { Sink } from '../link.js';
import { stemsIn } from '../topics.js';

export function detectBlocks(doc: Doc, sink: Sink): void {
  const { index, norm } = doc;
  doc.units.forEach((unit, u) => {
    const sentence = doc.sentences[unit.sentence]!;
    const block = sentence.block;
    if (!block || unit.refs.length > 0 || unit.carried.length > 0) return;
    // "On II.2, I agree … But I would set the bar lower.": after a sentence naming other clauses, the
    // references detector ties the unit to those.
    if (unit.before && !unit.before.every((id) => block.ids.includes(id))) return;
    const first = sentence.inBlock === 0;
    const channel = !first ? 'block' : block.kind === 'marker' ? 'marker' : 'heading';
    sink.link({ unit: u, clauses: block.ids, channel, weight: block.kind === 'marker' ? 1 : 0.85, ref: block.marker, span: { start: block.markerStart, end: block.markerStart + block.marker.length } });
    const kids = block.ids.length === 1 ? (index.byId.get(block.ids[0]!)?.children ?? []) : [];
    // Only a statement is worth tying to a child: a unit with no stance says nothing of it either way.
    if (kids.length > 0 && unit.reading.stance !== undefined) {
      const t = topicTarget(index, stemsIn(norm, unit.start, unit.end), kids, 1.5);
      if (t) sink.link({ unit: u, clauses: [t.clause], channel: 'block', weight: 0.8, ref: `${block.marker} (${t.phrase})` });
    }
  });
}
