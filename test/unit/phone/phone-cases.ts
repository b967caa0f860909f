import type { UnderstoodNumber } from '../../../src/core/phone';

/** One real-world selection or link and what the agent must get from it. */
export interface PhoneCase {
  /** Where the text comes from, so a failure reads as a story. */
  what: string;
  input: string;
  country?: string;
  format?: 'idd' | 'e164';
  /** Expected numbers in order; fields not listed are not checked. */
  numbers?: Array<Partial<UnderstoodNumber> & { dial: string }>;
  /** Expected refusal sentence (a fragment of it). */
  refused?: RegExp;
}

const us = (dial: string, extension: string | null = null): Partial<UnderstoodNumber> & { dial: string } => ({
  dial,
  e164: `+1${dial}`,
  extension,
  kind: 'external',
});

export const SIGNATURES: PhoneCase[] = [
  {
    what: 'Outlook signature with direct and mobile lines',
    input:
      'John Smith | Senior Account Executive\r\nAcme Corp\r\nDirect: (801) 555-0142 | Mobile: 801.555.0199\r\nwww.acme.com',
    numbers: [us('8015550142'), us('8015550199')],
  },
  {
    what: 'Outlook signature with non-breaking spaces',
    input: 'Phone:\u00a0(385)\u00a0555-1234',
    numbers: [{ ...us('3855551234'), display: '(385) 555-1234', country: 'US' }],
  },
  {
    what: 'Gmail signature with an extension',
    input: '--\nJane Doe\nT: +1 385 555 1234 ext. 22\nE: jane@example.com',
    numbers: [{ ...us('3855551234', '22'), display: '(385) 555-1234 ext. 22' }],
  },
  {
    what: 'UK signature with mobile and (0) trunk in the office number',
    input: 'Tom Jones\nMob: +44 7400 123456\nOffice: +44 (0)20 7946 0958',
    numbers: [
      { dial: '011447400123456', country: 'GB' },
      { dial: '011442079460958', e164: '+442079460958', country: 'GB', display: '011 44 20 7946 0958' },
    ],
  },
  {
    what: 'German signature read by a US agent (00 prefix written the European way)',
    input: 'Mit freundlichen Grüßen\nKlaus Müller\nTel. 0049 30 901820',
    numbers: [{ dial: '0114930901820', e164: '+4930901820', country: 'DE' }],
  },
  {
    what: 'German signature read by a German agent: dialed as in Berlin, trunk 0 included',
    input: 'Telefon: 030 901820',
    country: 'DE',
    numbers: [{ dial: '030901820', e164: '+4930901820', country: 'DE', display: '030 901820' }],
  },
  {
    what: 'French signature with spaced pairs',
    input: 'Tél : +33 1 42 68 53 00',
    numbers: [{ dial: '01133142685300', country: 'FR' }],
  },
  {
    what: 'Japanese signature with full-width colon, read in Japan',
    input: 'TEL：03-3224-5000',
    country: 'JP',
    numbers: [{ dial: '0332245000', country: 'JP', display: '03-3224-5000' }],
  },
  {
    what: 'Japanese number written entirely in full-width characters',
    input: '３８５－５５５－１２３４',
    numbers: [us('3855551234')],
  },
  {
    what: 'Australian office number',
    input: 'Ph: +61 2 9374 4000',
    numbers: [{ dial: '01161293744000', country: 'AU' }],
  },
  {
    what: 'Indian landline',
    input: 'Office +91 11 2301 2345',
    numbers: [{ dial: '011911123012345', country: 'IN' }],
  },
  {
    what: 'Brazilian number',
    input: 'Fone: +55 11 3003-3030',
    numbers: [{ dial: '011551130033030', country: 'BR' }],
  },
  {
    what: 'Mexican number',
    input: 'Tel. +52 55 5080 2000',
    numbers: [{ dial: '011525550802000', country: 'MX' }],
  },
  {
    what: 'Spanish number',
    input: 'Teléfono: +34 915 55 12 34',
    numbers: [{ dial: '01134915551234', country: 'ES' }],
  },
  { what: 'Dutch number', input: '+31 20 123 4567', numbers: [{ dial: '01131201234567', country: 'NL' }] },
  { what: 'Irish number', input: 'Ph +353 1 234 5678', numbers: [{ dial: '01135312345678', country: 'IE' }] },
  {
    what: 'Italian number keeps its leading 0',
    input: '+39 06 4991 1234',
    numbers: [{ dial: '011390649911234', country: 'IT' }],
  },
  {
    what: 'Singapore number',
    input: 'Call +65 6123 4567',
    numbers: [{ dial: '0116561234567', country: 'SG' }],
  },
  {
    what: 'Canadian number from the US: another NANP country, 1 and ten digits',
    input: '+1 416 555 0199',
    numbers: [{ dial: '14165550199', country: 'CA', display: '1 (416) 555-0199' }],
  },
  {
    what: 'Russian number read in Russia: dialed with the trunk 8',
    input: '+7 495 123-45-67',
    country: 'RU',
    numbers: [{ dial: '84951234567', country: 'RU', display: '8 (495) 123-45-67' }],
  },
  {
    what: 'UK number read in the UK',
    input: '020 7946 0958',
    country: 'GB',
    numbers: [{ dial: '02079460958', country: 'GB', display: '020 7946 0958' }],
  },
  {
    what: 'International number with the e164 setting',
    input: '+44 20 7946 0958',
    format: 'e164',
    numbers: [{ dial: '+442079460958', e164: '+442079460958' }],
  },
  {
    what: 'International number from the UK with idd: 00 prefix',
    input: '+1 385 555 1234',
    country: 'GB',
    numbers: [{ dial: '0013855551234', country: 'US', display: '00 1 385 555 1234' }],
  },
  {
    what: 'US number dialed via 011 in text',
    input: '011 44 20 7946 0958',
    numbers: [{ dial: '011442079460958' }],
  },
];

