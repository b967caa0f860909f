import { setTimeout as sleep } from 'node:timers/promises';

export interface PollOptions {
  timeoutMs: number;
  /** The pause between two checks. */
  intervalMs: number;
  /** The error's message once the deadline passed, read then (so it can name the last state seen). */
  failure: () => string;
}

/** Checks `done` until it holds; throws `failure()` when it still does not after `timeoutMs`. */
export async function pollUntil(
  done: () => boolean | Promise<boolean>,
  { timeoutMs, intervalMs, failure }: PollOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(failure());
    await sleep(intervalMs);
  }
}
