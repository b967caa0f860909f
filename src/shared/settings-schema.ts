import { z } from 'zod';

/**
 * The agent's settings as stored (never the token). Field-level rules that need more than a type
 * (host shape, extension characters, accelerator syntax) live in src/core/settings so that the same
 * checks serve the app, the CLI and the policy file.
 */
export const callerIdSchema = z.object({
  label: z.string().max(200),
  outboundCallerId: z.string().min(1).max(64),
});

export const settingsSchema = z.object({
  /** Tenant FQDN such as `acme.xima.cloud`; empty until configured. */
  host: z.string().max(253),
  /** The agent's extension; empty until configured. */
  extension: z.string().max(32),
  /** ISO 3166-1 alpha-2. */
  defaultCountry: z.string().length(2),
  internationalFormat: z.enum(['idd', 'e164']),
  /** Digits sent as `externalPrefix`; empty means none is sent. */
  externalPrefix: z.string().max(8),
  /** Electron accelerator, e.g. `CommandOrControl+Alt+Shift+D`. */
  hotkey: z.string().max(100),
  /** `selected`: dials use the caller ID selected in Xima; `fixed`: dials send `fixedCallerId`. */
  callerIdMode: z.enum(['selected', 'fixed']),
  fixedCallerId: callerIdSchema.nullable(),
  /** Links from other apps wait for the agent's confirmation in the panel. */
  confirmLinks: z.boolean(),
  launchAtLogin: z.boolean(),
  keepHistory: z.boolean(),
  callbackSkills: z.array(z.string().min(1).max(200)).max(50),
  defaultCallbackSkill: z.string().max(200).nullable(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type CallerId = z.infer<typeof callerIdSchema>;
export type SettingKey = keyof Settings;

/** A partial update from the panel; main validates it as a whole after merging. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