export const DOMESTIC_SHAPES: PhoneCase[] = [
  { what: 'parentheses and dash', input: '(385) 555-1234', numbers: [us('3855551234')] },
  { what: 'international form of a home number', input: '+1 385 555 1234', numbers: [us('3855551234')] },
  { what: 'trunk 1 and dashes', input: '1-385-555-1234', numbers: [us('3855551234')] },
  { what: 'dots', input: '801.555.0100', numbers: [us('8015550100')] },
  { what: 'slash', input: '801/555-0100', numbers: [us('8015550100')] },
  { what: 'bare digits', input: '3855551234', numbers: [us('3855551234')] },
  { what: '+1 with parentheses', input: '+1 (801) 555-0100', numbers: [us('8015550100')] },
];

export const GRIDS_AND_PDFS: PhoneCase[] = [
  {
    what: 'CRM grid row copied with tabs',
    input: 'Acme Corp\tJohn Smith\t(801) 555-0142\tOpen\t2026-11-21',
    numbers: [us('8015550142')],
  },
  {
    what: 'CRM export line with two numbers, comma separated',
    input: 'Acme,John,801-555-0142,801-555-0143',
    numbers: [us('8015550142'), us('8015550143')],
  },
  {
    what: 'CRM grid row with an order number, a price and a date but no phone',
    input: '10042\tOrder 3855551234\t$1,234.56\t2026-11-21',
    numbers: [],
  },
  {
    what: 'CRM record listing the same number twice',
    input: 'Phone (801) 555-0100\tMobile 801.555.0100',
    numbers: [us('8015550100')],
  },
  {
    what: 'two numbers in order of appearance',
    input: 'Call 801-555-0100, then 385-555-1234 if busy',
    numbers: [us('8015550100'), us('3855551234')],
  },
  {
    what: 'two numbers separated only by a space (PDF table)',
    input: '801 555 0100 801 555 0101',
    numbers: [us('8015550100'), us('8015550101')],
  },
  {
    what: 'PDF with letter-spaced digits',
    input: 'Call us at 3 8 5 5 5 5 1 2 3 4',
    numbers: [us('3855551234')],
  },
  {
    what: 'PDF with a line break inside the number',
    input: 'Phone: (385) 555-\n1234',
    numbers: [us('3855551234')],
  },
  { what: 'PDF with thin spaces', input: '385\u2009555\u20091234', numbers: [us('3855551234')] },
  {
    what: 'PDF with figure spaces and a page break',
    input: 'Page 1\f801\u2007555\u20070100',
    numbers: [us('8015550100')],
  },
  {
    what: 'PDF with a zero-width space between groups',
    input: '385\u200b555\u200b1234',
    numbers: [us('3855551234')],
  },
  {
    what: 'address block: ZIP code next to the number',
    input: '123 Main St\nSalt Lake City, UT 84101 (801) 555-0100',
    numbers: [us('8015550100')],
  },
  {
    what: 'ZIP code before a bracketed area code',
    input: '84101 (801) 555-0100',
    numbers: [us('8015550100')],
  },
  {
    what: 'web table copied without whitespace between label and number',
    input: 'Phone(385) 555-1234Fax385-555-9999',
    numbers: [us('3855551234'), us('3855559999')],
  },
];

