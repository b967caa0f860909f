import { z } from 'zod';
import { settingsSchema } from '../../shared/settings-schema';

/** Settings an administrator may preset machine-wide. Per-agent ones (extension, caller ID) are not here. */
export const POLICY_SETTING_KEYS = [
  'host',
  'defaultCountry',
  'internationalFormat',
  'externalPrefix',
  'hotkey',
  'confirmLinks',
  'launchAtLogin',
  'keepHistory',
  'callbackSkills',
  'defaultCallbackSkill',
] as const;

export type PolicySettingKey = (typeof POLICY_SETTING_KEYS)[number];

const settingKeys = Object.keys(settingsSchema.shape) as [string, ...string[]];

/**
 * The machine-wide policy file (JSON). Every field is optional; an absent field leaves the agent in charge.
 * Unknown fields are reported as warnings, not errors, so a newer policy file does not switch an older app off.
 */
export const policyFileSchema = z.object({
  ...settingsSchema
    .pick(
      Object.fromEntries(POLICY_SETTING_KEYS.map((k) => [k, true])) as {
        [K in PolicySettingKey]: true;
      },
    )
    .partial().shape,
  demoAllowed: z.boolean().optional(),
  requireKeyring: z.boolean().optional(),
  updateUrl: z.string().max(2000).nullable().optional(),
  /** "allow" lets agents dial emergency numbers (never from a link); default "refuse". */
  emergencyNumbers: z.enum(['refuse', 'allow']).optional(),
  /** "allow": agents may dial premium-rate and shared-cost numbers; "allow-including-links": links too. */
  premiumNumbers: z.enum(['refuse', 'allow', 'allow-including-links']).optional(),
  locked: z.array(z.enum(settingKeys)).max(settingKeys.length).optional(),
});

export type PolicyFile = z.infer<typeof policyFileSchema>;

/** Top-level keys the schema knows, plus `$schema`/`comment` that admins use to annotate JSON files. */
export const KNOWN_POLICY_KEYS = new Set<string>([
  ...Object.keys(policyFileSchema.shape),
  '$schema',
  'comment',
]);
