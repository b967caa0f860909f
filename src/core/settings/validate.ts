import { getCountries } from 'libphonenumber-js/max';
import type { SettingKey, Settings } from '../../shared/settings-schema';
import { validateExtension } from '../xima/base-url';
import { checkAcceleratorSyntax } from '../../shared/accelerator';
import { checkHost } from './host';

export type SettingsErrors = Partial<Record<SettingKey, string>>;

const COUNTRIES = new Set<string>(getCountries());

/** Extensions go into a URL path: letters and digits only (the client's rule). Empty means "not set yet". */
export function checkExtension(extension: string): string | null {
  return extension === '' ? null : validateExtension(extension);
}

/**
 * Checks a whole settings object and returns one sentence per bad field (empty when all is well).
 * Empty host and extension are allowed: that is the "not configured yet" state, not an error.
 */
export function validateSettings(settings: Settings): SettingsErrors {
  const errors: SettingsErrors = {};
  if (settings.host !== '') {
    const host = checkHost(settings.host);
    if (!host.ok) errors.host = host.message;
  }
  const extension = checkExtension(settings.extension);
  if (extension !== null) errors.extension = extension;
  if (!COUNTRIES.has(settings.defaultCountry)) {
    errors.defaultCountry = `“${settings.defaultCountry}” is not a country code — use two letters such as US, GB or DE.`;
  }
  if (!/^\d{0,8}$/.test(settings.externalPrefix)) {
    errors.externalPrefix =
      'The external prefix may hold only digits (at most 8), like 9 — or leave it empty.';
  }
  const hotkey = checkAcceleratorSyntax(settings.hotkey);
  if (hotkey !== null) errors.hotkey = hotkey;
  if (settings.callerIdMode === 'fixed' && settings.fixedCallerId === null) {
    errors.fixedCallerId =
      'Choose the caller ID to use for every call, or switch back to the selected caller ID.';
  }
  if (new Set(settings.callbackSkills).size !== settings.callbackSkills.length) {
    errors.callbackSkills = 'Each callback skill should be listed once.';
  }
  if (
    settings.defaultCallbackSkill !== null &&
    !settings.callbackSkills.includes(settings.defaultCallbackSkill)
  ) {
    errors.defaultCallbackSkill = `The default skill “${settings.defaultCallbackSkill}” is not one of your callback skills — add it or pick another.`;
  }
  return errors;
}

export function hasErrors(errors: SettingsErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Cleans what the agent typed or pasted (trims; `https://acme.xima.cloud/` → `acme.xima.cloud`). */
export function normalizeSettings(settings: Settings): Settings {
  const host = checkHost(settings.host);
  return {
    ...settings,
    host: settings.host.trim() === '' ? '' : host.ok ? host.host : settings.host.trim(),
    extension: settings.extension.trim(),
    defaultCountry: settings.defaultCountry.trim().toUpperCase(),
    externalPrefix: settings.externalPrefix.trim(),
    hotkey: settings.hotkey.trim(),
    callbackSkills: settings.callbackSkills.map((skill) => skill.trim()).filter((skill) => skill !== ''),
    defaultCallbackSkill: settings.defaultCallbackSkill?.trim() || null,
  };
}
