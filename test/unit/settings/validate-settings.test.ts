import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  parseStoredSettings,
  validateSettings,
} from '../../../src/core/settings';
import { settingsSchema } from '../../../src/shared/settings-schema';

const valid = { ...DEFAULT_SETTINGS, host: 'acme.xima.cloud', extension: '1001' };

describe('default settings', () => {
  it('are valid, unconfigured and safe for links', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
    expect(DEFAULT_SETTINGS).toMatchObject({
      host: '',
      extension: '',
      defaultCountry: 'US',
      internationalFormat: 'idd',
      hotkey: 'CommandOrControl+Alt+Shift+D',
      callerIdMode: 'selected',
      confirmLinks: true,
      launchAtLogin: false,
      keepHistory: true,
    });
  });
});

describe('validateSettings', () => {
  it.each([
    ['host', { host: 'acme.xima.cloud/path' }, /path/],
    ['host', { host: 'acme.xima.cloud:8443' }, /port/],
    ['host', { host: 'user@acme.xima.cloud' }, /user name/],
    ['extension', { extension: '10-01' }, /letters and digits/],
    ['defaultCountry', { defaultCountry: 'XX' }, /not a country code/],
    ['externalPrefix', { externalPrefix: '9a' }, /only digits/],
    ['externalPrefix', { externalPrefix: '123456789' }, /at most 8/],
    ['hotkey', { hotkey: 'Ctrl+' }, /not a hotkey/],
    ['fixedCallerId', { callerIdMode: 'fixed' as const, fixedCallerId: null }, /Choose the caller ID/],
    [
      'defaultCallbackSkill',
      { callbackSkills: ['Sales'], defaultCallbackSkill: 'Support' },
      /not one of your callback skills/,
    ],
  ])('names the %s field with a sentence', (field, patch, message) => {
    const errors = validateSettings({ ...valid, ...patch });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field as keyof typeof errors]).toMatch(message);
  });

  it('accepts a complete, sensible configuration', () => {
    expect(
      validateSettings({
        ...valid,
        externalPrefix: '9',
        callerIdMode: 'fixed',
        fixedCallerId: { label: 'Sales', outboundCallerId: '8015550100' },
        callbackSkills: ['Support Callbacks'],
        defaultCallbackSkill: 'Support Callbacks',
      }),
    ).toEqual({});
  });

  it('accepts an external prefix of up to 8 digits, or none', () => {
    for (const externalPrefix of ['', '9', ' 9 ', '12345678']) {
      expect(validateSettings({ ...valid, externalPrefix })).toEqual({});
    }
  });

  it('cleans what was pasted', () => {
    expect(
      normalizeSettings({ ...valid, host: ' https://ACME.xima.cloud/ ', defaultCountry: 'gb' }),
    ).toMatchObject({
      host: 'acme.xima.cloud',
      defaultCountry: 'GB',
    });
  });
});

describe('parseStoredSettings', () => {
  it('takes a valid file as it is and fills keys an older file lacks', () => {
    expect(parseStoredSettings(valid)).toEqual({ ok: true, settings: valid });
    expect(parseStoredSettings({ host: 'acme.xima.cloud' })).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, host: 'acme.xima.cloud' },
    });
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['an array', [valid]],
    ['wrong types', { ...valid, keepHistory: 'yes' }],
    ['a hand edit the app refuses', { ...valid, extension: '1001; rm -rf' }],
  ])('calls %s corrupted', (_, raw) => {
    expect(parseStoredSettings(raw).ok).toBe(false);
  });
});