export const EXTENSIONS: PhoneCase[] = [
  { what: 'ext. 22', input: '(385) 555-1234 ext. 22', numbers: [us('3855551234', '22')] },
  { what: 'ext 22', input: '385-555-1234 ext 22', numbers: [us('3855551234', '22')] },
  { what: 'Ext: 22', input: '385-555-1234 Ext: 22', numbers: [us('3855551234', '22')] },
  { what: 'x 7', input: '385-555-1234 x 7', numbers: [us('3855551234', '7')] },
  { what: 'x7', input: '385-555-1234 x7', numbers: [us('3855551234', '7')] },
  { what: 'X22', input: '385-555-1234 X22', numbers: [us('3855551234', '22')] },
  { what: '#22', input: '385-555-1234 #22', numbers: [us('3855551234', '22')] },
  { what: ';ext=22 in text', input: '385-555-1234;ext=22', numbers: [us('3855551234', '22')] },
  { what: 'extension 22', input: '385-555-1234 extension 22', numbers: [us('3855551234', '22')] },
  { what: 'extn. 22', input: '385-555-1234 extn. 22', numbers: [us('3855551234', '22')] },
  { what: ', ext. 22', input: 'Main line: 385-555-1234, ext. 22', numbers: [us('3855551234', '22')] },
  {
    what: 'international number with an extension',
    input: '+44 20 7946 0958 ext. 301',
    numbers: [{ dial: '011442079460958', extension: '301', display: '011 44 20 7946 0958 ext. 301' }],
  },
];

export const INTERNAL_AND_VANITY: PhoneCase[] = [
  {
    what: 'bare internal extension',
    input: '2051',
    numbers: [{ dial: '2051', e164: null, country: null, kind: 'internal', display: '2051' }],
  },
  {
    what: 'internal extension with spaces around it',
    input: '  2051\n',
    numbers: [{ dial: '2051', kind: 'internal' }],
  },
  { what: 'two-digit internal extension', input: '12', numbers: [{ dial: '12', kind: 'internal' }] },
  { what: 'six-digit internal extension', input: '205199', numbers: [{ dial: '205199', kind: 'internal' }] },
  {
    what: 'internal extension with its label',
    input: 'ext. 2051',
    numbers: [{ dial: '2051', kind: 'internal' }],
  },
  { what: 'seven digits are not an extension', input: '1234567', numbers: [] },
  { what: 'vanity 1-800-FLOWERS', input: '1-800-FLOWERS', numbers: [us('8003569377')] },
  { what: 'vanity with letters past ten digits', input: '1-800-CONTACTS', numbers: [us('8002668228')] },
  { what: 'vanity inside prose', input: 'Call 1-800-GOT-JUNK today', numbers: [us('8004685865')] },
  { what: 'vanity with a bracketed area code', input: '(855) MY-XIMA1', numbers: [us('8556994621')] },
  {
    what: 'business hours after a number are not letters to dial',
    input: '801-555-0100 Mon-Fri',
    numbers: [us('8015550100')],
  },
  { what: 'a street address is not a vanity number', input: 'Visit us at 800 Main Street', numbers: [] },
  { what: 'vanity with spaces', input: '1 800 FLOWERS', numbers: [us('8003569377')] },
  { what: 'a shouted word never completes a partial number', input: 'CALL 801-555 TODAY', numbers: [] },
];

