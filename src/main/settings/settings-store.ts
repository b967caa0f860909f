import { basename } from 'node:path';
import { defaultSettings, parseStoredSettings } from '../../core/settings';
import type { Clock, Logger, SettingsLoad, SettingsStore } from '../ports';
import type { SettingsFile } from './settings-file';

/**
 * Loads and saves the agent's settings. A corrupted or hand-edited file is never fatal: it is kept next
 * to the original as a backup, defaults take its place, and the panel gets a notice saying so.
 * The token lives in its own file (token-vault), so it survives this.
 */
export function createSettingsStore(file: SettingsFile, clock: Clock, logger: Logger): SettingsStore {
  function recover(reason: string): SettingsLoad {
    const stamp = new Date(clock.now()).toISOString().replace(/[:.]/g, '-');
    const backup = file.moveAside(`corrupted-${stamp}`);
    const settings = defaultSettings();
    try {
      file.write(settings);
    } catch {
      logger.error('settings.reset-write-failed');
    }
    logger.warn('settings.corrupted', { reason });
    const kept = backup === null ? '' : ` The old file was kept as ${basename(backup)}.`;
    return {
      settings,
      notice: `Your settings file was damaged, so the app started with default settings.${kept} Your token is still stored — check your host and extension in Settings.`,
    };
  }

  return {
    load() {
      let raw: unknown;
      try {
        raw = file.read();
      } catch {
        return recover('the file is not valid JSON or breaks the schema');
      }
      const verdict = parseStoredSettings(raw);
      return verdict.ok ? { settings: verdict.settings, notice: null } : recover(verdict.reason);
    },
    save(settings) {
      file.write(settings);
    },
  };
}
