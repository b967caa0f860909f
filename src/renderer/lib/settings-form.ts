import type { SaveSettingsResult } from '../../shared/ipc-contract';
import type { SettingsErrors } from '../../shared/settings-rules';
import type { SettingKey, Settings, SettingsPatch } from '../../shared/settings-schema';

export type FieldErrors = SettingsErrors;

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Only what the agent changed, never a locked field: main merges the patch and validates the whole. */
export function settingsPatch(
  saved: Settings,
  draft: Settings,
  locked: readonly SettingKey[],
): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as SettingKey[]) {
    if (locked.includes(key)) continue;
    if (!sameValue(saved[key], draft[key])) patch[key] = draft[key];
  }
  return patch as SettingsPatch;
}

export interface SaveOutcome {
  fieldErrors: FieldErrors;
  /** Sentence for the form as a whole: success, or what failed and what to do. */
  message: string;
  ok: boolean;
}

/**
 * Maps main's answer onto the form. An error for a field the form does not show still reaches the
 * agent, in the form-level message, so nothing fails silently.
 */
export function saveOutcome(
  result: SaveSettingsResult | { ok: false; message: string; errors?: undefined },
  shown: readonly SettingKey[],
): SaveOutcome {
  if (result.ok) return { ok: true, fieldErrors: {}, message: 'Settings saved.' };
  const fieldErrors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const [key, text] of Object.entries(result.errors ?? {})) {
    if (!text) continue;
    if (shown.includes(key as SettingKey)) fieldErrors[key as SettingKey] = text;
    else unplaced.push(text);
  }
  const message = [result.message, ...unplaced].filter(Boolean).join(' ');
  return {
    ok: false,
    fieldErrors,
    message: message || 'The settings were not saved — check the fields marked below.',
  };
}

/** The first field with an error, in the order the form shows them, so focus can jump there. */
export function firstErrorField(errors: FieldErrors, order: readonly SettingKey[]): SettingKey | null {
  return order.find((key) => errors[key]) ?? null;
}

/**
 * When main pushes new settings while the agent edits: fields the agent has not touched follow main,
 * fields the agent changed keep the agent's value.
 */
export function rebaseDraft(oldSaved: Settings, newSaved: Settings, draft: Settings): Settings {
  const next: Record<string, unknown> = { ...newSaved };
  for (const key of Object.keys(draft) as SettingKey[]) {
    if (!sameValue(oldSaved[key], draft[key])) next[key] = draft[key];
  }
  return next as Settings;
}