/** What the reference matcher misses and agents meet: sloppy prefixes, glued links, words, labels. */
export const BEYOND_THE_REFERENCE: PhoneCase[] = [
  {
    what: 'signature with the plus and the 00 prefix both written',
    input: 'Tel. +0044 20 7946 0958',
    numbers: [{ dial: '011442079460958', e164: '+442079460958', country: 'GB' }],
  },
  {
    what: 'signature with the plus and the US 011 prefix both written',
    input: 'Phone: +011 49 30 901820',
    numbers: [{ dial: '0114930901820', e164: '+4930901820', country: 'DE' }],
  },
  {
    what: 'an E.164 number glued after a word',
    input: 'abc+14156667777',
    numbers: [us('4156667777')],
  },
  {
    what: 'an E.164 number glued after a label in a chat export',
    input: 'Mob+447400123456',
    numbers: [{ dial: '011447400123456', country: 'GB' }],
  },
  { what: 'lower-case vanity word after 1800', input: 'Call 1800 six-flag', numbers: [us('8007493524')] },
  { what: 'lower-case vanity words joined by dashes', input: '1-800-six-flags', numbers: [us('8007493524')] },
  {
    what: 'a nested bracket around a whole number keeps the number',
    input: 'Contact John (mobile: (801) 555-0100)',
    numbers: [us('8015550100')],
  },
  {
    what: 'Spanish extension label',
    input: 'Tel. (385) 555-1234 extensión 22',
    numbers: [us('3855551234', '22')],
  },
  {
    what: 'French extension label',
    input: 'Tél : +33 1 42 68 53 00 poste 2210',
    numbers: [{ dial: '01133142685300', extension: '2210', country: 'FR' }],
  },
  {
    what: 'German extension label Durchwahl',
    input: 'Tel. +49 30 901820 Durchwahl 17',
    numbers: [{ dial: '0114930901820', extension: '17', country: 'DE' }],
  },
  {
    what: 'German extension label App.',
    input: 'Telefon +49 30 901820 App. 305',
    numbers: [{ dial: '0114930901820', extension: '305', country: 'DE' }],
  },
  {
    what: 'Portuguese extension label ramal',
    input: 'Fone: +55 11 3003-3030 ramal 4521',
    numbers: [{ dial: '011551130033030', extension: '4521', country: 'BR' }],
  },
  {
    what: 'Russian extension label',
    input: 'Тел.: +7 495 123-45-67 доб. 123',
    numbers: [{ dial: '01174951234567', extension: '123', country: 'RU' }],
  },
  {
    what: 'int. as an extension label',
    input: '+41 44 668 18 00 int. 22',
    numbers: [{ dial: '01141446681800', extension: '22', country: 'CH' }],
  },
  {
    what: 'the longest extension the reference allows after ext.',
    input: '(385) 555-1234 ext. 12345678901234567890',
    numbers: [us('3855551234', '12345678901234567890')],
  },
  {
    what: 'nine digits after an x',
    input: '385-555-1234 x123456789',
    numbers: [us('3855551234', '123456789')],
  },
  {
    what: 'ten digits after an x are not an extension',
    input: '385-555-1234 x1234567890',
    numbers: [us('3855551234')],
  },
  {
    what: 'a number after a date in a CRM row',
    input: '3/10/2011 8015550100',
    numbers: [us('8015550100')],
  },
];

export const NOT_NUMBERS: PhoneCase[] = [
  { what: 'order number', input: 'Order 123456789 shipped', numbers: [] },
  { what: 'ISO date', input: '2026-11-21', numbers: [] },
  { what: 'US date', input: '11/21/2026', numbers: [] },
  { what: 'European date', input: '21.11.2026', numbers: [] },
  { what: 'date and time', input: '2026-11-21 10:30', numbers: [] },
  { what: 'time range', input: 'Meeting at 10:30–11:45', numbers: [] },
  { what: 'labelled reference that would be a valid number', input: 'Ref 3855551234', numbers: [] },
  { what: 'invoice number with a hash', input: 'Invoice #3855551234', numbers: [] },
  { what: 'price', input: 'Total due: $3,855.51', numbers: [] },
  { what: 'price in dollars that looks like a number', input: '$3855551234', numbers: [] },
  { what: 'euro price', input: 'Price €1.234,56', numbers: [] },
  { what: 'IP address', input: 'Server 192.168.100.200 is down', numbers: [] },
  { what: 'credit-card-like run', input: 'Card 4111 1111 1111 1111', numbers: [] },
  { what: 'ZIP+4', input: 'Salt Lake City, UT 84101-1234', numbers: [] },
  { what: 'ISBN', input: 'ISBN 978-0-306-40615-7', numbers: [] },
  { what: 'tracking number', input: 'Tracking 1Z999AA10123456784', numbers: [] },
  { what: 'seven-digit local number without area code', input: 'Call 555-1234', numbers: [] },
  { what: 'version number', input: 'Version 2.14.3', numbers: [] },
  { what: 'serial glued to letters', input: 'SN3855551234X', numbers: [] },
  { what: 'plain prose', input: 'Thanks for your order, we will call you back tomorrow.', numbers: [] },
  { what: 'empty selection', input: '', numbers: [] },
];

