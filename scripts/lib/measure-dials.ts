import { PerformanceObserver } from 'node:perf_hooks';
import type { HttpsDialer } from './https-dialer';
import { SELECTION_COUNT, selectionFor } from './selections';
import { percentile } from './stats';

export interface DialMeasurement {
  dials: number;
  p50: number;
  p99: number;
  /** TCP connections the simulator accepted from the warm-up through the last measured dial. */
  connections: number;
  /** Dials that did not end in `placed` (should be 0 against a healthy simulator). */
  notPlaced: number;
  /**
   * CPU time per dial in the dialing process (pipeline and client, plus the simulator when it runs
   * in-process).
   * Unlike wall time it barely moves when other processes compete for the cores, so it tells a slow
   * path from a busy machine.
   */
  cpuPerDial: number;
  /** Garbage collections during the timed dials and their total pause: what usually sets the p99. */
  gcCount: number;
  gcTotalMs: number;
}

// V8 optimises a function after it has run a few hundred times; the app's process lives all day, so
// its dial path is hot. 20 warm-up dials measured 2.6 ms CPU per dial, 3,000 measured 1.3 ms.
export const WARM_UP_DIALS = 300;

/**
 * `count` dials in a row through the app's pipeline, each timed from the highlighted text to the
 * answered POST. The connection is opened first (`warmUp`, as the app does at start) and
 * WARM_UP_DIALS dials run before timing starts so the JIT has compiled the path. Every dial is a different number and a
 * press of its own (the dialer moves its clock past the repeat window), so none is refused as a repeat.
 */
export async function measureDials(
  dialer: HttpsDialer,
  connections: () => Promise<number>,
  count: number,
  warmUpDials = WARM_UP_DIALS,
): Promise<DialMeasurement> {
  const before = await connections();
  await dialer.client.warmUp();
  let notPlaced = 0;
  const run = async (index: number): Promise<number> => {
    const text = selectionFor(index);
    const start = performance.now();
    const outcome = await dialer.dial(text);
    const elapsed = performance.now() - start;
    if (outcome.kind !== 'placed') notPlaced += 1;
    return elapsed;
  };
  for (let i = 0; i < warmUpDials; i += 1) await run(SELECTION_COUNT - 1 - i);
  notPlaced = 0;
  const samples: number[] = [];
  const gcs: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcs.push(entry.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < count; i += 1) samples.push(await run(i));
  const cpu = process.cpuUsage(cpuBefore);
  // GC entries are delivered on a later tick; let them arrive before counting.
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  return {
    dials: count,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    connections: (await connections()) - before,
    notPlaced,
    cpuPerDial: (cpu.user + cpu.system) / 1000 / count,
    gcCount: gcs.length,
    gcTotalMs: gcs.reduce((sum, ms) => sum + ms, 0),
  };
}
