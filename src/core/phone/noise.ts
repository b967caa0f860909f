/**
 * Prose noise: digit runs that look like phone numbers to a parser but are something else.
 * Masked before scanning (so they also split runs) or rejected per candidate.
 */

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';

// Dates (2026-11-21, 21.11.2026, 11/21/2026), IPv4 addresses, prices ($1,234.56, € 3855551234),
// US state + ZIP codes (UT 84101-1234), IBANs and date-times are blanked out before numbers are
// looked for.
const MASKS: RegExp[] = [
  /(?<![\d.\-/])\d{4}[-./]\d{1,2}[-./]\d{1,2}(?![\d]|[-./]\d)/g,
  /(?<![\d.\-/])\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?![\d]|[-./]\d)/g,
  /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d]|\.\d)/g,
  /[$€£¥₹¢₩₽] ?\d+(?:[,.]\d+)*/g,
  new RegExp(`\\b(?:${US_STATES}) \\d{5}(?:-\\d{4})?(?!\\d)`, 'g'),
  // IBANs ("DE89 3704 0044 0532 0130 00"): a country code glued to digits reads like a label.
  /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g,
  // A date and a time ("20120102 08:00", "2026-11-21T08:00"), the reference's time stamps and more.
  /(?<!\d)[12]\d{3}[-/]?[01]\d[-/]?[0-3]\d(?: +|T)[0-2]?\d:?[0-5]\d(?::?[0-5]\d)?(?!\d)/g,
];

export function maskNoise(text: string): string {
  let masked = text;
  for (const mask of MASKS) masked = masked.replace(mask, ' _ ');
  return masked;
}

// A label right before the digits says what they are: "Order 3855551234", "Ticket #", "Ref:".
const LABEL =
  /(?:^|[^\p{L}])(?:order|invoice|inv|ticket|case|ref|reference|account|acct|a\/c|po|p\.o\.|sku|tracking|confirmation|conf|serial|s\/n|sn|policy|claim|transaction|txn|receipt|booking|reservation|iban|card|vin|isbn|part|model|item|mrn|ssn|ein|routing|pin|otp)\.?(?: ?(?:no\.?|number|num|nr\.?|id))?(?: ?[#:.]){0,3} ?$/iu;
const LOOK_BACK = 32;

/** True when the text just before `at` labels the digits as something other than a phone number. */
export function isLabelledNonPhone(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - LOOK_BACK), at);
  // "#3855551234" and digits inside a URL path or query are identifiers, not numbers to dial.
  if (/[#/=?&@]$/.test(before)) return true;
  return LABEL.test(before);
}

/** Payment-card shapes: 13–19 digits in one block or in blocks of four (Amex 4-6-5). */
export function isCardLike(candidate: string): boolean {
  if (candidate.includes('+')) return false;
  const blocks = candidate.split(/[ -]+/).filter((b) => b.length > 0);
  const digits = blocks.join('');
  if (!/^\d{13,19}$/.test(digits)) return false;
  if (blocks.length === 1) return true;
  const sizes = blocks.map((b) => b.length).join(',');
  return blocks.every((b) => b.length === 4) || sizes === '4,6,5' || sizes === '4,6,4';
}
