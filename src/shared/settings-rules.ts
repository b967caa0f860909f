import { checkAcceleratorSyntax } from './accelerator';
import type { SettingKey, Settings } from './settings-schema';

export type SettingsErrors = Partial<Record<SettingKey, string>>;

/**
 * The settings rules that need no data tables, with their sentences: main's validation runs them on
 * every save and the panel runs the same ones for instant feedback, so both say the same thing. Rules
 * that need the phone metadata (is this a country?) or the client's host parsing stay in core.
 */
export function settingsRuleErrors(settings: Settings): SettingsErrors {
  const errors: SettingsErrors = {};
  const extension = settings.extension.trim();
  if (extension !== '') {
    const problem = checkExtension(extension);
    if (problem !== null) errors.extension = problem;
  }
  const country = settings.defaultCountry.trim();
  if (!/^[A-Za-z]{2}$/.test(country)) errors.defaultCountry = notACountry(country);
  if (!isExternalPrefix(settings.externalPrefix.trim())) {
    errors.externalPrefix = `The external prefix may hold only digits (at most ${EXTERNAL_PREFIX_MAX_DIGITS}), like 9 — or leave it empty.`;
  }
  const hotkey = checkAcceleratorSyntax(settings.hotkey.trim());
  if (hotkey !== null) errors.hotkey = hotkey;
  if (settings.callerIdMode === 'fixed' && settings.fixedCallerId === null) {
    errors.fixedCallerId =
      'Choose the caller ID to use for every call, or switch back to the selected caller ID.';
  }
  const skills = settings.callbackSkills.map((skill) => skill.trim()).filter((skill) => skill !== '');
  if (new Set(skills).size !== skills.length) {
    errors.callbackSkills = 'Each callback skill should be listed once.';
  }
  const defaultSkill = settings.defaultCallbackSkill?.trim() || null;
  if (defaultSkill !== null && !skills.includes(defaultSkill)) {
    errors.defaultCallbackSkill = `The default skill “${defaultSkill}” is not one of your callback skills — add it or pick another.`;
  }
  return errors;
}

/** The outside-line code the PBX puts before a number (like 9): digits only, this many at most. */
export const EXTERNAL_PREFIX_MAX_DIGITS = 8;

/** Whether a trimmed external prefix is acceptable; empty means none is sent. */
export function isExternalPrefix(prefix: string): boolean {
  return prefix.length <= EXTERNAL_PREFIX_MAX_DIGITS && /^[0-9]*$/.test(prefix);
}

export const notACountry = (code: string): string =>
  `“${code}” is not a country code — use two letters such as US, GB or DE.`;

/**
 * Null when the extension is acceptable, else the sentence to show. It goes into a URL path, so
 * letters and digits only — the Xima client refuses anything else with this same sentence.
 */
export function checkExtension(extension: string): string | null {
  if (extension === '') return 'Enter your Xima extension (letters and digits only, e.g. 1001)';
  if (!/^[A-Za-z0-9]+$/.test(extension)) {
    return 'The extension may contain only letters and digits (e.g. 1001)';
  }
  if (extension.length > 32) return 'The extension is too long: at most 32 letters and digits';
  return null;
}
