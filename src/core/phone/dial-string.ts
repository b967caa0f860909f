import { getCountryCallingCode, Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import type { InternationalFormat, UnderstoodNumber } from '../../shared/phone-types';

interface DialingPlan {
  IDDPrefix(): string;
  defaultIDDPrefix(): string | undefined;
}

const iddCache = new Map<CountryCode, string | null>();

/**
 * The prefix for dialing abroad from `country` (`011` in the US, `00` in most of Europe).
 * Some plans list a pattern plus a preferred prefix (`8~10` in Russia, `~` = wait for tone);
 * when no single prefix exists the caller falls back to E.164.
 */
export function internationalPrefix(country: CountryCode): string | null {
  const cached = iddCache.get(country);
  if (cached !== undefined) return cached;
  const metadata = new Metadata();
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan as unknown as DialingPlan | undefined;
  // The compressed metadata sometimes holds a non-string in these slots: only strings count.
  const rawPreferred: unknown = plan?.defaultIDDPrefix();
  const rawPattern: unknown = plan?.IDDPrefix();
  const preferred = typeof rawPreferred === 'string' ? rawPreferred.replace(/~/g, '') : undefined;
  const pattern = typeof rawPattern === 'string' ? rawPattern : undefined;
  const prefix =
    preferred && /^\d+$/.test(preferred) ? preferred : pattern && /^\d+$/.test(pattern) ? pattern : null;
  iddCache.set(country, prefix);
  return prefix;
}

/** Parses a candidate strictly (the whole string must be the number) and keeps it only if valid. */
export function parseValid(candidate: string, country: CountryCode): PhoneNumber | null {
  const parsed = parsePhoneNumberFromString(candidate, { defaultCountry: country, extract: false });
  if (parsed?.isValid()) return parsed;
  // European signatures write "0044 20 …" even when the reader's country dials abroad with 011,
  // and sloppy ones keep a dialing prefix after the plus ("+0044 …", "+011 44 …"): no calling code
  // starts with 0, so what follows such a prefix can only be the calling code.
  const prefixed = /^\s*(?:00|\+ ?(?:00|011)) ?(?=[1-9])/.exec(candidate);
  if (prefixed && candidate.lastIndexOf('+') < prefixed[0].length) {
    const global = parsePhoneNumberFromString(`+${candidate.slice(prefixed[0].length)}`, {
      extract: false,
    });
    if (global?.isValid()) return global;
  }
  return null;
}

export interface DialOptions {
  country: CountryCode;
  internationalFormat: InternationalFormat;
}

// The extension is never dialed: it is shown apart, so the library's formats leave it out.
const WITHOUT_EXTENSION = { formatExtension: (formatted: string) => formatted };

/**
 * The number as a person in `options.country` dials it, formatted for reading, by the library's
 * rules (libphonenumber's formatOutOfCountryCallingNumber): the national form, trunk prefix
 * included, for a number of the agent's own country (GB `020 7946 0958`, DE `030 901820`, US
 * `(385) 555-1234`); `1` and the national form for another NANP country, and the national form for a
 * country sharing the calling code (GB → Jersey); abroad, the international prefix and the
 * international form (`011 44 20 7946 0958`), or E.164's `+` when so set or when the country has
 * no single prefix.
 */
function dialingForm(number: PhoneNumber, options: DialOptions): string {
  if (number.countryCallingCode === getCountryCallingCode(options.country)) {
    const otherNanpCountry = number.countryCallingCode === '1' && number.country !== options.country;
    if (!otherNanpCountry) return number.format('NATIONAL', WITHOUT_EXTENSION);
    return number.format('IDD', { fromCountry: options.country, ...WITHOUT_EXTENSION });
  }
  const international = number.format('INTERNATIONAL', WITHOUT_EXTENSION);
  const idd = options.internationalFormat === 'idd' ? internationalPrefix(options.country) : null;
  return idd ? `${idd} ${international.slice(1)}` : international;
}

/** What the agent would dial for `number`, and the same string formatted for the agent to read. */
export function toUnderstood(
  number: PhoneNumber,
  extension: string | null,
  options: DialOptions,
): UnderstoodNumber {
  const written = dialingForm(number, options);
  const digits = written.replace(/\D/g, '');
  return {
    dial: written.startsWith('+') ? `+${digits}` : digits,
    e164: number.number,
    display: written + (extension ? ` ext. ${extension}` : ''),
    extension,
    country: number.country ?? null,
    kind: 'external',
  };
}

/** A bare internal extension, dialed exactly as written. */
export function internalNumber(digits: string): UnderstoodNumber {
  return { dial: digits, e164: null, display: digits, extension: null, country: null, kind: 'internal' };
}
