import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { resolveCountry } from './options';

/**
 * Formats a stored number (a caller ID such as `8015550100` or `+18015550100`) for people:
 * national format for the agent's country, international otherwise, the raw string when it
 * is not a possible phone number. Never throws.
 */
export function formatForDisplay(number: string, defaultCountry: string): string {
  try {
    const country = resolveCountry(defaultCountry);
    const parsed = parsePhoneNumberFromString(number, country ? { defaultCountry: country } : {});
    if (!parsed?.isPossible()) return number;
    const home = country !== null && parsed.countryCallingCode === getCountryCallingCode(country);
    return home ? parsed.formatNational() : parsed.formatInternational();
  } catch {
    return number;
  }
}
