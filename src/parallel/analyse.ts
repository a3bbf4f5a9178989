// Parsing many replies on several threads. The main thread and the worker threads (./worker.ts) take chunks of
// replies in turn from one shared counter until none are left; rulings are kept by chunk, so they come out in reply
// order and the report is the same as one thread's, byte for byte. The main thread never depends on a worker: a
// worker that never starts takes no chunks, and a chunk whose worker goes quiet is parsed again here.
import os from 'node:os';
import v8 from 'node:v8';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Programme } from '../model/programme.js';
import type { Reply } from '../model/reply.js';
import type { Ruling } from '../model/ruling.js';
import { analyseReply } from '../parse/index.js';

/** For `show`: what a reply says that the parser could place under no clause (the command line reaches the parser only here). */
export { unplacedStatements } from '../parse/index.js';

/**
 * Below this many replies a worker costs more than it saves, unless asked for. It takes ~100 ms to start, and the JIT
 * compiles the parser again for every thread: on two cores that work competes with the parsing itself, and a second
 * thread measured no faster at 10,000 replies (BENCHMARKS.md) nor at 20,000, so there workers are only used when asked.
 */
export const PARALLEL_FROM = 10_000;
/** Fewer cores than this and workers are only used when asked (PLEDGECARD_JOBS). */
const PARALLEL_CORES = 3;
/** Replies per chunk: small enough that no thread is left with a long last chunk, big enough that messages cost little. */
const CHUNK = 50;
/** Threads by default, however many cores: each worker thread holds a heap and a parser of its own. */
const MAX_THREADS = 4;

/** Slots of the shared control array. */
export const NEXT = 0; // the next chunk for anyone to take
export const DELIVERED = 1; // chunks posted back by workers so far

/** What each worker is started with. */
export interface WorkerInput {
  programme: Programme;
  /** Every chunk of replies, serialised one after another: chunk i is bytes[bounds[i], bounds[i + 1]). */
  bytes: Uint8Array;
  bounds: number[];
  control: Int32Array;
  /** Where the worker posts each chunk's rulings, as a ChunkResult. */
  port: MessagePort;
}

export interface ChunkResult {
  chunk: number;
  rulings: Ruling[][];
}

/**
 * Workers run the built JavaScript next to this file. Run from the TypeScript sources (the tests do), there is no
 * such file, and parsing there with the built parser could differ from the sources: those runs parse on one thread.
 */
const WORKER_FILE = import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : undefined;

/**
 * How many threads parse `count` replies: PLEDGECARD_JOBS when it is a whole number ≥ 1, but never more than there are
 * cores (more threads than cores only compete for them); otherwise, on a machine with PARALLEL_CORES cores or more, one
 * per core (up to MAX_THREADS) from PARALLEL_FROM replies on; else one. Never more threads than chunks.
 */
export function chooseThreads(count: number, jobs: string | undefined, cores: number): number {
  const asked = jobs === undefined || jobs.trim() === '' ? NaN : Number(jobs);
  const chosen = count < PARALLEL_FROM || cores < PARALLEL_CORES ? 1 : Math.min(cores, MAX_THREADS);
  const wanted = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, Math.max(1, cores)) : chosen;
  return Math.max(1, Math.min(wanted, Math.ceil(count / CHUNK)));
}

/** How many threads parse `count` replies here (chooseThreads); one where there is no built worker to start. */
export function threadsFor(count: number, env: NodeJS.ProcessEnv = process.env): number {
  return WORKER_FILE === undefined ? 1 : chooseThreads(count, env.PLEDGECARD_JOBS, os.availableParallelism());
}

/** Every reply's rulings, in reply order; on several threads when there are enough replies to pay for them. */
export function analyseAll(programme: Programme, replies: readonly Reply[]): Ruling[][] {
  const threads = threadsFor(replies.length);
  if (threads <= 1) return replies.map((reply) => analyseReply(programme, reply));
  return analyseOnThreads(programme, replies, threads - 1);
}

function analyseOnThreads(programme: Programme, replies: readonly Reply[], workerCount: number): Ruling[][] {
  const chunks: Reply[][] = [];
  for (let i = 0; i < replies.length; i += CHUNK) chunks.push(replies.slice(i, i + CHUNK));
  const control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const input = { programme, ...serialise(chunks), control };
  const workers = Array.from({ length: workerCount }, () => startWorker(input)).filter((w) => w !== undefined);
  const results: (Ruling[][] | undefined)[] = new Array(chunks.length);
  const parse = (chunk: number): void => {
    results[chunk] ??= chunks[chunk]!.map((reply) => analyseReply(programme, reply));
  };
  try {
    // Our share: chunks until none are left to take.
    const started = performance.now();
    let taken = 0;
    for (let chunk = Atomics.add(control, NEXT, 1); chunk < chunks.length; chunk = Atomics.add(control, NEXT, 1), taken++) parse(chunk);
    // The workers' last chunks should follow within about a chunk's time; a chunk not back after twice that (its
    // worker failed, or the machine is busy) is parsed here, and whichever copy comes second is ignored.
    const patience = taken > 0 ? Math.max(20, (2 * (performance.now() - started)) / taken) : 1000;
    for (;;) {
      const delivered = Atomics.load(control, DELIVERED);
      for (const { port } of workers) collect(port, results);
      const missing = results.findIndex((r) => r === undefined);
      if (missing === -1) break;
      if (Atomics.wait(control, DELIVERED, delivered, patience) === 'timed-out') parse(missing);
    }
    return results.flat() as Ruling[][];
  } finally {
    // Stops each worker now, even in the middle of a chunk nobody needs any more.
    for (const { worker, port } of workers) {
      void worker.terminate();
      port.close();
    }
  }
}

/** The chunks serialised once into shared memory, for every worker to read the chunks it takes. */
function serialise(chunks: readonly Reply[][]): Pick<WorkerInput, 'bytes' | 'bounds'> {
  const parts = chunks.map((chunk) => v8.serialize(chunk));
  const bounds = [0];
  for (const part of parts) bounds.push(bounds.at(-1)! + part.length);
  const bytes = new Uint8Array(new SharedArrayBuffer(bounds.at(-1)!));
  parts.forEach((part, i) => bytes.set(part, bounds[i]));
  return { bytes, bounds };
}

/** Starts a worker, with the port its results arrive on; undefined when no thread can be started. */
function startWorker(input: Omit<WorkerInput, 'port'>): { worker: Worker; port: MessagePort } | undefined {
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER_FILE!, { workerData: { ...input, port: port2 } satisfies WorkerInput, transferList: [port2] });
  } catch {
    port1.close();
    return undefined; // the main thread parses the chunks this worker would have taken
  }
  // Never keep the process alive for a worker, and never let a failed one crash it: its chunks are parsed here.
  worker.unref();
  worker.on('error', () => {});
  return { worker, port: port1 };
}

/** Files every result waiting on `port` under its chunk. */
function collect(port: MessagePort, results: (Ruling[][] | undefined)[]): void {
  for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
    const { chunk, rulings } = m.message as ChunkResult;
    results[chunk] ??= rulings;
  }
}
