/** Waking a laptop several times an hour must not mean several update checks an hour. */
export const MIN_RESUME_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;

export type CheckTrigger = 'start' | 'resume';

/**
 * Checks happen at start and on resume from sleep, never on a timer: an idle tray app makes no requests.
 * `lastCheckAt` is when the previous check started (epoch ms), `null` before the first.
 */
export function shouldCheckForUpdate(
  trigger: CheckTrigger,
  lastCheckAt: number | null,
  now: number,
): boolean {
  if (lastCheckAt === null) return true;
  if (trigger === 'start') return false;
  return now - lastCheckAt >= MIN_RESUME_CHECK_INTERVAL_MS;
}
