/**
 * Which calls reach an emergency service or cost the caller, decided by the data the field maintains:
 * Google's libphonenumber short-number metadata (`ShortNumberInfo`) and its number types. libphonenumber-js
 * has no short-number data, so this is the one module that imports google-libphonenumber (about 0.6 MB of
 * script, evaluated once at import: the app at start-up, the CLI only for `dial` and `callback`). Its
 * instances and each region's metadata are made on first use or by `warmUpShortNumbers`, never per dial.
 */
import libphonenumber from 'google-libphonenumber';
import type { UnderstoodNumber } from '../../shared/phone-types';

export type CallHazard =
  /** `emergency` is the emergency number the digits reach, as the region writes it (`911`, `112`). */
  | { kind: 'emergency'; emergency: string; region: string }
  | { kind: 'premium-rate' | 'shared-cost'; region: string };

export interface HazardContext {
  /** The agent's country (ISO 3166-1 alpha-2): where a short number is dialed. */
  country: string;
  /** The external (outside-line) prefix the dial is sent with; '' for none. */
  externalPrefix: string;
}

type Region = libphonenumber.RegionCode;

/** Our country codes are checked by the settings; the library answers "no" for one it does not know. */
const asRegion = (code: string): Region => code.toUpperCase() as Region;

interface PatternDesc {
  getNationalNumberPattern(): string | undefined;
}

/** Public methods of PhoneNumberUtil (in libphonenumber's Java and JS API) that @types leaves out. */
interface NumberUtil extends libphonenumber.PhoneNumberUtil {
  getRegionCodesForCountryCode(code: number): string[];
  getMetadataForRegion(
    region: Region,
  ): { getPremiumRate(): PatternDesc; getSharedCost(): PatternDesc } | null;
}

interface Library {
  util: NumberUtil;
  short: libphonenumber.ShortNumberInfo;
}

let library: Library | null = null;

function lib(): Library {
  library ??= {
    util: libphonenumber.PhoneNumberUtil.getInstance() as NumberUtil,
    short: libphonenumber.ShortNumberInfo.getInstance(),
  };
  return library;
}

/**
 * The digits a PBX agent types in front of a number to get an outside line: 9 in North America, 0 in most
 * of Europe. "9911" and "0112" reach 911 and 112 on such a PBX even when the app's prefix setting is empty.
 */
const CONVENTIONAL_ACCESS_CODES = ['9', '0'];

/**
 * Every way the digits could reach the network: as typed, behind the prefix setting, without an
 * outside-line code, without the region's trunk prefix ("1911" in the US, "0112" in Germany), or both.
 */
function reachableForms(digits: string, context: HazardContext, region: string): string[] {
  const forms = new Set<string>([digits]);
  if (context.externalPrefix !== '') forms.add(context.externalPrefix + digits);
  const trunk = lib().util.getNddPrefixForRegion(asRegion(region), true) ?? '';
  const withoutTrunk = (form: string): void => {
    if (trunk !== '' && form.startsWith(trunk) && form.length > trunk.length)
      forms.add(form.slice(trunk.length));
  };
  const access = new Set(
    [context.externalPrefix, ...CONVENTIONAL_ACCESS_CODES].filter((code) => code !== ''),
  );
  withoutTrunk(digits);
  for (const code of access) {
    if (!digits.startsWith(code) || digits.length <= code.length) continue;
    const rest = digits.slice(code.length);
    forms.add(rest);
    withoutTrunk(rest);
  }
  return [...forms];
}

interface ShortMetadataReader {
  getMetadataForRegion_?: (region: Region) => {
    getEmergency(): { possibleLengthArray(): number[] };
  } | null;
}

const emergencyLengthCache = new Map<string, readonly number[] | null>();

/**
 * The lengths the region's emergency numbers have, from the short-number metadata, so a 10-digit number
 * costs no regex work. ShortNumberInfo exposes no public accessor for them: when the internal one is
 * missing (another library version), null means "check every form", which is only slower.
 */
function emergencyLengths(region: string): readonly number[] | null {
  const cached = emergencyLengthCache.get(region);
  if (cached !== undefined) return cached;
  let lengths: readonly number[] | null = null;
  try {
    const metadata = (lib().short as unknown as ShortMetadataReader).getMetadataForRegion_?.(
      asRegion(region),
    );
    const list = metadata?.getEmergency().possibleLengthArray();
    if (metadata === null) lengths = [];
    else if (Array.isArray(list) && list.length > 0) lengths = list;
  } catch {
    lengths = null;
  }
  emergencyLengthCache.set(region, lengths);
  return lengths;
}

/**
 * A short number (an internal extension as far as the app knows) `connects` to an emergency service when
 * it starts with one, in the regions where the network ignores extra digits; a full, valid number only
 * when it IS one (a Paris number 01 53 … starts with 15, the French ambulance, and is not one).
 */
function emergencyIn(forms: string[], region: string, prefixMatch: boolean): string | null {
  const { short } = lib();
  const lengths = emergencyLengths(region);
  const shortest = lengths === null ? 0 : Math.min(...lengths);
  for (const form of forms) {
    if (lengths !== null && (prefixMatch ? form.length < shortest : !lengths.includes(form.length))) continue;
    const hit = prefixMatch
      ? short.connectsToEmergencyNumber(form, asRegion(region))
      : short.isEmergencyNumber(form, asRegion(region));
    if (hit) return shortestEmergencyPrefix(form, region);
  }
  return null;
}

