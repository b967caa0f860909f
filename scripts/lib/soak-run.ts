import { setTimeout as sleep } from 'node:timers/promises';
import { resultKind } from '../../src/core/dial';
import { seeded } from '../../src/simulator/failures';
import type { SimFailure } from '../../src/simulator/index';
import { notHumanBecause } from './human-message';
import { createHttpsDialer } from './https-dialer';
import { startLatencyProxy } from './latency-proxy';
import { numberFor, selectionFor } from './selections';
import { startSimulatorProcess } from './simulator-process';

export interface SoakOptions {
  dials: number;
  /** Seeds the simulator's chaos, so a failing run can be replayed. */
  seed: number;
  /** The client's whole-exchange deadline: what a hang costs. */
  timeoutMs: number;
  /** Forces a full collection (`global.gc` under --expose-gc); without it the heap is not judged. */
  gc: (() => void) | null;
  onProgress?: (done: number) => void;
}

/**
 * The network the soak dials through: a loopback proxy with a random round trip per connection that
 * closes connections idle past `idleCloseMs`; every `pauseEvery` dials the agent pauses longer than
 * that, so presses meet closed connections and warm on intent runs against the chaos too. The idle
 * close is longer than the client's deadline so a hang stays a timeout, and longer than any stall of a
 * busy machine: a balancer closing a connection while a POST is on its way loses it (the agent is told
 * it may or may not have started), which is the network's doing, not a repeated or missing dial.
 */
export const SOAK_NETWORK = { minRttMs: 2, maxRttMs: 30, idleCloseMs: 1_500, pauseEvery: 100 };

export interface SoakReport {
  /** Dials after the warm-up; the counts below include the warm-up dials too. */
  dials: number;
  warmUpDials: number;
  seed: number;
  /** Outcome kinds the pipeline returned (`placed`, `failed`, …) and failure kinds (`failed:timeout`). */
  outcomes: Record<string, number>;
  /** POSTs the pipeline says it sent / click-to-dial POSTs the simulator logged. */
  sent: number;
  serverPosts: number;
  /** What the simulator did with them (`204`, `429`, `500`, `hung`, `dropped`…). */
  serverOutcomes: Record<string, number>;
  /**
   * Numbers whose POST count differs between the pipeline and the simulator, with what the agent was
   * told about that dial: more at the simulator is a repeated POST; fewer means it never arrived.
   */
  mismatchedNumbers: { number: string; sent: number; received: number; told: string }[];
  /** Failure messages checked (one per dial not placed), a few of them, and any that are not sentences. */
  checkedFailureMessages: number;
  sampleFailureMessages: string[];
  badMessages: { message: string; why: string }[];
  unhandledRejections: number;
  heapStartBytes: number | null;
  heapEndBytes: number | null;
  /** (end − start) / start after a full collection, or null without `gc`. */
  heapGrowth: number | null;
  /** Heap after GC every 500 dials (empty without `gc`): a leak climbs, warm-up growth levels off. */
  heapSamples: number[];
  /** Connections the proxy carried, and those it closed for being idle. */
  proxyConnections: number;
  idleCloses: number;
  /** One sentence per broken promise; empty when the run kept all of them. */
  violations: string[];
}

export const SOAK_CHAOS: Omit<Extract<SimFailure, { kind: 'chaos' }>, 'kind' | 'seed'> = {
  p429: 0.05,
  p5xx: 0.05,
  pDelay: 0.05,
  pHang: 0.01,
  pDrop: 0.03,
  delayMs: 20,
  retryAfter: 1,
};

// Measured: the heap grows ~2 MB over the first few hundred dials (V8 feedback and optimised code,
// TLS session state), then stays flat; the baseline is taken after that.
const WARM_UP_DIALS = 300;

function heapAfterGc(gc: () => void): number {
  for (let i = 0; i < 3; i += 1) gc();
  return process.memoryUsage().heapUsed;
}

const count = (map: Record<string, number>, key: string): void => void (map[key] = (map[key] ?? 0) + 1);

