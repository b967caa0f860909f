import type { UnderstoodNumber, Understanding } from '../../shared/phone-types';
import type { PhoneOptions } from '../phone';
import { NO_NUMBER } from './messages';

export type Understand = (input: string, options: PhoneOptions) => Understanding;

export type Decision =
  | { kind: 'refused'; message: string }
  | { kind: 'none'; message: string }
  | { kind: 'several'; numbers: UnderstoodNumber[] }
  | { kind: 'one'; number: UnderstoodNumber };

/** none → a sentence; one → dial; several → the agent chooses. Refused input never becomes a request. */
export function decide(understanding: Understanding): Decision {
  if (!understanding.ok) return { kind: 'refused', message: understanding.reason };
  const [first, ...rest] = understanding.numbers;
  if (first === undefined) return { kind: 'none', message: NO_NUMBER };
  if (rest.length > 0) return { kind: 'several', numbers: understanding.numbers };
  return { kind: 'one', number: first };
}
