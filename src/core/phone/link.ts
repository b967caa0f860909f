import type { Understanding } from '../../shared/phone-types';
import type { DialOptions } from './dial-string';
import { REFUSALS } from './messages';
import { normalise } from './normalise';
import { parseTelSubscriber } from './tel-uri';
import type { SubscriberResult } from './tel-uri';

export const LINK_SCHEMES = ['tel', 'callto', 'sip', 'sips'] as const;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** Decodes %XX runs leniently (a stray `%` stays); null when the bytes are not UTF-8. */
function percentDecode(text: string): string | null {
  try {
    return text.replace(PERCENT_RUN, (run) => decodeURIComponent(run));
  } catch {
    return null;
  }
}

function fromSubscriber(result: SubscriberResult): Understanding {
  return result.ok ? { ok: true, numbers: [result.number] } : result;
}

/** `callto:+1…`, `callto://+1…/`: Skype-era links; a user name instead of a number is refused. */
function parseCallto(body: string, options: DialOptions): Understanding {
  const subscriber = body.replace(/^\/\//, '').replace(/\/$/, '');
  if (subscriber.includes('@') || subscriber.includes('/')) return { ok: false, reason: REFUSALS.notANumber };
  return fromSubscriber(parseTelSubscriber(subscriber, options));
}

/** `sip:+13855551234@host;user=phone`: the user part must be a phone number. */
function parseSip(body: string, options: DialOptions): Understanding {
  const at = body.indexOf('@');
  // Without `@` a SIP URI names a host; accept it only if that "host" is itself a number.
  let user = at < 0 ? body : body.slice(0, at);
  // RFC 3261 allows `user:password@host`; the password is never part of the number.
  const colon = user.indexOf(':');
  if (colon >= 0) user = user.slice(0, colon);
  const result = parseTelSubscriber(user, options);
  if (result.ok) return fromSubscriber(result);
  return { ok: false, reason: /[A-Za-z]/.test(user) ? REFUSALS.sipNotANumber : result.reason };
}

/** Understands a `tel:`, `callto:`, `sip:` or `sips:` link; everything else is refused with a sentence. */
export function parseLink(input: string, options: DialOptions): Understanding {
  const raw = input.trim();
  const scheme = SCHEME.exec(raw);
  if (!scheme?.[1]) return { ok: false, reason: REFUSALS.notALink };
  const name = scheme[1].toLowerCase();
  if (!(LINK_SCHEMES as readonly string[]).includes(name)) {
    return { ok: false, reason: REFUSALS.otherScheme(name.slice(0, 24)) };
  }
  const decoded = percentDecode(raw.slice(scheme[0].length));
  if (decoded === null) return { ok: false, reason: REFUSALS.badEncoding };
  const normalised = normalise(decoded);
  if (!normalised.ok) return normalised;
  // A line break inside a link (often percent-encoded, %0A) is an injection attempt, not a typo.
  if (/[\t\n\v\f\r]/.test(normalised.text)) return { ok: false, reason: REFUSALS.controlCharacters };
  const body = normalised.text.trim();
  if (body === '' || body === '//') return { ok: false, reason: REFUSALS.emptyLink };
  if (name === 'callto') return parseCallto(body, options);
  if (name === 'sip' || name === 'sips') return parseSip(body, options);
  return fromSubscriber(parseTelSubscriber(body.replace(/^\/\//, ''), options));
}