export const LINKS: PhoneCase[] = [
  { what: 'tel: global number with separators', input: 'tel:+1-385-555-1234', numbers: [us('3855551234')] },
  {
    what: 'tel: local number with a domain phone-context',
    input: 'tel:2051;phone-context=example.com',
    numbers: [{ dial: '2051', kind: 'internal', e164: null }],
  },
  {
    what: 'tel: local number with a global phone-context',
    input: 'tel:8015550100;phone-context=+1',
    numbers: [us('8015550100')],
  },
  {
    what: 'tel: percent-encoded with spaces',
    input: 'tel:%2B1%20385%20555%201234',
    numbers: [us('3855551234')],
  },
  {
    what: 'tel: with ;ext= and unknown params',
    input: 'tel:+1-385-555-1234;ext=22;foo=bar',
    numbers: [us('3855551234', '22')],
  },
  { what: 'tel: with a stray trailing semicolon', input: 'tel:+13855551234;', numbers: [us('3855551234')] },
  {
    what: 'tel: sloppy local number with brackets',
    input: 'tel:(801) 555-0100',
    numbers: [us('8015550100')],
  },
  { what: 'tel: vanity href', input: 'tel:1-800-FLOWERS', numbers: [us('8003569377')] },
  { what: 'TEL: upper-case scheme', input: 'TEL:+44 20 7946 0958', numbers: [{ dial: '011442079460958' }] },
  { what: 'callto: without slashes', input: 'callto:+13855551234', numbers: [us('3855551234')] },
  {
    what: 'callto:// with a trailing slash',
    input: 'callto://+44 20 7946 0958/',
    numbers: [{ dial: '011442079460958' }],
  },
  { what: 'sip: with user=phone', input: 'sip:+13855551234@host;user=phone', numbers: [us('3855551234')] },
  {
    what: 'sip: RFC 3261 example with a password',
    input: 'sip:+1-212-555-1212:1234@gateway.com;user=phone',
    numbers: [us('2125551212')],
  },
  {
    what: 'sips: internal extension',
    input: 'sips:2051@pbx.example.com',
    numbers: [{ dial: '2051', kind: 'internal' }],
  },
  {
    what: 'href pasted with its text',
    input: 'Call <a href="tel:+13855551234">us</a>',
    numbers: [us('3855551234')],
  },
  { what: 'empty tel:', input: 'tel:', refused: /no phone number/ },
  {
    what: 'tel: carrying javascript',
    input: 'tel:javascript:alert(1)',
    refused: /does not contain a phone number/,
  },
  { what: 'javascript: link', input: 'javascript:alert(1)', refused: /"javascript:" link/ },
  { what: 'SIP address of a person', input: 'sip:alice@example.com', refused: /not a phone number/ },
  { what: 'percent-encoded newline', input: 'tel:+1385%0A5551234', refused: /control characters/ },
  {
    what: 'tel: with extra arguments',
    input: 'tel:+13855551234 --gpu-launcher=calc',
    refused: /phone number/,
  },
];

export const ALL_CASES: PhoneCase[] = [
  ...SIGNATURES,
  ...DOMESTIC_SHAPES,
  ...GRIDS_AND_PDFS,
  ...EXTENSIONS,
  ...INTERNAL_AND_VANITY,
  ...BEYOND_THE_REFERENCE,
  ...NOT_NUMBERS,
  ...LINKS,
];
