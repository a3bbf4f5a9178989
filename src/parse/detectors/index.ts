// Every detector, in one list: each reads the shared doc and says what it finds through the sink.
import type { Doc } from '../doc.js';
import type { Sink } from '../link.js';
import { detectBlankets } from './blankets.js';
import { detectBlocks } from './blocks.js';
import { detectLayout } from './layout.js';
import { detectOrder } from './order.js';
import { detectReferences } from './references.js';
import { detectRefusals } from './refusals.js';
import { detectReply } from './reply.js';
import { detectTopics } from './topics.js';
import { detectWhole } from './whole.js';

export type Detector = (doc: Doc, sink: Sink) => void;

export const DETECTORS: Readonly<Record<string, Detector>> = {
  blocks: detectBlocks,
  references: detectReferences,
  blankets: detectBlankets,
  refusals: detectRefusals,
  topics: detectTopics,
  order: detectOrder,
  layout: detectLayout,
  whole: detectWhole,
  reply: detectReply,
};
