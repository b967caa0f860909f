import { NOT_NUMBERS } from './phone-cases';

/** Text from the real world that holds digits but no phone number: it must dial nothing. */
export interface NotANumber {
  what: string;
  input: string;
  /** The agent's country; US unless given. */
  country?: string;
  /** Why the app refuses digits the reference matcher (libphonenumber, VALID) would take. */
  beyond?: string;
}

const LABELLED = 'a label says what the digits are';
const AMOUNT = 'the digits are an amount of money';

const TIMESTAMPS: NotANumber[] = [
  { what: 'compact date and time in a log line', input: 'Logged 20120102 08:00 by ops' },
  {
    what: 'compact date and time in a log line, read in Germany',
    input: 'Logged 20120102 08:00 by ops',
    country: 'DE',
  },
  { what: 'compact date and time alone', input: '20120102 08:00' },
  { what: 'compact date and time with seconds', input: 'Build 20261121 14:05:09 finished' },
  { what: 'compact date and time at midnight', input: 'Backup finished 20261121 23:59' },
  { what: 'ISO timestamp with a T and a zone', input: 'Created 2026-11-21T08:00:00Z' },
  { what: 'ISO timestamp with milliseconds', input: '2026-11-21 08:00:00.123 INFO started' },
  { what: 'slashed date and time', input: '2026/11/21 08:00' },
  {
    what: 'European date and time',
    input: 'Termin 21.11.2026 08:00',
    country: 'DE',
    beyond: 'a dotted date and a time',
  },
  { what: 'US date and time with AM', input: 'Opened 11/21/2026 8:00 AM' },
  { what: 'short US date and time', input: '1/2/2026 10:00' },
  { what: 'two dates in a row', input: 'Dates 21/11/2026 22/11/2026', country: 'GB' },
  { what: 'opening hours', input: 'Open 08:00-17:00, Sat 09:00-13:00' },
  { what: 'syslog line with a pid', input: 'Nov 21 08:00:01 host sshd[38555]: session opened' },
  { what: 'uptime and load averages', input: 'Uptime 10:30:15, load 0.52 0.48 0.45' },
];

const BRACKETS: NotANumber[] = [
  { what: 'nested brackets in a financial table', input: '80.585 ((79.964)' },
  { what: 'nested brackets closed twice', input: '80.585 ((79.964))' },
  { what: 'prior-year figure in brackets', input: 'Net income 80.585 (79.964)' },
  { what: 'doubled brackets around an area code', input: '((801)) 555-0100' },
  { what: 'publication pages with a year', input: 'VLDB J. 12(3): 211-227 (2003).' },
  { what: 'a bracketed negative amount', input: 'Loss (3,855.51) on 801.55' },
];

const AMOUNTS: NotANumber[] = [
  { what: 'percent glued after digits', input: 'Balance 3855551234%' },
  { what: 'percent after a dotted number', input: 'Growth 801.555.0100%' },
  { what: 'euro sign glued after digits', input: 'Total 3855551234€' },
  { what: 'euro sign glued before digits', input: 'Total €3855551234' },
  { what: 'pound sign before digits', input: '£8015550100 outstanding', country: 'GB' },
  { what: 'yen sign before digits', input: '¥3855551234', country: 'JP' },
  { what: 'rupee sign before digits', input: '₹8015550100 paid', country: 'IN' },
  { what: 'currency code after the amount', input: 'Amount: 3855551234 USD', beyond: AMOUNT },
  { what: 'currency code before the amount', input: 'Wire USD 3855551234 today', beyond: AMOUNT },
  { what: 'currency word after the amount', input: 'Paid 3855551234 dollars', beyond: AMOUNT },
  { what: 'thousands grouped with dots', input: 'Revenue 3.855.551.234', beyond: AMOUNT },
  { what: 'percentages in a list', input: '38.5% 55.5% 12.34%' },
];

const TABLES: NotANumber[] = [
  { what: 'a table row pasted with aligned columns', input: 'North   385   555   1234  990' },
  {
    what: 'two table rows with aligned columns',
    input: 'North   385   555   1234\nSouth   120   340   5567',
    beyond: 'groups from the columns of a table',
  },
  { what: 'a row of decimal figures', input: '80.585 79.964 81.002' },
  { what: 'a row of prices', input: '12.50 13.75 14.20 15.10' },
  { what: 'coordinates', input: '40.7608, -111.8910' },
  { what: 'coordinates in a table', input: 'Lat 40.760800 Lon 111.891000' },
  { what: 'IP address with a port', input: 'Server 192.168.100.200:3855 refused' },
  { what: 'version with a build', input: 'macOS 10.14.6 (18G9323)' },
];

const LOOK_ALIKES: NotANumber[] = [
  { what: 'US number with an unassigned area code', input: '555-555-5555' },
  { what: 'placeholder digits', input: 'Phone: 123-456-7890' },
  { what: 'zeros placeholder', input: '000-000-0000' },
  { what: 'social security number shape', input: '123-45-6789' },
  { what: 'employer ID', input: 'EIN 38-5551234' },
  { what: 'only seven digits', input: 'Direct 555-0100' },
  { what: 'IBAN', input: 'IBAN DE89 3704 0044 0532 0130 00', country: 'DE' },
  { what: 'barcode', input: 'EAN 4006381333931' },
  { what: 'invoice number with a year', input: 'Invoice 2026-11-0042', beyond: LABELLED },
  { what: 'URL path digits', input: 'https://example.com/order/3855551234', beyond: 'digits inside a URL' },
  {
    what: 'query string digits',
    input: 'https://crm.example.com/?id=3855551234',
    beyond: 'digits inside a URL',
  },
  { what: 'order number with a hash', input: 'Order #3855551234', beyond: LABELLED },
  { what: 'card number without spaces', input: 'Visa 4111111111111111' },
  { what: 'routing number', input: 'Routing 021000021' },
  { what: 'a shouted word after a partial number', input: 'Dial 1-800 NOW' },
  { what: 'a lower-case word after a partial number', input: 'Call 801-555 today' },
  { what: 'a street address in lower case', input: 'visit 800 main street' },
];

/** At least 60 texts, with the shorter list kept in the main table. */
export const NOT_A_NUMBER: NotANumber[] = [
  ...TIMESTAMPS,
  ...BRACKETS,
  ...AMOUNTS,
  ...TABLES,
  ...LOOK_ALIKES,
  ...NOT_NUMBERS.filter((c) => c.input.trim() !== '').map(({ what, input, country }) => ({
    what,
    input,
    ...(country === undefined ? {} : { country }),
    ...(/^(?:Ref|Invoice) /.test(input) ? { beyond: LABELLED } : {}),
  })),
];
