import { DEFAULT_CALL_RULES } from '../dial/safety';
import { settingsSchema, type SettingKey, type Settings } from '../../shared/settings-schema';
import { defaultSettings } from '../settings/defaults';
import { normalizeSettings, validateSettings } from '../settings/validate';
import { KNOWN_POLICY_KEYS, POLICY_SETTING_KEYS, policyFileSchema, type PolicyFile } from './schema';
import { EMPTY_POLICY, type Policy } from './types';

export type PolicyVerdict = { ok: true; policy: Policy; warnings: string[] } | { ok: false; message: string };

/** A policy file is a few hundred bytes; anything this large is not one. */
const MAX_POLICY_CHARS = 64 * 1024;
/** Entries that look like credentials: the file is readable by every user, so they are refused outright. */
const SECRET_KEY = /token|secret|password|bearer|api[-_]?key|credential/i;

const IGNORED = 'so the policy was ignored — fix the file and restart the app';

/**
 * Reads the administrator's policy file. Never throws: a bad file yields one sentence (the caller logs it and runs
 * without a policy); unknown entries yield warnings and are skipped.
 */
export function parsePolicy(text: string): PolicyVerdict {
  const body = text.replace(/^\uFEFF/, '');
  if (body.length > MAX_POLICY_CHARS) {
    return { ok: false, message: `The policy file is larger than 64 KB, ${IGNORED}.` };
  }
  if (body.trim() === '') {
    return { ok: true, policy: EMPTY_POLICY, warnings: ['The policy file is empty, so no policy applies.'] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, message: `The policy file is not valid JSON${where(body, error)}, ${IGNORED}.` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      message: `The policy file must hold one JSON object like {"host": "acme.xima.cloud"}, ${IGNORED}.`,
    };
  }
  const entries = Object.keys(raw);
  const secret = entries.find((key) => SECRET_KEY.test(key));
  if (secret !== undefined) {
    return {
      ok: false,
      message:
        `The policy file contains “${secret}”, so it was ignored: every user on the machine can read it, so the app ` +
        'never takes the Xima token from it. Remove that entry and provision the token per user (see the deployment guide).',
    };
  }
  const warnings = entries
    .filter((key) => !KNOWN_POLICY_KEYS.has(key))
    .map((key) => `The policy file's “${key}” is not a policy setting and was skipped.`);

  const unknownLock = unknownLockedKey((raw as { locked?: unknown }).locked);
  if (unknownLock !== null) {
    return {
      ok: false,
      message: `The policy file locks “${unknownLock}”, which is not a setting (use names like host, hotkey or confirmLinks), ${IGNORED}.`,
    };
  }
  const known = Object.fromEntries(Object.entries(raw).filter(([key]) => KNOWN_POLICY_KEYS.has(key)));
  const parsed = policyFileSchema.safeParse(known);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'file';
    return {
      ok: false,
      message: `The policy file's “${field}” is not valid (${issue?.message ?? 'wrong type'}), ${IGNORED}.`,
    };
  }
  const settings = checkedSettings(parsed.data);
  if (typeof settings === 'string') return { ok: false, message: settings };
  const updateUrl = checkedUpdateUrl(parsed.data.updateUrl);
  if (updateUrl instanceof Error) return { ok: false, message: updateUrl.message };

  const policy: Policy = {
    settings,
    locked: [...new Set((parsed.data.locked ?? []) as SettingKey[])],
    demoAllowed: parsed.data.demoAllowed ?? true,
    updateUrl,
    callRules: {
      emergencyNumbers: parsed.data.emergencyNumbers ?? DEFAULT_CALL_RULES.emergencyNumbers,
      premiumNumbers: parsed.data.premiumNumbers ?? DEFAULT_CALL_RULES.premiumNumbers,
    },
    requireKeyring: parsed.data.requireKeyring ?? false,
  };
  return { ok: true, policy, warnings };
}

/**
 * Where JSON.parse stopped, as line and column. Only the position is used: V8's message can quote the file, and a
 * misplaced token must not reach the log.
 */
function where(body: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (position === null) return '';
  const before = body.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

function unknownLockedKey(locked: unknown): string | null {
  if (!Array.isArray(locked)) return null;
  const name = locked.find((key) => typeof key === 'string' && !(key in settingsSchema.shape));
  return typeof name === 'string' ? name : null;
}

/** The preset settings, normalized and checked by the same rules as the settings form. */
function checkedSettings(file: PolicyFile): Partial<Settings> | string {
  const preset: Partial<Settings> = {};
  for (const key of POLICY_SETTING_KEYS) {
    if (file[key] !== undefined) Object.assign(preset, { [key]: file[key] });
  }
  const merged = normalizeSettings({ ...defaultSettings(), ...preset });
  const errors = validateSettings(merged);
  const bad = (Object.keys(preset) as SettingKey[]).find((key) => errors[key] !== undefined);
  if (bad !== undefined) {
    const why = (errors[bad] ?? '').replace(/\.$/, '');
    return `The policy file's “${bad}” is not usable (${why}), ${IGNORED}.`;
  }
  return Object.fromEntries(
    Object.keys(preset).map((key) => [key, merged[key as SettingKey]]),
  ) as Partial<Settings>;
}

/** electron-updater's generic provider needs an HTTPS base URL; the trailing slash keeps `latest.yml` inside it. */
function checkedUpdateUrl(value: string | null | undefined): string | null | Error {
  if (value === undefined || value === null || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return new Error(`The policy file's “updateUrl” (${value}) is not a URL, ${IGNORED}.`);
  }
  if (url.protocol !== 'https:') {
    return new Error(
      `The policy file's “updateUrl” must start with https:// so updates cannot be tampered with, ${IGNORED}.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    return new Error(`The policy file's “updateUrl” must not contain a user name or password, ${IGNORED}.`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}
