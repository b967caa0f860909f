const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({
  '2': 'ABC',
  '3': 'DEF',
  '4': 'GHI',
  '5': 'JKL',
  '6': 'MNO',
  '7': 'PQRS',
  '8': 'TUV',
  '9': 'WXYZ',
})) {
  for (const letter of letters) KEYPAD[letter] = digit;
}

/** The keypad digit for a letter (`F` → `3`), or the character unchanged. */
export function keypadDigit(char: string): string {
  return KEYPAD[char.toUpperCase()] ?? char;
}

// A numeric head (`1-800`, `+1 855`, `(855)`, `0800`) whose groups are at most 4 digits, then a
// tail of letter/digit groups joined by `-` or `.`. A space before the tail is allowed only for
// an all-capitals tail, so prose like "800 Main Street" is never read as letters to dial.
const VANITY =
  /(?<![\p{L}\p{N}_+])(\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{1,4}\)?){0,3})(?:([-.])|( ))([A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*)/gu;
// Checked in code rather than as a lookahead: a failing lookahead would backtrack through long tails.
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const NOT_VANITY_WORD = /^(?:ext|extn|extension|x|fax|tel|ph|phone|or|and)$/i;
const CAPITALS_GROUP = /^[A-Z0-9]+$/;
const TITLE_GROUP = /^[A-Z][a-z]+[0-9]*$/;
const LOWER_GROUP = /^[a-z]+$/;
// North American toll-free codes, with or without the leading 1 ("1800", "1-800", "(888)").
const TOLL_FREE_HEAD = /^1?8(?:00|33|44|55|66|77|88)$/;
const NANP_SUBSCRIBER_DIGITS = 7;

/**
 * Lower-case words are prose unless they fill a toll-free number exactly, as the number is read
 * aloud: "1800 six-flag", "1-800-six-flags" (letters past the tenth digit are decoration).
 */
function lowerCaseVanity(head: string, groups: string[]): boolean {
  if (!TOLL_FREE_HEAD.test(head.replace(/\D/g, ''))) return false;
  if (!groups.every((g) => LOWER_GROUP.test(g) || /^\d+$/.test(g))) return false;
  const filled = groups.join('').length;
  return filled >= NANP_SUBSCRIBER_DIGITS && filled <= NANP_SUBSCRIBER_DIGITS + 3;
}

function looksLikeVanity(head: string, spaced: boolean, tail: string): boolean {
  // The letters must come before the number is complete: "801-555-0100 FAX" is not vanity.
  const headDigits = head.replace(/\D/g, '').length;
  if (headDigits < 3 || headDigits > 7) return false;
  const letters = tail.replace(/[^A-Za-z]/g, '').length;
  if (letters < 3) return false;
  const groups = tail.split(/[-.]/);
  if (NOT_VANITY_WORD.test(groups[0] ?? '')) return false;
  if (!groups.some((g) => /[A-Za-z]{2,}/.test(g))) return false;
  // "1 800 FLOWERS", "(855) MY-XIMA1": a space before the letters only after an area or toll-free
  // code, so "Call 801-555 TODAY" never turns a word into the missing digits.
  if (lowerCaseVanity(head, groups)) return true;
  if (spaced) return headDigits <= 4 && groups.every((g) => CAPITALS_GROUP.test(g));
  return groups.every((g) => CAPITALS_GROUP.test(g) || TITLE_GROUP.test(g) || /^\d+$/.test(g));
}

/**
 * Rewrites vanity numbers (`1-800-FLOWERS`) with keypad digits so the number scanner sees them.
 * In North America, letters beyond the tenth digit are decoration (`1-800-CONTACTS`) and are dropped.
 */
export function spellOutVanity(text: string, northAmerican: boolean): string {
  if (!/[A-Za-z]/.test(text)) return text;
  return text.replace(VANITY, (whole: string, head: string, joiner, space, tail: string, at: number) => {
    if (WORD_CHAR.test(text.charAt(at + whole.length))) return whole;
    if (!looksLikeVanity(head, space !== undefined, tail)) return whole;
    const significant = head.replace(/\D/g, '');
    const leadingOne = /^\+?1/.test(head.replace(/[^\d+]/g, '')) && significant.length > 3;
    let budget = northAmerican || head.startsWith('+1') ? 10 + (leadingOne ? 1 : 0) : Infinity;
    budget -= significant.length;
    let spelled = '';
    for (const char of tail) {
      if (/[A-Za-z]/.test(char)) {
        if (budget <= 0) continue;
        spelled += keypadDigit(char);
        budget--;
      } else {
        if (/\d/.test(char)) budget--;
        spelled += char;
      }
    }
    return `${head}${(joiner as string | undefined) ?? ' '}${spelled.replace(/[-.]+$/, '')}`;
  });
}
