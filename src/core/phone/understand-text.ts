import { getCountryCallingCode } from 'libphonenumber-js/max';
import type { Understanding, UnderstoodNumber } from '../../shared/phone-types';
import { internalNumber, toUnderstood } from './dial-string';
import type { DialOptions } from './dial-string';
import { spellOutVanity } from './keypad';
import { REFUSALS } from './messages';
import { normalise } from './normalise';
import { scanProse } from './scan-prose';

// The whole selection is an extension: "2051", " 2051 ", "x2051", "ext. 2051".
const INTERNAL = /^(?:(?:ext\.?|extension|x) ?)?(\d{2,6})$/i;

/** Understands free text (a highlighted selection); the size limit is checked by the caller. */
export function parseText(input: string, options: DialOptions): Understanding {
  const normalised = normalise(input);
  if (!normalised.ok) return normalised;
  const internal = INTERNAL.exec(normalised.text.trim());
  if (internal?.[1]) return { ok: true, numbers: [internalNumber(internal[1])] };

  const northAmerican = getCountryCallingCode(options.country) === '1';
  const scan = scanProse(spellOutVanity(normalised.text, northAmerican), options.country);
  if (!scan.ok) return { ok: false, reason: REFUSALS.tooManyCandidates };

  // The same number twice (signature + footer) is one number; the first spelling wins.
  const seen = new Set<string>();
  const numbers: UnderstoodNumber[] = [];
  for (const { number, extension } of scan.found) {
    const understood = toUnderstood(number, extension, options);
    if (seen.has(understood.dial)) continue;
    seen.add(understood.dial);
    numbers.push(understood);
  }
  return { ok: true, numbers };
}
