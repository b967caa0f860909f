import { getCountryCallingCode } from 'libphonenumber-js/max';
import type { UnderstoodNumber } from '../../shared/phone-types';
import { internalNumber, parseValid, toUnderstood } from './dial-string';
import type { DialOptions } from './dial-string';
import { extensionDigits } from './extension';
import { spellOutVanity } from './keypad';
import { REFUSALS } from './messages';

export type SubscriberResult = { ok: true; number: UnderstoodNumber } | { ok: false; reason: string };

const PARAM_NAME = /^[A-Za-z0-9-]+$/;
// RFC 3966 paramchar (unreserved, param-unreserved, already percent-decoded): a `?`, quote or angle
// bracket in a value is another argument riding on the link, not a parameter.
const PARAM_VALUE = /^[A-Za-z0-9\-_.!~*'()[\]/:&+$%]*$/;
// RFC 3966 visual separators, plus spaces because real pages put them in hrefs.
const NUMBER_CHARS = /^\+?[\d\-.() ]+$/;
const VISUAL_SEPARATORS = /[-.() ]/g;

function refuse(reason: string): SubscriberResult {
  return { ok: false, reason };
}

/**
 * Parses an RFC 3966 telephone-subscriber (already percent-decoded and normalised):
 * a global number (`+1-385-555-1234`) or a local one with `phone-context`, then `;ext=`,
 * `;isub=` and unknown parameters (ignored). Anything else in it is refused, never guessed.
 */
export function parseTelSubscriber(subscriber: string, options: DialOptions): SubscriberResult {
  const [numberPart = '', ...params] = subscriber.split(';');
  let extension: string | null = null;
  let context: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    const name = (eq < 0 ? param : param.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : param.slice(eq + 1).trim();
    // Sloppy pages end hrefs with a stray ";": an empty parameter says nothing.
    if (name === '' && value === '') continue;
    // Whitespace inside a parameter is an extra argument smuggled into the link, not RFC 3966.
    if (!PARAM_NAME.test(name) || !PARAM_VALUE.test(value)) return refuse(REFUSALS.notANumber);
    if (name === 'ext') {
      extension = extensionDigits(value);
      if (extension === null) return refuse(REFUSALS.badExtension);
    } else if (name === 'phone-context') context = value;
  }
  let written = numberPart.trim();
  if (written === '') return refuse(REFUSALS.emptyLink);
  if (/[*#]/.test(written)) return refuse(REFUSALS.serviceCode);
  if (/[A-Za-z]/.test(written)) {
    // Pages do write tel:1-800-FLOWERS; anything else with letters is not a number.
    written = spellOutVanity(written, getCountryCallingCode(options.country) === '1');
  }
  if (!NUMBER_CHARS.test(written)) return refuse(REFUSALS.notANumber);
  const digits = written.replace(/\D/g, '');
  if (digits === '' || written.lastIndexOf('+') > 0) return refuse(REFUSALS.notANumber);

  if (written.startsWith('+')) return global(`+${digits}`, extension, options);
  if (context?.startsWith('+')) {
    const prefix = context.replace(VISUAL_SEPARATORS, '');
    if (!/^\+\d{1,6}$/.test(prefix)) return refuse(REFUSALS.notANumber);
    return global(prefix + digits, extension, options);
  }
  if (digits.length >= 2 && digits.length <= 6)
    return { ok: true, number: { ...internalNumber(digits), extension } };
  // A local number without a global context: read it the way the agent's country dials it.
  return global(written, extension, options);
}

function global(candidate: string, extension: string | null, options: DialOptions): SubscriberResult {
  const parsed = parseValid(candidate, options.country);
  return parsed
    ? { ok: true, number: toUnderstood(parsed, extension, options) }
    : refuse(REFUSALS.invalidNumber);
}
