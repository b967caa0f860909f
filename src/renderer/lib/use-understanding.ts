import { useEffect, useState } from 'react';
import type { Understanding } from '../../shared/phone-types';
import { dialer } from './dialer';

/** Short enough to feel live, long enough not to ask main on every keystroke of a paste-and-edit. */
export const UNDERSTAND_DELAY_MS = 120;

/** What main's number understanding makes of the text; null while empty or not yet answered. */
export function useUnderstanding(text: string): Understanding | null {
  const [result, setResult] = useState<{ text: string; understanding: Understanding } | null>(null);
  useEffect(() => {
    if (!text.trim()) return;
    let current = true;
    const timer = setTimeout(() => {
      dialer()
        .understand({ text })
        .then((understanding) => {
          if (current) setResult({ text, understanding });
        })
        .catch(() => {
          if (current)
            setResult({
              text,
              understanding: { ok: false, reason: 'The number could not be checked — try Dial anyway.' },
            });
        });
    }, UNDERSTAND_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  // An answer for older text is still shown while the next one is on its way: no flicker between keys.
  return text.trim() && result ? result.understanding : null;
}
