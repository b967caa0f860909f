import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/core/phone';
import { BETWEEN_COUNTRIES, NATIONAL_FORMS } from './dialing-form-cases';

describe("dial as a person in the agent's country dials", () => {
  it('covers at least 15 countries in their national form', () => {
    expect(new Set(NATIONAL_FORMS.map((c) => c.country)).size).toBeGreaterThanOrEqual(15);
  });

  it.each([...NATIONAL_FORMS, ...BETWEEN_COUNTRIES].map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const result = understand(c.input, { defaultCountry: c.country, internationalFormat: 'idd' });
    expect(result).toMatchObject({ ok: true, numbers: [{ dial: c.dial, display: c.display }] });
  });

  it('keeps E.164 for numbers abroad when the setting asks for it, and the national form at home', () => {
    const options = { defaultCountry: 'GB', internationalFormat: 'e164' } as const;
    expect(understand('+49 30 901820', options)).toMatchObject({
      ok: true,
      numbers: [{ dial: '+4930901820', display: '+49 30 901820' }],
    });
    expect(understand('+44 20 7946 0958', options)).toMatchObject({
      ok: true,
      numbers: [{ dial: '02079460958', display: '020 7946 0958' }],
    });
  });
});
