export { DEFAULT_HOTKEY, DEFAULT_SETTINGS, defaultSettings } from './defaults';
export { checkHost, type HostCheck } from './host';
export { hasErrors, normalizeSettings, validateSettings, type SettingsErrors } from './validate';
export { parseStoredSettings, type StoredSettingsVerdict } from './parse-stored';
