import fc from 'fast-check';
import { getCountries, getExampleNumber } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { describe, expect, it } from 'vitest';
import { understand, understandLink, understandText } from '../../../src/core/phone';
import type { PhoneOptions, Understanding } from '../../../src/core/phone';

// CI runs a few thousand cases per property; `npm run fuzz` is the place for 100,000.
const RUNS = { numRuns: 1500 };
// Speed is the benchmark's business: on a shared CI machine a property may take far longer than usual.
const SLOW = 60_000;

const options: fc.Arbitrary<PhoneOptions> = fc.record({
  defaultCountry: fc.constantFrom('US', 'GB', 'DE', 'FR', 'JP', 'AU', 'BR', 'IN', 'RU', 'CA', 'SG'),
  internationalFormat: fc.constantFrom('idd' as const, 'e164' as const),
});

// Pieces real selections are made of, plus the hostile ones, so random joins hit the parser hard.
const fragment = fc.oneof(
  fc.constantFrom(
    ...'0123456789'.split(''),
    ' ',
    '-',
    '.',
    '/',
    '(',
    ')',
    '+',
    '#',
    ';',
    ':',
    ',',
    '\n',
    '\t',
    '\u00a0',
    '\u2009',
    'ext. ',
    'x',
    'extension ',
    ';ext=',
    ';phone-context=',
    'tel:',
    'callto://',
    'sip:',
    '@',
    '%2B',
    '%20',
    '%0A',
    '1-800-',
    'FLOWERS',
    'Order ',
    '$',
    '2026-11-21',
    '10:30',
    '(385) 555-1234',
    '+44 20 7946 0958',
    '2051',
    '\u202e',
    '\u200b',
    '٣',
    '𝟑',
    '３',
    'é',
    '\u0000',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const phoneish = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  phoneish,
);

function dialShapeOk(result: Understanding): boolean {
  // The catch-all sentence means something threw inside: that counts as a failure too.
  if (!result.ok) return result.reason.length > 0 && !/unexpected/.test(result.reason);
  // "+" only in E.164: chosen in settings, or the fallback for countries without one IDD prefix (Brazil).
  return result.numbers.every((n) => /^\d+$/.test(n.dial) || (/^\+\d+$/.test(n.dial) && n.dial === n.e164));
}

const countries = getCountries().filter((c) => getExampleNumber(c, examples) !== undefined);
// A real number of a random country, written the ways people write it, maybe with an extension.
const writtenNumber = fc
  .record({
    country: fc.constantFrom<CountryCode>(...countries),
    style: fc.constantFrom(
      'NATIONAL' as const,
      'INTERNATIONAL' as const,
      'E.164' as const,
      'RFC3966' as const,
    ),
    separator: fc.constantFrom(' ', '-', '.', '\u00a0', '\u2009'),
    extension: fc.option(fc.stringMatching(/^[1-9]\d{0,3}$/), { nil: null }),
    extensionStyle: fc.constantFrom(' ext. ', ' x', ' #', ';ext=', ' extension '),
    before: fc.constantFrom('', 'Call ', 'Tel: ', 'Phone:\t', 'Order shipped. Call '),
  })
  .map(({ country, style, separator, extension, extensionStyle, before }) => {
    const example = getExampleNumber(country, examples);
    const written = (example?.format(style) ?? '').replace(/ /g, separator);
    const prose = style === 'RFC3966' ? '' : before;
    return prose + (extension && style !== 'RFC3966' ? `${written}${extensionStyle}${extension}` : written);
  });

describe('phone understanding properties', () => {
  it(
    'never throws on any string, from any entry point, with any options',
    () => {
      fc.assert(
        fc.property(anyText, options, (text, opts) => {
          for (const entry of [understand, understandText, understandLink])
            expect(dialShapeOk(entry(text, opts))).toBe(true);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'never throws on nonsense options',
    () => {
      fc.assert(
        fc.property(phoneish, fc.anything(), fc.anything(), (text, country, format) => {
          const result = understand(text, {
            defaultCountry: country,
            internationalFormat: format,
          } as PhoneOptions);
          expect(typeof result.ok).toBe('boolean');
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it(
    'dials digits only (or + and digits in e164) for real numbers written any way',
    () => {
      fc.assert(
        fc.property(writtenNumber, options, (text, opts) => {
          expect(dialShapeOk(understand(text, opts))).toBe(true);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'shows exactly what it dials, and understanding what it shows gives the same result',
    () => {
      fc.assert(
        fc.property(fc.oneof(writtenNumber, phoneish), options, (text, opts) => {
          const result = understand(text, opts);
          if (!result.ok) return;
          for (const number of result.numbers) {
            // The display is the dial string grouped for reading, plus the extension to key in.
            expect(number.display.replace(/ ext\. \d+$/, '').replace(/[^\d+]/g, '')).toBe(number.dial);
            expect(understand(number.display, opts)).toEqual({ ok: true, numbers: [number] });
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );

  // Numbers shorter than 7 digits (Andorra, Falklands…) are not looked for in prose, and a
  // whole selection of 2-6 digits is an internal extension by rule.
  const longNumbers = countries.filter(
    (c) => (getExampleNumber(c, examples)?.nationalNumber.length ?? 0) >= 7,
  );

  it(
    'dials a number of its own country in the national form, trunk prefix included',
    () => {
      for (const country of longNumbers) {
        const example = getExampleNumber(country, examples);
        if (!example) continue;
        const national = example.formatNational();
        const result = understand(national, { defaultCountry: country, internationalFormat: 'idd' });
        const dial = national.replace(/\D/g, '');
        expect(result, `${country} ${national}`).toMatchObject({
          ok: true,
          numbers: [{ dial, e164: example.number, display: national }],
        });
      }
    },
    SLOW,
  );

  it(
    'refuses any link with a control character or direction mark in it, encoded or not',
    () => {
      const hostile = fc.constantFrom(
        '\u0000',
        '\u0007',
        '\n',
        '\r',
        '%0A',
        '%0d',
        '%00',
        '\u202e',
        '%E2%80%AE',
        '\u200f',
      );
      fc.assert(
        fc.property(
          fc.constantFrom('tel:+13855551234', 'callto:+13855551234', 'sip:+13855551234@host'),
          hostile,
          fc.nat(),
          (link, bad, at) => {
            const cut = 4 + (at % (link.length - 4));
            const result = understandLink(link.slice(0, cut) + bad + link.slice(cut), {
              defaultCountry: 'US',
              internationalFormat: 'idd',
            });
            expect(result.ok).toBe(false);
          },
        ),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    "finds every country's number written internationally, alone or in prose, from any home country",
    () => {
      for (const defaultCountry of ['US', 'GB', 'JP']) {
        for (const country of countries) {
          const example = getExampleNumber(country, examples);
          if (!example) continue;
          for (const text of [example.formatInternational(), `Call ${example.number} today`]) {
            const result = understand(text, { defaultCountry, internationalFormat: 'e164' });
            expect(result, `${text} from ${defaultCountry}`).toMatchObject({
              ok: true,
              numbers: [{ e164: example.number }],
            });
          }
        }
      }
    },
    SLOW,
  );
});