/**
 * Dials through the app's pipeline while the simulator (its own process, so its request log is not in
 * our heap) injects 429s, 5xx, delays, hangs and dropped connections; then checks the promises: one POST
 * per dial sent and none repeated, a sentence for every failure, no unhandled rejection, no heap growth.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  let unhandledRejections = 0;
  const onUnhandled = (): void => void (unhandledRejections += 1);
  process.on('unhandledRejection', onUnhandled);
  const simulator = await startSimulatorProcess();
  // Seeded like the chaos, so a run's network (round trips, pauses) replays with it.
  const random = seeded(options.seed);
  const { minRttMs, maxRttMs, idleCloseMs, pauseEvery } = SOAK_NETWORK;
  const proxy = await startLatencyProxy({
    targetPort: Number(new URL(simulator.httpsBaseUrl).port),
    rttMs: () => minRttMs + random() * (maxRttMs - minRttMs),
    idleCloseMs,
  });
  const dialer = createHttpsDialer(
    { ...simulator, httpsBaseUrl: `https://127.0.0.1:${proxy.port}` },
    options.timeoutMs,
  );
  // Kept small on purpose (it is in the measured heap): counters, ambiguous dials, a few messages.
  const outcomes: Record<string, number> = {};
  const told = new Map<string, string>();
  const messages = new Set<string>();
  const badMessages: { message: string; why: string }[] = [];
  let checked = 0;
  let heapStartBytes: number | null = null;
  let heapEndBytes: number | null = null;
  const heapSamples: number[] = [];
  try {
    await dialer.client.warmUp();
    await simulator.script('click-to-dial', { kind: 'chaos', seed: options.seed, ...SOAK_CHAOS });
    const total = WARM_UP_DIALS + options.dials;
    for (let i = 0; i < total; i += 1) {
      // Measured after the warm-up, so lazily built state (JIT, caches, the connection) is not "growth".
      if (i === WARM_UP_DIALS && options.gc) heapStartBytes = heapAfterGc(options.gc);
      if (i % pauseEvery === pauseEvery - 1) await sleep(idleCloseMs + maxRttMs + 100);
      // As the app does on a press: warm on intent, then the dial (here with no capture in between).
      void dialer.client.warmUp();
      const outcome = await dialer.dial(selectionFor(i));
      count(outcomes, outcome.kind === 'failed' ? `failed:${outcome.error.kind}` : outcome.kind);
      if (outcome.kind === 'failed' && resultKind(outcome.error) === 'ambiguous')
        told.set(outcome.request.numberToDial, outcome.message);
      if (outcome.kind !== 'placed') {
        checked += 1;
        const why = notHumanBecause(outcome.message, simulator.token);
        if (why !== null && badMessages.length < 20) badMessages.push({ message: outcome.message, why });
        if (messages.size < 20) messages.add(outcome.message);
      }
      if (i >= WARM_UP_DIALS && (i - WARM_UP_DIALS + 1) % 500 === 0) {
        if (options.gc) heapSamples.push(heapAfterGc(options.gc));
        options.onProgress?.(i - WARM_UP_DIALS + 1);
      }
    }
    if (options.gc) heapEndBytes = heapAfterGc(options.gc);
    // A POST abandoned by a timeout may still be on its way in; give the simulator a moment to log it.
    await sleep(300);
  } finally {
    await dialer.close();
    await proxy.close();
  }
  const stats = await simulator.stats();
  await simulator.close();
  process.off('unhandledRejection', onUnhandled);

  // Every dial was sent (checked below), so what the pipeline sent is the list of dialed numbers.
  const total = WARM_UP_DIALS + options.dials;
  const sentNumbers: Record<string, number> = {};
  for (let i = 0; i < total; i += 1) count(sentNumbers, numberFor(i).dial);
  const serverNumbers: Record<string, number> = {};
  for (const number of stats.dialNumbers) count(serverNumbers, number);
  const mismatchedNumbers = [...new Set([...Object.keys(sentNumbers), ...Object.keys(serverNumbers)])]
    .filter((number) => sentNumbers[number] !== serverNumbers[number])
    .map((number) => ({
      number,
      sent: sentNumbers[number] ?? 0,
      received: serverNumbers[number] ?? 0,
      told: told.get(number) ?? '(placed, or refused by Xima)',
    }));
  const heapGrowth =
    heapStartBytes !== null && heapEndBytes !== null
      ? (heapEndBytes - heapStartBytes) / heapStartBytes
      : null;
  const violations = [
    // Every dial is a number on its own after the repeat window: each one must have been sent.
    dialer.sent !== total ? `the pipeline sent ${dialer.sent} POSTs for ${total} dials` : null,
    stats.dialPosts !== dialer.sent
      ? `the simulator logged ${stats.dialPosts} dial POSTs but the pipeline sent ${dialer.sent}`
      : null,
    mismatchedNumbers.length > 0
      ? `${mismatchedNumbers.length} numbers were POSTed a different number of times than dialed`
      : null,
    badMessages.length > 0 ? `${badMessages.length} failure messages are not plain sentences` : null,
    unhandledRejections > 0 ? `${unhandledRejections} unhandled promise rejections` : null,
    heapGrowth !== null && heapGrowth > 0.1
      ? `the heap grew ${(heapGrowth * 100).toFixed(1)} % (limit 10 %)`
      : null,
    options.gc === null ? 'the heap was not checked: run node with --expose-gc' : null,
  ].filter((v): v is string => v !== null);

  return {
    dials: options.dials,
    warmUpDials: WARM_UP_DIALS,
    seed: options.seed,
    outcomes,
    sent: dialer.sent,
    serverPosts: stats.dialPosts,
    serverOutcomes: stats.outcomes,
    mismatchedNumbers: mismatchedNumbers.slice(0, 20),
    checkedFailureMessages: checked,
    sampleFailureMessages: [...messages],
    badMessages,
    unhandledRejections,
    heapStartBytes,
    heapEndBytes,
    heapGrowth,
    heapSamples,
    proxyConnections: proxy.connections,
    idleCloses: proxy.idleCloses,
    violations,
  };
}
