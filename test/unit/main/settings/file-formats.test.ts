import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './temp-dir';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';
import {
  createElectronSettingsFile,
  createHistoryStore,
  createSecretFile,
  createSettingsStore,
} from '../../../../src/main/settings';
import { SETTINGS_FORMAT } from '../../../../src/main/settings/settings-migrations';
import { readTokenFile } from '../../../../src/main/settings/token-file';
import { createManualClock, createRecordingLogger } from '../../../support/node-ports';
import { SAMPLE_NUMBER } from '../../../support/sample-number';

const tempDir = useTempDir('xtd-formats-');

/** settings.json exactly as app 0.1.0 wrote it: no format version. */
const SETTINGS_0_1_0 = {
  host: 'acme.xima.cloud',
  extension: '1001',
  defaultCountry: 'GB',
  internationalFormat: 'e164',
  externalPrefix: '9',
  hotkey: 'CommandOrControl+Alt+Shift+K',
  callerIdMode: 'fixed',
  fixedCallerId: { label: 'Sales Desk', outboundCallerId: '3855550100' },
  confirmLinks: true,
  launchAtLogin: false,
  keepHistory: true,
  callbackSkills: ['Sales', 'Support'],
  defaultCallbackSkill: 'Sales',
};

const settingsPath = () => join(tempDir(), 'settings.json');
const stored = () => JSON.parse(readFileSync(settingsPath(), 'utf8')) as Record<string, unknown>;

describe('the settings file format', () => {
  it("upgrades a file in 0.1.0's format with every value kept and records the format", () => {
    writeFileSync(settingsPath(), JSON.stringify(SETTINGS_0_1_0));
    const store = createSettingsStore(
      createElectronSettingsFile({ cwd: tempDir() }),
      createManualClock(),
      createRecordingLogger(),
    );
    expect(store.load()).toEqual({ settings: SETTINGS_0_1_0, notice: null });
    expect(stored()).toMatchObject({ __internal__: { migrations: { version: SETTINGS_FORMAT } } });
    // The recorded format survives a save from the panel.
    store.save({ ...SETTINGS_0_1_0, extension: '1002' } as typeof DEFAULT_SETTINGS);
    expect(stored()).toMatchObject({
      extension: '1002',
      __internal__: { migrations: { version: SETTINGS_FORMAT } },
    });
  });

  it('runs a later step on a changed field instead of resetting the agent as "corrupted"', () => {
    // A future format that turned `callbackSkills` from one comma-separated text into a list.
    writeFileSync(settingsPath(), JSON.stringify({ ...SETTINGS_0_1_0, callbackSkills: 'Sales, Support' }));
    const file = createElectronSettingsFile({
      cwd: tempDir(),
      format: {
        version: '2.0.0',
        migrations: {
          '1.0.0': () => {},
          '2.0.0': (store) => {
            const skills = store.get('callbackSkills');
            if (typeof skills === 'string') store.set('callbackSkills', skills.split(/,\s*/));
          },
        },
      },
    });
    const loaded = createSettingsStore(file, createManualClock(), createRecordingLogger()).load();
    expect(loaded.notice).toBeNull();
    expect(loaded.settings.callbackSkills).toEqual(['Sales', 'Support']);
    expect(stored()).toMatchObject({ __internal__: { migrations: { version: '2.0.0' } } });
  });

  it('treats a step that throws as a damaged file: backed up, defaults, a notice', () => {
    writeFileSync(settingsPath(), JSON.stringify(SETTINGS_0_1_0));
    const file = createElectronSettingsFile({
      cwd: tempDir(),
      format: {
        version: '2.0.0',
        migrations: {
          '2.0.0': () => {
            throw new Error('cannot upgrade');
          },
        },
      },
    });
    const loaded = createSettingsStore(file, createManualClock(), createRecordingLogger()).load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toMatch(/^Your settings file was damaged/);
  });
});

const ENTRY = {
  id: 'h1',
  number: SAMPLE_NUMBER,
  at: 1_700_000_000_000,
  source: 'hotkey' as const,
  callerId: { label: 'Sales Desk', outboundCallerId: '3855550100' },
  outcome: 'placed' as const,
  message: null,
};

describe('the history file format', () => {
  const historyFile = () => createSecretFile(join(tempDir(), 'history.json'));

  it("upgrades 0.1.0's bare list and writes it back with its format", () => {
    const file = historyFile();
    file.write(Buffer.from(JSON.stringify([ENTRY])));
    const store = createHistoryStore(file, createRecordingLogger());
    expect(store.load()).toEqual([ENTRY]);
    store.save(store.load());
    expect(JSON.parse(file.read()?.toString('utf8') ?? '')).toEqual({ version: 1, entries: [ENTRY] });
  });

  it('reads a file from a newer app as no history, logs why and does not crash', () => {
    const file = historyFile();
    file.write(Buffer.from(JSON.stringify({ version: 99, entries: [ENTRY] })));
    const logger = createRecordingLogger();
    expect(createHistoryStore(file, logger).load()).toEqual([]);
    expect(logger.lines).toContainEqual({ level: 'warn', event: 'history.unknown-format', fields: {} });
  });

  it.each([0, 0.5, -1, '1'])(
    'reads a file recording version %j (no format any app wrote) as no history',
    (version) => {
      const file = historyFile();
      file.write(Buffer.from(JSON.stringify({ version, entries: [ENTRY] })));
      const logger = createRecordingLogger();
      expect(createHistoryStore(file, logger).load()).toEqual([]);
      expect(logger.lines).toContainEqual({ level: 'warn', event: 'history.unknown-format', fields: {} });
    },
  );
});

describe('the token file format', () => {
  const sealed = Buffer.from('v10-ciphertext').toString('base64');

  it.each([0, 0.5, -1, '1'])(
    'reads a file recording version %j (no format any app wrote) as no token',
    (version) => {
      expect(readTokenFile(Buffer.from(JSON.stringify({ version, host: null, sealed })))).toBeNull();
    },
  );

  it('reads format 1 as it is and 0.1.0’s bare ciphertext as format 0, for the vault to rewrite', () => {
    expect(
      readTokenFile(Buffer.from(JSON.stringify({ version: 1, host: 'acme.xima.cloud', sealed }))),
    ).toEqual({
      record: { version: 1, host: 'acme.xima.cloud', sealed: Buffer.from('v10-ciphertext') },
      format: 1,
    });
    expect(readTokenFile(Buffer.from('v10-ciphertext'))).toEqual({
      record: { version: 1, host: null, sealed: Buffer.from('v10-ciphertext') },
      format: 0,
    });
  });
});
