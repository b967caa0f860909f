import { getCountries } from 'libphonenumber-js/max';
import type { Settings } from '../../shared/settings-schema';
import { notACountry, settingsRuleErrors, type SettingsErrors } from '../../shared/settings-rules';
import { checkHost } from './host';

export type { SettingsErrors };

const COUNTRIES = new Set<string>(getCountries());

/**
 * Checks a whole (normalised) settings object and returns one sentence per bad field (empty when all
 * is well): the panel's own rules (src/shared/settings-rules.ts) plus the ones that need data — the host
 * as the client parses it, the country as the phone metadata knows it.
 * Empty host and extension are allowed: that is the "not configured yet" state, not an error.
 */
export function validateSettings(settings: Settings): SettingsErrors {
  const errors = settingsRuleErrors(settings);
  if (settings.host !== '') {
    const host = checkHost(settings.host);
    if (!host.ok) errors.host = host.message;
  }
  if (!errors.defaultCountry && !COUNTRIES.has(settings.defaultCountry)) {
    errors.defaultCountry = notACountry(settings.defaultCountry);
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
