// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { normalizeSettings, validateSettings } from '../../../src/core/settings';
import {
  firstErrorField,
  rebaseDraft,
  saveOutcome,
  settingsPatch,
} from '../../../src/renderer/lib/settings-form';
import { settingsRuleErrors } from '../../../src/shared/settings-rules';
import type { Settings } from '../../../src/shared/settings-schema';

const saved: Settings = { ...DEFAULT_SETTINGS, host: 'acme.xima.cloud', extension: '1001' };

describe('settings form', () => {
  it('sends only what the agent changed, and never a locked field', () => {
    const draft = { ...saved, extension: '1002', hotkey: 'Alt+F9', keepHistory: false };
    expect(settingsPatch(saved, draft, ['hotkey'])).toEqual({ extension: '1002', keepHistory: false });
    expect(settingsPatch(saved, { ...saved, callbackSkills: [] }, [])).toEqual({});
  });

  it('maps main’s per-field errors onto the fields and keeps the rest in the form message', () => {
    const outcome = saveOutcome(
      {
        ok: false,
        message: 'Some settings need fixing.',
        errors: {
          host: 'Use the tenant host, such as acme.xima.cloud.',
          launchAtLogin: 'Login items are off here.',
        },
      },
      ['host', 'extension'],
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.fieldErrors).toEqual({ host: 'Use the tenant host, such as acme.xima.cloud.' });
    expect(outcome.message).toBe('Some settings need fixing. Login items are off here.');
  });

  it('turns a thrown IPC failure into a sentence with no field errors', () => {
    const outcome = saveOutcome({ ok: false, message: 'The settings could not be saved — try again.' }, [
      'host',
    ]);
    expect(outcome).toEqual({
      ok: false,
      fieldErrors: {},
      message: 'The settings could not be saved — try again.',
    });
  });

  it('runs main’s data-free rules in the panel, in the very sentences main answers with', () => {
    const draft = {
      ...saved,
      defaultCountry: 'U1',
      externalPrefix: '9a',
      extension: '10-01',
      hotkey: 'D',
      callbackSkills: ['Sales', 'Sales '],
    };
    const local = settingsRuleErrors(draft);
    expect(Object.keys(local).sort()).toEqual([
      'callbackSkills',
      'defaultCountry',
      'extension',
      'externalPrefix',
      'hotkey',
    ]);
    expect(local).toEqual(validateSettings(normalizeSettings(draft)));
    expect(local.defaultCountry).toMatch(/not a country code — use two letters/);
    expect(settingsRuleErrors(saved)).toEqual({});
  });

  it('focuses the first error in form order', () => {
    expect(firstErrorField({ extension: 'x', host: 'y' }, ['host', 'extension'])).toBe('host');
    expect(firstErrorField({}, ['host'])).toBeNull();
  });

  it('adopts pushed settings for untouched fields and keeps what the agent is typing', () => {
    const draft = { ...saved, extension: '10' };
    const pushed = { ...saved, keepHistory: false, extension: '1001' };
    expect(rebaseDraft(saved, pushed, draft)).toEqual({ ...pushed, extension: '10' });
  });
});
