/**
 * The one clock type: the app, the CLI and the tests inject it so that nothing reads the time or waits
 * directly. Waits are one-shot timers only (an idle app holds no repeating timers).
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
