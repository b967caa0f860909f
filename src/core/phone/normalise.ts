import { REFUSALS } from './messages';

export type Normalised = { ok: true; text: string } | { ok: false; reason: string };

// C0/C1 controls other than tab, line feed, vertical tab, form feed and carriage return (which
// PDFs and spreadsheets put in copied text) never belong in a selection: refuse rather than guess.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/;
// Bidi marks, embeddings, overrides and isolates can show digits in a different order than they
// are stored ("1234" stored, "4321" shown), so a number next to one is not what the agent saw.
const DIRECTION_MARK = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Invisible characters (zero-width space/joiners, word joiner, BOM, soft hyphen, variation
// selectors, keycap, tag characters) draw nothing, so dropping them keeps exactly what was seen.
const INVISIBLE =
  /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]|\ufe0f|[\ufe00-\ufe0e]|\u20e3|\udb40[\udc00-\udc7f]/g;
// Mathematical bold/double-struck/sans-serif/monospace digits have the shapes of 0-9: normalised.
const MATH_DIGIT = /\ud835[\udfce-\udfff]/g;
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
// Any other decimal digit (Arabic-Indic, Devanagari, Bengali, Thai…) looks unlike its ASCII
// value to most agents (Arabic-Indic ٥ is 5 but reads as 0): refused, never converted.
const OTHER_SCRIPT_DIGIT = /(?![0-9])\p{Nd}/u;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
const LINE_BREAK = /\r\n?|[\v\f\u2028\u2029]/g;
const SPACE = /\p{Zs}/gu;
const HYPHEN = /[\u2010-\u2012\u2212\ufe63\u30fc]/g;
// An en/em dash inside a digit run is a separator (Word autocorrect); elsewhere it separates numbers.
const DASH_BETWEEN_DIGITS = /(?<=\d)[\u2013\u2014](?=\d)/g;
const DASH = /[\u2013-\u2015\ufe58]/g;
const DOT = /[\u00b7\u2024\u3002\u30fb]/g;
const SLASH = /[\u2044\u2215]/g;

/** Refuses hostile text and folds every look-alike separator and digit into plain ASCII. */
export function normalise(input: string): Normalised {
  if (CONTROL.test(input)) return { ok: false, reason: REFUSALS.controlCharacters };
  // Most selections are plain ASCII: nothing below but line breaks can apply to them.
  if (!NON_ASCII.test(input)) return { ok: true, text: input.replace(LINE_BREAK, '\n') };
  if (DIRECTION_MARK.test(input)) return { ok: false, reason: REFUSALS.directionMarks };
  let text = input
    .replace(INVISIBLE, '')
    .replace(MATH_DIGIT, (pair) => String((pair.charCodeAt(1) - 0xdfce) % 10))
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (OTHER_SCRIPT_DIGIT.test(text)) return { ok: false, reason: REFUSALS.foreignDigits };
  text = text
    .replace(LINE_BREAK, '\n')
    .replace(SPACE, ' ')
    .replace(HYPHEN, '-')
    .replace(DASH_BETWEEN_DIGITS, '-')
    .replace(DASH, ' , ')
    .replace(DOT, '.')
    .replace(SLASH, '/');
  return { ok: true, text };
}
