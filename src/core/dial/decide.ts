import type { UnderstoodNumber, Understanding } from '../../shared/phone-types';
import { understand, type PhoneOptions } from '../phone';
import { NO_NUMBER } from './messages';
import { refusalFor, type CallGuard } from './safety';

export type Decision =
  | { kind: 'refused'; message: string }
  | { kind: 'none'; message: string }
  | { kind: 'several'; numbers: UnderstoodNumber[] }
  /** A number that passed the safety rules for the guard it was decided with. */
  | { kind: 'one'; number: UnderstoodNumber };

/**
 * none → a sentence; one → dial; several → the agent chooses (each pick is checked again when dialed).
 * Refused input, and a number the safety rules refuse, never becomes a request.
 */
export function decide(understanding: Understanding, guard: CallGuard): Decision {
  if (!understanding.ok) return { kind: 'refused', message: understanding.reason };
  const [first, ...rest] = understanding.numbers;
  if (first === undefined) return { kind: 'none', message: NO_NUMBER };
  if (rest.length > 0) return { kind: 'several', numbers: understanding.numbers };
  const refusal = refusalFor(first, guard);
  return refusal === null ? { kind: 'one', number: first } : { kind: 'refused', message: refusal };
}

/** Text (a selection, a typed number or a link) understood and decided: once per dial, on every path. */
export function decideText(text: string, phone: PhoneOptions, guard: CallGuard): Decision {
  return decide(understand(text, phone), guard);
}
