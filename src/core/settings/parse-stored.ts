import { settingsSchema, type Settings } from '../../shared/settings-schema';
import { defaultSettings } from './defaults';
import { hasErrors, validateSettings } from './validate';

export type StoredSettingsVerdict = { ok: true; settings: Settings } | { ok: false; reason: string };

/**
 * Reads what was on disk. Missing keys (a file from an older version) take their defaults; wrong
 * types or values the app would refuse (a hand edit) make the whole file 'corrupted', so the caller
 * backs it up and starts from defaults rather than running on half-valid settings.
 */
export function parseStoredSettings(raw: unknown): StoredSettingsVerdict {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'the settings file does not hold an object' };
  }
  const known = Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter(([key]) =>
      Object.hasOwn(settingsSchema.shape, key),
    ),
  );
  const parsed = settingsSchema.safeParse({ ...defaultSettings(), ...known });
  if (!parsed.success) {
    const keys = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '?')))];
    return { ok: false, reason: `wrong values for ${keys.join(', ')}` };
  }
  const errors = validateSettings(parsed.data);
  if (hasErrors(errors)) {
    return { ok: false, reason: `values the app refuses for ${Object.keys(errors).join(', ')}` };
  }
  return { ok: true, settings: parsed.data };
}
