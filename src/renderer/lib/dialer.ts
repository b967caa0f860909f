import type { DialerApi } from '../../shared/ipc-contract';

/** The only way out of the panel. Read on every call so tests can install their own `window.dialer`. */
export const dialer = (): DialerApi => window.dialer;

/** Runs an intent and turns a thrown IPC error into a sentence, so no promise is left unhandled. */
export async function attempt<T>(
  run: () => Promise<T>,
  fallback: string,
): Promise<T | { ok: false; message: string }> {
  try {
    return await run();
  } catch {
    return { ok: false, message: fallback };
  }
}
