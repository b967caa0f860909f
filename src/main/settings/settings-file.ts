import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import type { Settings } from '../../shared/settings-schema';
import { SETTINGS_FORMAT, settingsMigrations, type SettingsMigrations } from './settings-migrations';

/** Where the readable settings live; tests pass a fake, the app the electron-store one below. */
export interface SettingsFile {
  /** The stored object as it is; throws when the file is not JSON or breaks the schema. */
  read(): unknown;
  write(settings: Settings): void;
  /** Moves the current file aside (same folder) and returns the backup's path. */
  moveAside(suffix: string): string | null;
}

/**
 * The settings file on electron-store 11 (atomic writes). It is opened with `clearInvalidConfig: false`
 * so a broken file throws to us — we back it up before replacing it, where electron-store alone would
 * silently discard it.
 *
 * Upgrades between formats are electron-store's `migrations` (settings-migrations.ts); a step that
 * throws leaves the file as it was and counts as a damaged file.
 *
 * The shape is checked against the shared zod schema (`settingsSchema`, in `parseStoredSettings`) rather
 * than electron-store's `schema` option: that option compiles the JSON schema with ajv on every start,
 * which measured 200–300 ms on the development machines — too slow for an app whose panel must open
 * instantly — while the zod check is the same rules from the same source in about a millisecond.
 */
export function createElectronSettingsFile(options: {
  cwd: string;
  name?: string;
  /** Tests add a future step to prove an upgrade keeps the agent's settings. */
  format?: { version: string; migrations: SettingsMigrations };
}): SettingsFile {
  const format = options.format ?? { version: SETTINGS_FORMAT, migrations: settingsMigrations };
  const name = options.name ?? 'settings';
  const path = join(options.cwd, `${name}.json`);
  let store: Store<Settings> | null = null;
  let original: Buffer | null = null;
  const open = (): Store<Settings> => {
    // electron-store's types leave `projectVersion` out, but it honours it (`projectVersion ||= app
    // version`): the migrations follow the file's format, not the app's version.
    const storeOptions = {
      cwd: options.cwd,
      name,
      clearInvalidConfig: false,
      projectVersion: format.version,
      migrations: format.migrations,
    };
    store ??= new Store<Settings>(storeOptions);
    return store;
  };
  return {
    read() {
      // Opening the store runs the migrations, which rewrite the file: keep the agent's own text so a
      // damaged file is backed up as it was.
      original = readBytes(path);
      // electron-store coerces valid JSON that is not an object (`null` → `{}`, a list → `{"0": …}`), which
      // would hide a damaged file from the check that backs it up: hand those over as they are.
      const raw = parseJson(original);
      if (raw !== NOT_FOUND && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) return raw;
      return open().store;
    },
    write(settings) {
      // electron-store adds its `__internal__` record to the object it is given: hand it a copy.
      open().store = { ...settings };
    },
    moveAside(suffix) {
      store = null;
      const backup = join(options.cwd, `${name}.${suffix}.json`);
      try {
        if (original === null) renameSync(path, backup);
        else {
          writeFileSync(backup, original, { flag: 'wx' });
          rmSync(path, { force: true });
        }
        return backup;
      } catch {
        return null;
      }
    },
  };
}

const NOT_FOUND = Symbol('not found');

function readBytes(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** The file parsed as plain JSON; a file that is not JSON is left for electron-store to refuse. */
function parseJson(bytes: Buffer | null): unknown {
  if (bytes === null) return NOT_FOUND;
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return NOT_FOUND;
  }
}
