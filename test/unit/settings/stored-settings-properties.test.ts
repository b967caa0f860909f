import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseStoredSettings, validateSettings } from '../../../src/core/settings';
import { settingsSchema } from '../../../src/shared/settings-schema';

const keys = Object.keys(DEFAULT_SETTINGS);
/** Files as a hand edit or a crash could leave them: settings keys, and some others, with any JSON values. */
const storedFile = fc.dictionary(
  fc.constantFrom(...keys, '__proto__', 'constructor', 'other'),
  fc.jsonValue(),
);

describe('stored settings, whatever is on disk', () => {
  it('never throws, and what it accepts is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), storedFile), (raw) => {
        const verdict = parseStoredSettings(raw);
        if (verdict.ok) {
          expect(settingsSchema.safeParse(verdict.settings).success).toBe(true);
          expect(validateSettings(verdict.settings)).toEqual({});
        } else {
          expect(verdict.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('validation answers sentences, never throws, for any value of the right type', () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, text, text, (host, extension, defaultCountry, externalPrefix, hotkey) => {
        const errors = validateSettings({
          ...DEFAULT_SETTINGS,
          host,
          extension,
          defaultCountry,
          externalPrefix,
          hotkey,
        });
        for (const message of Object.values(errors)) expect(message).toMatch(/\w.*[.)]$|\w$/);
      }),
      { numRuns: 1_000 },
    );
  });
});
