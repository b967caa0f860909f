/**
 * The candidate rules of libphonenumber's matcher (PhoneNumberMatcher.java, which libphonenumber-js
 * ports as `findNumbers`) at its default VALID leniency. The library keeps them private, so they are
 * restated here to be applied to this app's candidates, which the library's own finder would miss
 * (vanity numbers, PDF line breaks, labels glued to numbers): the reference is the floor.
 * https://github.com/google/libphonenumber/blob/master/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberMatcher.java
 */

const OPEN = '(\\[';
const CLOSE = ')\\]';
const NON_PARENS = `[^${OPEN}${CLOSE}]`;
// An opening bracket at the start may stay open and a closing one may come first (the other was
// dropped by the copy); every other pair must be closed and hold something; at most four pairs.
const MATCHING_BRACKETS = new RegExp(
  `^[${OPEN}]?(?:${NON_PARENS}+[${CLOSE}])?${NON_PARENS}+(?:[${OPEN}]${NON_PARENS}+[${CLOSE}]){0,3}${NON_PARENS}*$`,
);
// Publication pages: "211-227 (2003)".
const PUB_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;
// Dates with slashes: 3/10/2011, 31/10/96, 08/31/95.
const SLASH_SEPARATED_DATES = /(?:[0-3]?\d\/[01]?\d|[01]?\d\/[0-3]?\d)\/(?:[12]\d)?\d{2}/;
// A date and an hour ("20120102 08", "2012-01-02 08") whose minutes follow the candidate (":00").
const TIME_STAMP = /[12]\d{3}[-/]?[01]\d[-/]?[0-3]\d +[0-2]\d$/;
const TIME_STAMP_SUFFIX = /^:[0-5]\d/;
// Beyond the reference: a bracketed decimal figure is an accounting amount ("80.585 (79.964)").
const BRACKETED_FIGURE = /\(\s*\d+[.,]\d+\s*\)/;
// Beyond the reference: digits grouped in thousands ("3.855.551.234") are an amount.
const THOUSANDS = /^\d{1,3}(?:\.\d{3}){3,}$/;
// Beyond the reference: two decimal figures side by side are a row of a table ("80.585 79.964").
const DECIMAL_FIGURE = /(?:^|\s)\(?\d+[.,]\d+\)?(?=\s|$)/g;
// Beyond the reference: three or more spaces between digit groups are the gap between the columns
// of a table pasted as text ("North   385   555   1234"), never one number.
export const COLUMN_GAP = / {3,}/;
const CURRENCY_OR_PERCENT = /[\p{Sc}%]/u;
// Beyond the reference: a currency code or word right before or after the digits is an amount.
const CURRENCY_WORD =
  '(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|INR|BRL|MXN|CNY|RUB|SEK|NOK|DKK|PLN|ZAR|dollars?|euros?|pounds?)';
const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])${CURRENCY_WORD} ?$`, 'iu');
const CURRENCY_AFTER = new RegExp(`^ ?${CURRENCY_WORD}(?![\\p{L}])`, 'iu');

/** True when the candidate's own shape says it is not a phone number (brackets, pages, dates, amounts). */
export function rejectedShape(candidate: string): boolean {
  if (!MATCHING_BRACKETS.test(candidate)) return true;
  return (
    PUB_PAGES.test(candidate) ||
    SLASH_SEPARATED_DATES.test(candidate) ||
    BRACKETED_FIGURE.test(candidate) ||
    THOUSANDS.test(candidate) ||
    COLUMN_GAP.test(candidate) ||
    (candidate.match(DECIMAL_FIGURE)?.length ?? 0) >= 2
  );
}

/**
 * True when the text around a candidate spanning [start, end) says it is not a phone number:
 * a currency sign or `%` glued to either side ("3855551234%", "€3855551234"), a currency code next
 * to it ("3855551234 USD"), or a date and hour followed by minutes ("Logged 20120102 08:00").
 */
export function rejectedContext(text: string, start: number, end: number, candidate: string): boolean {
  if (CURRENCY_OR_PERCENT.test(text.charAt(start - 1)) || CURRENCY_OR_PERCENT.test(text.charAt(end)))
    return true;
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 9), start))) return true;
  if (CURRENCY_AFTER.test(text.slice(end, end + 9))) return true;
  return TIME_STAMP.test(candidate) && TIME_STAMP_SUFFIX.test(text.slice(end, end + 3));
}
