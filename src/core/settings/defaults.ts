import type { Settings } from '../../shared/settings-schema';

/**
 * The default global hotkey. Ctrl+Alt+Shift+D (Cmd+Option+Shift+D on macOS) because:
 * - three modifiers keep it clear of the shortcuts agents use all day: browsers, Office, CRMs and the
 *   CC-Agent Client bind Ctrl+D, Ctrl+Shift+D and Ctrl+Alt+D (bookmark, duplicate, "debug" panes),
 *   and GNOME/KDE/Windows reserve Ctrl+Alt+<letter> and Super+<letter> combinations for themselves;
 * - D for "dial" is easy to remember and reachable with one hand on every common layout;
 * - AltGr layouts (German, Polish) produce characters with Ctrl+Alt+<letter>, which Shift avoids.
 */
export const DEFAULT_HOTKEY = 'CommandOrControl+Alt+Shift+D';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  host: '',
  extension: '',
  defaultCountry: 'US',
  internationalFormat: 'idd',
  externalPrefix: '',
  hotkey: DEFAULT_HOTKEY,
  callerIdMode: 'selected',
  fixedCallerId: null,
  confirmLinks: true,
  launchAtLogin: false,
  keepHistory: true,
  callbackSkills: [],
  defaultCallbackSkill: null,
}) as Settings;

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, callbackSkills: [] };
}
