import type { SettingKey, Settings } from '../../shared/settings-schema';
import { DEFAULT_CALL_RULES, type CallRules } from '../dial/safety';

/**
 * The administrator's machine-wide policy, as the app uses it (parsed from the policy file by `parsePolicy`).
 * Precedence: policy > the agent's settings > defaults; every key the policy sets or locks is read-only in the
 * panel ("Set by your administrator").
 */
export interface Policy {
  settings: Partial<Settings>;
  locked: SettingKey[];
  demoAllowed: boolean;
  /** Generic update server (electron-updater); `null` turns updates off. */
  updateUrl: string | null;
  /** Emergency and premium numbers: refused unless the administrator allows them (`emergencyNumbers`, `premiumNumbers`). */
  callRules: CallRules;
  /** Store the token only in a real keyring: on Linux without one (`basic_text`) it is not stored at all. */
  requireKeyring: boolean;
}

export const EMPTY_POLICY: Policy = Object.freeze({
  settings: Object.freeze({}),
  locked: Object.freeze([]) as unknown as SettingKey[],
  demoAllowed: true,
  updateUrl: null,
  callRules: DEFAULT_CALL_RULES,
  requireKeyring: false,
}) as Policy;
