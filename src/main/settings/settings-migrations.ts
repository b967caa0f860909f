/**
 * The settings file's format, as electron-store records it (`__internal__.migrations.version`). It is
 * not the app's version: a release that changes no field keeps the format, and a field whose type
 * changes gets a step here instead of every agent's settings being reset as "corrupted".
 */
export const SETTINGS_FORMAT = '1.0.0';

/** What a step may do to a file whose fields are not yet the current `Settings`. */
export interface MigratingStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export type SettingsMigrations = Record<string, (store: MigratingStore) => void>;

/**
 * One step per format. Files written before formats existed (app 0.1.0) hold the same fields as
 * format 1, so that step only records the version; the next change of a field's type adds
 * `'2.0.0': (store) => { … }` and raises SETTINGS_FORMAT.
 */
export const settingsMigrations: SettingsMigrations = {
  '1.0.0': () => {},
};
