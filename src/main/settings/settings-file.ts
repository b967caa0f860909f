import { renameSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../shared/settings-schema';

/** Where the readable settings live; tests pass a fake, the app the electron-store one below. */
export interface SettingsFile {
  /** The stored object as it is; throws when the file is not JSON or breaks the schema. */
  read(): unknown;
  write(settings: Settings): void;
  /** Moves the current file aside (same folder) and returns the backup's path. */
  moveAside(suffix: string): string | null;
}

/** electron-store wants one JSON schema per top-level key: taken from the shared zod schema. */
function jsonSchemaProperties(): Record<string, object> {
  const schema = z.toJSONSchema(settingsSchema) as { properties: Record<string, object> };
  return schema.properties;
}

/**
 * The settings file on electron-store 11 (atomic writes, schema check on read). It is opened lazily and
 * with `clearInvalidConfig: false` so a broken file throws to us — we back it up before replacing it,
 * where electron-store alone would silently discard it.
 */
export function createElectronSettingsFile(options: { cwd: string; name?: string }): SettingsFile {
  const name = options.name ?? 'settings';
  const path = join(options.cwd, `${name}.json`);
  let store: Store<Settings> | null = null;
  const open = (): Store<Settings> => {
    store ??= new Store<Settings>({
      cwd: options.cwd,
      name,
      schema: jsonSchemaProperties() as never,
      clearInvalidConfig: false,
    });
    return store;
  };
  return {
    read: () => open().store,
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
