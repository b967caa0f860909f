import type { SettingKey, Settings } from '../../shared/settings-schema';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Policy } from './types';

/**
 * What the app runs with. A key the policy sets wins over the agent's value (policy > agent > defaults) and is
 * read-only, so the panel never offers an edit that would snap back. A key the policy only lists in `locked`
 * is held at the built-in default: the admin's way to say "agents may not change this" without restating it.
 */
export function effectiveSettings(
  user: Settings,
  policy: Policy,
): { settings: Settings; locked: SettingKey[] } {
  const settings: Settings = { ...user };
  const assign = <K extends SettingKey>(key: K, value: Settings[K]): void => {
    settings[key] = value;
  };
  for (const key of policy.locked) {
    if (!(key in policy.settings)) assign(key, DEFAULT_SETTINGS[key]);
  }
  for (const [key, value] of Object.entries(policy.settings) as [SettingKey, Settings[SettingKey]][]) {
    if (value !== undefined) assign(key, Array.isArray(value) ? ([...value] as Settings[SettingKey]) : value);
  }
  const locked = new Set<SettingKey>([...(Object.keys(policy.settings) as SettingKey[]), ...policy.locked]);
  return { settings, locked: [...locked] };
}
