import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  defaultSettings,
  normalizeSettings,
  parseStoredSettings,
  validateSettings,
} from '../../../src/core/settings';
import type { SettingsFile } from '../../../src/main/settings';
import { createSettingsStore } from '../../../src/main/settings/settings-store';
import { settingsSchema, type Settings } from '../../../src/shared/settings-schema';
import { notHumanBecause } from '../human-message';
import { settingsLike } from './arbitraries';
import { asCase, type FuzzCase } from './fuzz-case';
import { realClock } from '../../../src/core/clock';

const quietLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** An in-memory settings file holding whatever was "on disk". */
function memoryFile(
  raw: unknown,
  readThrows: boolean,
): SettingsFile & { written: Settings[]; moved: number } {
  const file = {
    written: [] as Settings[],
    moved: 0,
    read: () => {
      if (readThrows) throw new SyntaxError('Unexpected token in JSON');
      return raw;
    },
    write: (settings: Settings) => void file.written.push(settings),
    moveAside: (suffix: string) => {
      file.moved += 1;
      return `/tmp/settings.${suffix}.json`;
    },
  };
  return file;
}

/**
 * Whatever a settings file holds: loading never throws; a good file is used as is; anything else is
 * backed up, replaced with valid defaults and explained in a sentence. Validation of any schema-shaped
 * settings never throws and answers sentences.
 */
export const settingsFileCase: FuzzCase = {
  name: 'any settings file loads without a crash: used, or backed up and replaced with a sentence',
  ciRuns: 1_000,
  setup() {
    const property = fc.property(settingsLike, fc.boolean(), (raw, readThrows) => {
      const verdict = parseStoredSettings(raw);
      const file = memoryFile(raw, readThrows);
      const loaded = createSettingsStore(file, { ...realClock, now: () => 0 }, quietLogger).load();
      assert.ok(settingsSchema.safeParse(loaded.settings).success, 'loaded settings break the schema');
      assert.deepEqual(validateSettings(loaded.settings), {});
      if (!readThrows && verdict.ok) {
        assert.equal(loaded.notice, null);
        assert.equal(file.moved, 0);
        assert.deepEqual(loaded.settings, verdict.settings);
      } else {
        assert.equal(file.moved, 1, 'a bad file was not backed up');
        assert.equal(file.written.length, 1, 'a bad file was not replaced');
        assert.equal(notHumanBecause(loaded.notice, ''), null, String(loaded.notice));
      }
    });
    return { property: asCase(property), dispose: async () => undefined };
  },
};

export const settingsValidationCase: FuzzCase = {
  name: 'settings validation never throws and answers each bad field with a sentence',
  ciRuns: 1_000,
  setup() {
    const property = fc.property(settingsLike, (raw) => {
      // Over the defaults, as a partial file or a panel patch lands, so most cases pass the schema.
      const parsed = settingsSchema.safeParse({ ...defaultSettings(), ...(isObject(raw) ? raw : {}) });
      if (!parsed.success) return;
      for (const value of [parsed.data, normalizeSettings(parsed.data)]) {
        for (const message of Object.values(validateSettings(value)))
          assert.equal(notHumanBecause(message, ''), null, message);
      }
    });
    return { property: asCase(property), dispose: async () => undefined };
  },
};

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
