// A parsing thread, started by ./analyse.ts: takes chunks of replies from the shared counter until none are left,
// and posts each chunk's rulings back.
import v8 from 'node:v8';
import { workerData } from 'node:worker_threads';
import type { Reply } from '../model/reply.js';
import { analyseReply } from '../parse/index.js';
import { DELIVERED, NEXT, type ChunkResult, type WorkerInput } from './analyse.js';

const { programme, bytes, bounds, control, port } = workerData as WorkerInput;
const chunks = bounds.length - 1;
for (let chunk = Atomics.add(control, NEXT, 1); chunk < chunks; chunk = Atomics.add(control, NEXT, 1)) {
  const replies = v8.deserialize(bytes.subarray(bounds[chunk], bounds[chunk + 1])) as Reply[];
  const result: ChunkResult = { chunk, rulings: replies.map((reply) => analyseReply(programme, reply)) };
  // The message first, then the count the main thread waits on: once the count moves, the message is there.
  port.postMessage(result);
  Atomics.add(control, DELIVERED, 1);
  Atomics.notify(control, DELIVERED);
}
