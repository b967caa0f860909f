import { describe, expect, it } from 'vitest';
import { DEFAULT_PHONE_OPTIONS, understand } from '../../../src/core/phone';
import { ALL_CASES } from './phone-cases';

describe('understand: real-world selections and links', () => {
  it('has a table large enough to mean something', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ALL_CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const result = understand(c.input, {
      defaultCountry: c.country ?? DEFAULT_PHONE_OPTIONS.defaultCountry,
      internationalFormat: c.format ?? DEFAULT_PHONE_OPTIONS.internationalFormat,
    });
    if (c.refused) {
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(c.refused) });
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.numbers).toHaveLength(c.numbers?.length ?? 0);
    (c.numbers ?? []).forEach((expected, i) => expect(result.numbers[i]).toMatchObject(expected));
  });
});
