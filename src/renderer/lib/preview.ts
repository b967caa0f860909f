import type { Understanding } from '../../shared/phone-types';
import { numberOnly } from './number-text';
import { readable } from './readable';

export interface Preview {
  tone: 'ok' | 'error' | 'muted';
  text: string;
  /** Digits to key in by hand once the call connects. */
  extension: string | null;
}

/** What the dial box says about the text before the agent presses Enter. */
export function previewOf(understanding: Understanding | null): Preview | null {
  if (!understanding) return null;
  if (!understanding.ok) return { tone: 'error', text: readable(understanding.reason), extension: null };
  const [first, ...rest] = understanding.numbers;
  if (!first)
    return {
      tone: 'error',
      text: 'No phone number found — type the number with its area code.',
      extension: null,
    };
  if (rest.length > 0) {
    return {
      tone: 'muted',
      text: `${understanding.numbers.length} numbers found — you will choose one after pressing Dial.`,
      extension: null,
    };
  }
  const what = first.kind === 'internal' ? `extension ${first.display}` : numberOnly(first);
  return { tone: 'ok', text: `Will dial ${what}`, extension: first.extension };
}
