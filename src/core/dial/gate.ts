import type { UnderstoodNumber } from '../../shared/phone-types';
import type { XimaErrorKind } from '../xima/types';
import { busyMessage, repeatedMessage } from './messages';

/** How long after a dial the same number is treated as an accidental repeat press. */
export const REPEAT_WINDOW_MS = 5_000;

export type Admission =
  | { ok: true; release: (result: DialResultKind) => void }
  | { ok: false; reason: 'repeat' | 'busy'; message: string };

/**
 * `placed` and `ambiguous` (timeout, network, 5xx: the call may have gone out) start the repeat
 * window; a `definite` failure (Xima answered no: 400/401/403/404/429) does not, so the agent can fix
 * the cause and press again at once.
 */
export type DialResultKind = 'placed' | 'ambiguous' | 'definite';

const AMBIGUOUS: ReadonlySet<XimaErrorKind> = new Set(['timeout', 'network', 'server']);

export function resultKind(error: { kind: XimaErrorKind } | null): DialResultKind {
  if (error === null) return 'placed';
  return AMBIGUOUS.has(error.kind) ? 'ambiguous' : 'definite';
}

export interface DialGate {
  admit(number: UnderstoodNumber): Admission;
  readonly inFlight: UnderstoodNumber | null;
}

/**
 * One dial at a time, and never the same number twice by accident.
 *
 * Decision (issue 7, "Hammering"): a DIFFERENT number pressed while a dial is in flight is refused,
 * not queued. A queue would place calls the agent can no longer see coming — by the time the first
 * POST answers, the agent may be talking to the first customer, and a queued second call would ring
 * over them. Refusing with a sentence keeps every dial the direct result of a press the agent sees
 * answered. The same number while in flight, or within REPEAT_WINDOW_MS after it finished, is
 * ignored (a hammered key or a double click), also with a sentence.
 */
export function createDialGate(now: () => number, windowMs = REPEAT_WINDOW_MS): DialGate {
  let inFlight: UnderstoodNumber | null = null;
  let last: { dial: string; at: number } | null = null;
  return {
    get inFlight() {
      return inFlight;
    },
    admit(number) {
      if (inFlight !== null) {
        return inFlight.dial === number.dial
          ? { ok: false, reason: 'repeat', message: repeatedMessage(number) }
          : { ok: false, reason: 'busy', message: busyMessage(inFlight, number) };
      }
      if (last !== null && last.dial === number.dial && now() - last.at < windowMs) {
        return { ok: false, reason: 'repeat', message: repeatedMessage(number) };
      }
      inFlight = number;
      return {
        ok: true,
        release: (result) => {
          inFlight = null;
          // The window runs from when the dial was answered, so a slow POST still guards the next 5 s.
          last = result === 'definite' ? null : { dial: number.dial, at: now() };
        },
      };
    },
  };
}
