import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/core/phone';
import { NOT_A_NUMBER } from './not-a-number-cases';
import { ALL_CASES } from './phone-cases';

const optionsFor = (country = 'US') => ({ defaultCountry: country, internationalFormat: 'e164' as const });

describe('text that is not a phone number', () => {
  it('has at least 60 texts from the real world', () => {
    expect(NOT_A_NUMBER.length).toBeGreaterThanOrEqual(60);
  });

  it.each(NOT_A_NUMBER.map((c) => [c.what, c] as const))('%s: dials nothing', (_what, c) => {
    const result = understand(c.input, optionsFor(c.country));
    // A URL is refused as a link of another scheme, with its own sentence; everything else finds none.
    if (!result.ok) expect(result.reason).toMatch(/link/);
    else expect(result.numbers).toEqual([]);
  });
});

describe('the reference matcher (libphonenumber at VALID leniency) is the floor', () => {
  // libphonenumber-js's port of the matcher; VALID is its default (and only strict) leniency.
  const reference = (input: string, country = 'US') =>
    findPhoneNumbersInText(input, { defaultCountry: country as CountryCode });

  it.each(NOT_A_NUMBER.map((c) => [c.what, c] as const))(
    '%s: the reference refuses it too, or the table says why the app goes further',
    (_what, c) => {
      expect(reference(c.input, c.country).length > 0).toBe(c.beyond !== undefined);
    },
  );

  const selections = ALL_CASES.filter(
    (c) => (c.numbers?.length ?? 0) > 0 && !/^\s*(?:tel|callto|sips?):/i.test(c.input),
  );
  it.each(selections.map((c) => [c.what, c] as const))(
    '%s: every number the reference finds, the app finds',
    (_what, c) => {
      const result = understand(c.input, optionsFor(c.country));
      const found = result.ok ? result.numbers.map((n) => n.e164) : [];
      for (const match of reference(c.input, c.country)) expect(found).toContain(match.number.number);
    },
  );
});
