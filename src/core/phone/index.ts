import type { InternationalFormat, Understanding } from '../../shared/phone-types';

export type {
  InternationalFormat,
  NumberKind,
  Understanding,
  UnderstoodNumber,
} from '../../shared/phone-types';

export interface PhoneOptions {
  /** ISO 3166-1 alpha-2, e.g. `US`. */
  defaultCountry: string;
  internationalFormat: InternationalFormat;
}

export const DEFAULT_PHONE_OPTIONS: PhoneOptions = { defaultCountry: 'US', internationalFormat: 'idd' };

/**
 * Understands a highlighted selection or a `tel:`/`callto:`/`sip:` link. Never throws.
 * PLACEHOLDER until the number-understanding issue lands: accepts digits only.
 */
export function understand(input: string, options: PhoneOptions = DEFAULT_PHONE_OPTIONS): Understanding {
  void options;
  const digits = input.trim();
  if (!/^\d{2,15}$/.test(digits)) return { ok: true, numbers: [] };
  const internal = digits.length <= 6;
  return {
    ok: true,
    numbers: [
      {
        dial: digits,
        e164: internal ? null : `+1${digits}`,
        display: digits,
        extension: null,
        country: internal ? null : 'US',
        kind: internal ? 'internal' : 'external',
      },
    ],
  };
}
