import type { SettingKey, Settings } from '../../shared/settings-schema';

/**
 * The administrator's machine-wide policy (PLACEHOLDER until the fleet-deployment issue lands).
 * Precedence: policy > the agent's settings > defaults; locked keys are read-only in the panel.
 */
export interface Policy {
  settings: Partial<Settings>;
  locked: SettingKey[];
  demoAllowed: boolean;
  updateUrl: string | null;
}

export const EMPTY_POLICY: Policy = { settings: {}, locked: [], demoAllowed: true, updateUrl: null };

export function effectiveSettings(
  user: Settings,
  policy: Policy,
): { settings: Settings; locked: SettingKey[] } {
  return { settings: { ...user, ...policy.settings }, locked: [...policy.locked] };
}
