import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import type { Settings } from '../../shared/settings-schema';

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
 * The shape is checked against the shared zod schema (`settingsSchema`, in `parseStoredSettings`) rather
 * than electron-store's `schema` option: that option compiles the JSON schema with ajv on every start,
 * which measured 200–300 ms on the development machines — too slow for an app whose panel must open
 * instantly — while the zod check is the same rules from the same source in about a millisecond.
 */
export function createElectronSettingsFile(options: { cwd: string; name?: string }): SettingsFile {
  const name = options.name ?? 'settings';
  const path = join(options.cwd, `${name}.json`);
  let store: Store<Settings> | null = null;
  const open = (): Store<Settings> => {
    store ??= new Store<Settings>({
      cwd: options.cwd,
      name,
      clearInvalidConfig: false,
    });
    return store;
  };
  return {
    read() {
      // electron-store coerces valid JSON that is not an object (`null` → `{}`, a list → `{"0": …}`), which
      // would hide a damaged file from the check that backs it up: hand those over as they are.
      const raw = readRaw(path);
      if (raw !== NOT_FOUND && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) return raw;
      return open().store;
    },
    write(settings) {
      open().store = settings;
    },
    moveAside(suffix) {
      store = null;
      const backup = join(options.cwd, `${name}.${suffix}.json`);
      try {
        renameSync(path, backup);
        return backup;
      } catch {
        return null;
      }
    },
  };
}

const NOT_FOUND = Symbol('not found');

/** The file parsed as plain JSON; a file that is not JSON is left for electron-store to refuse. */
function readRaw(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return NOT_FOUND;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_FOUND;
  }
}
