import libphonenumber from 'google-libphonenumber';
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The test oracle for emergency and premium numbers: read straight from libphonenumber's metadata,
 * independently of src/core/phone/short-numbers.ts, so a table of numbers is never written by hand.
 */
type Region = libphonenumber.RegionCode;

interface Desc {
  getNationalNumberPattern(): string | undefined;
  getExampleNumber(): string | undefined;
  possibleLengthArray(): number[];
}

interface ShortMetadata {
  getEmergency(): Desc;
}

const short = libphonenumber.ShortNumberInfo.getInstance();
const util = libphonenumber.PhoneNumberUtil.getInstance();

/** Longer emergency numbers (116117…) are taken from the metadata's example, not enumerated. */
const ENUMERATE_UP_TO = 4;

function* digitStrings(length: number): Generator<string> {
  const count = 10 ** length;
  for (let i = 0; i < count; i += 1) yield String(i).padStart(length, '0');
}

export interface RegionEmergencyNumbers {
  region: string;
  numbers: string[];
}

/**
 * Every region the short-number metadata lists that the app also knows as a country, with every number
 * its emergency pattern matches (all of them up to 4 digits; the example number beyond).
 */
export function emergencyNumbersByRegion(): RegionEmergencyNumbers[] {
  // getSupportedRegions is public in libphonenumber's ShortNumberInfo; @types leaves it out.
  const regions = (short as unknown as { getSupportedRegions(): string[] }).getSupportedRegions();
  const out: RegionEmergencyNumbers[] = [];
  for (const region of regions) {
    if (!isSupportedCountry(region)) continue;
    const metadata = (
      short as unknown as { getMetadataForRegion_(r: Region): ShortMetadata | null }
    ).getMetadataForRegion_(region as Region);
    const desc = metadata?.getEmergency();
    const pattern = desc?.getNationalNumberPattern();
    if (!desc || !pattern) continue;
    const whole = new RegExp(`^(?:${pattern})$`);
    const numbers = new Set<string>();
    for (const length of desc.possibleLengthArray()) {
      if (length > ENUMERATE_UP_TO) continue;
      for (const digits of digitStrings(length)) if (whole.test(digits)) numbers.add(digits);
    }
    const example = desc.getExampleNumber();
    if (example) numbers.add(example);
    if (numbers.size > 0) out.push({ region, numbers: [...numbers].sort() });
  }
  return out;
}

export interface PremiumExample {
  region: string;
  /** E.164, e.g. +19005550199. */
  e164: string;
  type: 'premium-rate' | 'shared-cost';
}

/**
 * The metadata's example premium-rate and shared-cost numbers, for every region where the app's own
 * number library (libphonenumber-js) also calls the example valid.
 */
export function costlyExamples(): PremiumExample[] {
  const out: PremiumExample[] = [];
  const types = [
    [libphonenumber.PhoneNumberType.PREMIUM_RATE, 'premium-rate'],
    [libphonenumber.PhoneNumberType.SHARED_COST, 'shared-cost'],
  ] as const;
  for (const region of util.getSupportedRegions() as string[]) {
    if (!isSupportedCountry(region)) continue;
    for (const [type, name] of types) {
      const example = util.getExampleNumberForType(region as Region, type);
      if (!example) continue;
      const e164 = util.format(example, libphonenumber.PhoneNumberFormat.E164);
      if (parsePhoneNumberFromString(e164)?.isValid() !== true) continue;
      if (`+${getCountryCallingCode(region)}` !== e164.slice(0, getCountryCallingCode(region).length + 1))
        continue;
      out.push({ region, e164, type: name });
    }
  }
  return out;
}