/** The emergency number itself inside the digits that reach it ("9115" → "911"), for the sentence. */
function shortestEmergencyPrefix(form: string, region: string): string {
  const { short } = lib();
  if (short.isEmergencyNumber(form, asRegion(region))) return form;
  for (let end = 1; end < form.length; end += 1) {
    if (short.isEmergencyNumber(form.slice(0, end), asRegion(region))) return form.slice(0, end);
  }
  return form;
}

function digitsOf(dial: string): string {
  return dial.replace(/\D/g, '');
}

/** The region and national significant number of an E.164 number (+49 30 901820 → DE, 30901820). */
function nationalNumber(e164: string, country: string | null): { region: string; national: string } | null {
  const { util } = lib();
  for (let length = 1; length <= 3; length += 1) {
    const code = Number(e164.slice(1, 1 + length));
    const main = util.getRegionCodeForCountryCode(code) as string;
    if (main === 'ZZ') continue;
    const regions = util.getRegionCodesForCountryCode(code);
    const region = country !== null && regions.includes(country) ? country : main;
    return { region, national: e164.slice(1 + length) };
  }
  return null;
}

type CostlyType = 'premium-rate' | 'shared-cost';

const costPatternCache = new Map<string, [CostlyType, RegExp][]>();

/**
 * Long-number types that charge the caller more than a normal call: PREMIUM_RATE (900, 0900, 09…: the
 * callee sets the price) and SHARED_COST (0845, 0180…: the caller pays part of the callee's service).
 * Not refused: PERSONAL_NUMBER, UAN and VOIP, whose tariffs are ordinary in most countries, and TOLL_FREE.
 * The metadata's own patterns for these two types, compiled once per region: the library's getNumberType
 * compiles every type's pattern on every call (about 0.3 ms), too slow for the hotkey.
 */
function costlyType(region: string, national: string): CostlyType | null {
  let patterns = costPatternCache.get(region);
  if (patterns === undefined) {
    const metadata = region === '001' ? null : lib().util.getMetadataForRegion(asRegion(region));
    const compile = (desc: PatternDesc | undefined): RegExp | null => {
      const pattern = desc?.getNationalNumberPattern();
      return pattern ? new RegExp(`^(?:${pattern})$`) : null;
    };
    patterns = (
      [
        ['premium-rate', compile(metadata?.getPremiumRate())],
        ['shared-cost', compile(metadata?.getSharedCost())],
      ] as const
    ).filter((entry): entry is [CostlyType, RegExp] => entry[1] !== null);
    costPatternCache.set(region, patterns);
  }
  return patterns.find(([, pattern]) => pattern.test(national))?.[0] ?? null;
}

/**
 * A short premium-rate service (FR 3639, AU 19xx…) reached through the outside line. Only with the
 * agent's prefix setting in front ("9" + "3639"): a bare short number is dialed as an internal extension,
 * and the metadata's premium ranges cover whole blocks of everyday extensions (FR 3xxx, BE 2xxx–7xxx).
 * UNKNOWN_COST is never refused: every PBX extension that is not a known service reads as unknown.
 */
function premiumShortNumber(digits: string, context: HazardContext): boolean {
  const prefix = context.externalPrefix;
  if (prefix === '' || !digits.startsWith(prefix) || digits.length <= prefix.length) return false;
  const { util, short } = lib();
  const region = asRegion(context.country);
  try {
    const number = util.parse(digits.slice(prefix.length), region);
    return (
      short.isValidShortNumberForRegion(number, region) &&
      short.getExpectedCostForRegion(number, region) ===
        libphonenumber.ShortNumberInfo.ShortNumberCost.PREMIUM_RATE
    );
  } catch {
    // Digits the library cannot read as a number are no known service.
    return false;
  }
}

/**
 * What is dangerous about dialing `number` from `context.country`, or null. Emergency numbers are
 * checked in the agent's country and in the number's own; cost by the number's type.
 */
export function callHazard(number: UnderstoodNumber, context: HazardContext): CallHazard | null {
  const digits = number.dial.startsWith('+') ? '' : digitsOf(number.dial);
  const country = context.country.toUpperCase();
  const e164 = number.kind === 'internal' ? null : number.e164;
  if (digits !== '') {
    const emergency = emergencyIn(reachableForms(digits, context, country), country, e164 === null);
    if (emergency !== null) return { kind: 'emergency', emergency, region: country };
  }
  if (e164 === null) {
    return premiumShortNumber(digits, context) ? { kind: 'premium-rate', region: country } : null;
  }
  const own = nationalNumber(e164, number.country);
  if (own === null) return null;
  const emergency = emergencyIn([own.national], own.region, false);
  if (emergency !== null) return { kind: 'emergency', emergency, region: own.region };
  const cost = costlyType(own.region, own.national);
  return cost === null ? null : { kind: cost, region: own.region };
}

/** Loads the library and its metadata (tens of ms the first time) so the first dial does not pay for it. */
export function warmUpShortNumbers(country: string): void {
  callHazard(
    { dial: '911', e164: null, display: '911', extension: null, country: null, kind: 'internal' },
    { country, externalPrefix: '9' },
  );
  callHazard(
    {
      dial: '9005550199',
      e164: '+19005550199',
      display: '',
      extension: null,
      country: 'US',
      kind: 'external',
    },
    { country, externalPrefix: '' },
  );
}
