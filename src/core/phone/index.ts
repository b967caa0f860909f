/**
 * Phone-number understanding: from a highlighted selection or a tel:/callto:/sip: link to
 * exactly what the agent would dial. Every entry point returns a result and never throws.
 *
 * Decisions (see the tests in test/unit/phone for each):
 * - Size: over 64 KiB of UTF-8 (65,536 bytes) is refused before anything is scanned.
 * - Look-alike digits: full-width and mathematical digits have the shapes of 0-9 and are
 *   normalised; digits of other scripts (Arabic-Indic, Devanagari…) are refused, because
 *   their shapes read as other Latin digits; bidi marks are refused (they reorder digits on
 *   screen); zero-width characters are dropped (they draw nothing).
 * - Prose noise: dates, times, IPv4 addresses, prices, card-like runs, ZIP codes after a
 *   state, labelled identifiers (order, invoice, ticket, ref…) and digits inside URLs are
 *   not numbers; only numbers libphonenumber's full metadata calls valid are kept.
 */
import type { Understanding, UnderstoodNumber } from '../../shared/phone-types';
import { parseValid, toUnderstood } from './dial-string';
import type { DialOptions } from './dial-string';
import { parseLink } from './link';
import { REFUSALS } from './messages';
import { DEFAULT_PHONE_OPTIONS, resolveCountry } from './options';
import type { PhoneOptions } from './options';
import { exceedsSizeLimit } from './size-limit';
import { parseText } from './understand-text';

export type {
  InternationalFormat,
  NumberKind,
  Understanding,
  UnderstoodNumber,
} from '../../shared/phone-types';
export { DEFAULT_PHONE_OPTIONS } from './options';
export type { PhoneOptions } from './options';
export { formatForDisplay } from './display';
export { MAX_INPUT_BYTES } from './size-limit';

// A link is a known phone scheme glued to its number; "Tel: 385…" with a space is prose.
const PHONE_LINK = /^\s*(?:tel|callto|sips?):(?!\s)|^\s*(?:tel|callto|sips?):\s*$/i;
// A lone URI of another scheme ("javascript:…", "https://…") is a link we refuse, not prose.
const OTHER_LINK =
  /^\s*(?:javascript|vbscript|data|file|https?|ftp|mailto|sms|smsto|skype|facetime|facetime-audio|whatsapp|intent|about|blob|ws|wss)(?::\/\/|:)\S*\s*$/i;
const ANY_SCHEME_WITH_SLASHES = /^\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/\S*\s*$/;

// "Tel:+1 385 555 1234 ext. 22" or "TEL:385-555-1234 / FAX:…" is a signature line: a capitalised
// label with spaces after it. Browsers hand over links with a lowercase scheme and no raw spaces,
// so a lowercase `tel:` (and a capitalised one without spaces) is read strictly as a link.
const PROSE_AFTER_LABEL = /\S\s+\S/;

type Parser = (input: string, options: DialOptions) => Understanding;

/** Runs a parser behind the checks every entry point shares; turns any surprise into a sentence. */
function guarded(parser: Parser, input: string, options: PhoneOptions): Understanding {
  try {
    if (typeof input !== 'string') return { ok: false, reason: REFUSALS.notText };
    if (exceedsSizeLimit(input)) return { ok: false, reason: REFUSALS.tooLarge };
    const country = resolveCountry(options?.defaultCountry);
    if (!country) return { ok: false, reason: REFUSALS.unknownCountry(String(options?.defaultCountry)) };
    const internationalFormat = options.internationalFormat === 'e164' ? 'e164' : 'idd';
    return parser(input, { country, internationalFormat });
  } catch {
    return { ok: false, reason: REFUSALS.internalError };
  }
}

/** True when the input should be read as a link rather than as a selection of text. */
export function isLink(input: string): boolean {
  if (PHONE_LINK.test(input)) {
    const lowercase = /^\s*[a-z]+:/.test(input);
    return lowercase || !PROSE_AFTER_LABEL.test(input);
  }
  return OTHER_LINK.test(input) || ANY_SCHEME_WITH_SLASHES.test(input);
}

/** Understands a highlighted selection as text (numbers in prose, vanity, extensions). */
export function understandText(input: string, options: PhoneOptions = DEFAULT_PHONE_OPTIONS): Understanding {
  return guarded(parseText, input, options);
}

/** Understands a `tel:`/`callto:`/`sip:`/`sips:` link; other schemes are refused. */
export function understandLink(input: string, options: PhoneOptions = DEFAULT_PHONE_OPTIONS): Understanding {
  return guarded(parseLink, input, options);
}

/** Understands a highlighted selection or a link, deciding which it is. Never throws. */
export function understand(input: string, options: PhoneOptions = DEFAULT_PHONE_OPTIONS): Understanding {
  return guarded(
    (text, dial) => (isLink(text) ? parseLink(text, dial) : parseText(text, dial)),
    input,
    options,
  );
}

/**
 * A number understood earlier (a recent dial) as the current settings dial it: an entry saved before
 * the default country, the international format or this app's dialing rules changed would otherwise
 * go out in its old form. Internal extensions, and anything that no longer reads, stay as they were.
 */
export function dialedNow(
  number: UnderstoodNumber,
  options: PhoneOptions = DEFAULT_PHONE_OPTIONS,
): UnderstoodNumber {
  if (number.kind !== 'external' || number.e164 === null) return number;
  const now = guarded(
    (e164, dial) => {
      const parsed = parseValid(e164, dial.country);
      return parsed
        ? { ok: true, numbers: [toUnderstood(parsed, number.extension, dial)] }
        : { ok: false, reason: '' };
    },
    number.e164,
    options,
  );
  return (now.ok && now.numbers[0]) || number;
}

/**
 * Loads the numbering metadata and compiles the patterns (about 25 ms the first time), so the
 * first hotkey press does not pay for it. Call once at start-up, off the hot path.
 */
export function warmUp(options: PhoneOptions = DEFAULT_PHONE_OPTIONS): void {
  understand('Call (385) 555-1234 ext. 22 or 1-800-FLOWERS', options);
  understand('tel:+44-20-7946-0958', options);
}
