import { isSupportedCountry } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import type { InternationalFormat } from '../../shared/phone-types';

export interface PhoneOptions {
  /** ISO 3166-1 alpha-2, e.g. `US`. */
  defaultCountry: string;
  internationalFormat: InternationalFormat;
}

export const DEFAULT_PHONE_OPTIONS: PhoneOptions = { defaultCountry: 'US', internationalFormat: 'idd' };

/** The default country as libphonenumber knows it, or null when settings carry an unknown code. */
export function resolveCountry(code: string): CountryCode | null {
  const upper = typeof code === 'string' ? code.trim().toUpperCase() : '';
  return isSupportedCountry(upper) ? upper : null;
}
