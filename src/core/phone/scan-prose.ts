import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { parseValid } from './dial-string';
import { readExtensionAfter } from './extension';
import { isCardLike, isLabelledNonPhone, maskNoise } from './noise';
import { COLUMN_GAP, rejectedContext, rejectedShape } from './reference-rules';

export interface FoundNumber {
  number: PhoneNumber;
  extension: string | null;
}

export type ScanResult = { ok: true; found: FoundNumber[] } | { ok: false };

/**
 * Each parse costs tens of microseconds; a selection that needs more than this many is a digit
 * dump, not a page with a phone number on it, and is refused instead of stalling the hotkey.
 */
export const MAX_PARSES = 500;
// No phone number anywhere has fewer digits (Niue: +683 4002) or more than E.164 allows.
const MIN_DIGITS = 7;
const MAX_DIGITS = 17;

// A run of digit groups joined by up to four separator characters on one line.
const RUN = /(?<![\p{N}_])(?:\+ ?)?\(?\d+(?:[ .\-/()]{1,4}\d+)*\)?/gu;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LETTER = /\p{L}/u;
const FORMATTED = /\d[ ().-]+\d/;
// PDFs break lines inside numbers: "(385) 555-⏎1234". Only rejoined after a separator.
const BROKEN_LINE = /(?<=\d[-./]) *\r?\n *(?=\d)/g;
// As in the reference, a candidate ends with a digit: "(mobile: (801) 555-0100)" keeps its number.
const EDGE_JUNK = /^[^\d+(]+|\D+$/g;

function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 48 && unit <= 57) count++;
  }
  return count;
}

class Budget {
  left = MAX_PARSES;
  // A long email thread quotes the same signature again and again: parsed once, counted once.
  private readonly seen = new Map<string, PhoneNumber | null>();
  parse(candidate: string, country: CountryCode): PhoneNumber | null | 'exhausted' {
    const cleaned = candidate.replace(EDGE_JUNK, '');
    const known = this.seen.get(cleaned);
    if (known !== undefined) return known;
    if (this.left <= 0) return 'exhausted';
    this.left--;
    const parsed = rejectedShape(cleaned) ? null : parseValid(cleaned, country);
    this.seen.set(cleaned, parsed);
    return parsed;
  }
}

/**
 * Splits a run that is not one number ("84101 (801) 555-0100", "801 555 0100 801 555 0101")
 * at its spaces and takes the longest valid numbers from left to right. Never splits inside
 * "385-555-1234-99": a hyphenated block is one identifier. A number may start only at the
 * start of the run, right after another number, or where one visibly begins (`+`, `(`, after
 * a `/`), so the tail of a foreign number ("+49 89 1234 5678 9") is never read as a local one.
 */
function splitRun(run: string, country: CountryCode, budget: Budget): PhoneNumber[] | 'exhausted' {
  const chunks = run.split(/ +/);
  const digits = chunks.map(countDigits);
  // A number split out of a run never spans the gap between two columns of a table.
  const column = (run.match(/ +/g) ?? []).map((gap) => COLUMN_GAP.test(gap));
  const numbers: PhoneNumber[] = [];
  const mayStart = (i: number, afterNumber: boolean): boolean =>
    i === 0 || afterNumber || /^[+(]/.test(chunks[i] ?? '') || /^\D+$/.test(chunks[i - 1] ?? '');
  let i = 0;
  let afterNumber = false;
  while (i < chunks.length) {
    if (!mayStart(i, afterNumber)) {
      i++;
      continue;
    }
    let last = i;
    let total = digits[i] ?? 0;
    while (last + 1 < chunks.length && !column[last] && total + (digits[last + 1] ?? 0) <= MAX_DIGITS) {
      last++;
      total += digits[last] ?? 0;
    }
    let taken = -1;
    for (let j = last; j >= i; j--) {
      if (total >= MIN_DIGITS && !(i === 0 && j === chunks.length - 1)) {
        const parsed = budget.parse(chunks.slice(i, j + 1).join(' '), country);
        if (parsed === 'exhausted') return parsed;
        if (parsed) {
          numbers.push(parsed);
          taken = j;
          break;
        }
      }
      total -= digits[j] ?? 0;
    }
    afterNumber = taken >= 0;
    i = taken >= 0 ? taken + 1 : i + 1;
  }
  return numbers;
}

/** Finds phone numbers in normalised prose, in order of appearance; refuses digit dumps. */
export function scanProse(text: string, country: CountryCode): ScanResult {
  const prepared = maskNoise(text.replace(BROKEN_LINE, ''));
  const budget = new Budget();
  const found: FoundNumber[] = [];
  RUN.lastIndex = 0;
  for (let match = RUN.exec(prepared); match; match = RUN.exec(prepared)) {
    const run = match[0];
    const start = match.index;
    const extension = readExtensionAfter(prepared, start + run.length);
    const end = extension ? extension.end : start + run.length;
    if (extension) RUN.lastIndex = end;
    const digitCount = countDigits(run);
    if (digitCount < MIN_DIGITS) continue;
    // Digits glued to letters ("SN3855551234X") are an identifier; a formatted number glued to
    // its label by a lossy copy ("Phone(385) 555-1234Fax") is still a number.
    // A `+` visibly starts a number even right after a word ("abc+14156667777"), as in the reference.
    const gluedBefore = !run.startsWith('+') && LETTER.test(prepared.charAt(start - 1));
    if ((gluedBefore || WORD_CHAR.test(prepared.charAt(end))) && !FORMATTED.test(run)) continue;
    if (rejectedContext(prepared, start, start + run.length, run)) continue;
    if (isLabelledNonPhone(prepared, start) || isCardLike(run)) continue;
    const whole = digitCount <= MAX_DIGITS ? budget.parse(run, country) : null;
    if (whole === 'exhausted') return { ok: false };
    if (whole) {
      found.push({ number: whole, extension: extension?.extension ?? null });
      continue;
    }
    if (!run.includes(' ')) continue;
    const parts = splitRun(run, country, budget);
    if (parts === 'exhausted') return { ok: false };
    // An extension written after the run belongs to the number that ends the run.
    const endsRun = (n: PhoneNumber): boolean => run.replace(/\D/g, '').endsWith(n.nationalNumber);
    parts.forEach((number, k) => {
      const last = k === parts.length - 1 && endsRun(number);
      found.push({ number, extension: last ? (extension?.extension ?? null) : null });
    });
  }
  return { ok: true, found };
}
