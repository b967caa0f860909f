import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './temp-dir';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';
import {
  createElectronSettingsFile,
  createSecretFile,
  createSettingsStore,
  createTokenVault,
} from '../../../../src/main/settings';
import { createManualClock, createRecordingLogger } from '../../../support/node-ports';
import { reversibleSafeStorage } from './fake-safe-storage';

const tempDir = useTempDir('xtd-settings-');

const settingsPath = () => join(tempDir(), 'settings.json');
const openStore = () =>
  createSettingsStore(
    createElectronSettingsFile({ cwd: tempDir() }),
    createManualClock(),
    createRecordingLogger(),
  );
const backups = () => readdirSync(tempDir()).filter((name) => name.startsWith('settings.corrupted-'));

describe('the settings store (electron-store)', () => {
  it('starts from the defaults on a fresh install and round-trips a save', () => {
    const store = openStore();
    expect(store.load()).toEqual({ settings: DEFAULT_SETTINGS, notice: null });
    store.save({ ...DEFAULT_SETTINGS, host: 'acme.xima.cloud', extension: '1001' });
    expect(openStore().load().settings).toMatchObject({ host: 'acme.xima.cloud', extension: '1001' });
  });

  it.each([
    ['not JSON at all', '{"host": "acme.xima.cl'],
    ['wrong types', JSON.stringify({ host: 42, confirmLinks: 'yes' })],
    ['a hand edit the app would refuse', JSON.stringify({ host: 'acme.xima.cloud:8443', extension: '1001' })],
    ['a list where one name belongs', JSON.stringify({ host: 'acme.xima.cloud', callbackSkills: 'Sales' })],
  ])('backs up a file with %s, uses the defaults and says so', (_, content) => {
    writeFileSync(settingsPath(), content);
    const loaded = openStore().load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toMatch(
      /^Your settings file was damaged, so the app started with default settings\./,
    );
    expect(backups()).toHaveLength(1);
    expect(readFileSync(join(tempDir(), backups()[0] ?? ''), 'utf8')).toBe(content);
    expect(JSON.parse(readFileSync(settingsPath(), 'utf8'))).toMatchObject({
      host: '',
      hotkey: DEFAULT_SETTINGS.hotkey,
    });
    expect(openStore().load().notice).toBeNull();
  });

  it('fills keys a file from an older version lacks without calling it corrupted', () => {
    writeFileSync(settingsPath(), JSON.stringify({ host: 'acme.xima.cloud', extension: '1001' }));
    const loaded = openStore().load();
    expect(loaded.notice).toBeNull();
    expect(loaded.settings).toMatchObject({ host: 'acme.xima.cloud', confirmLinks: true });
  });

  it('keeps the token when the settings file is replaced', () => {
    const vault = createTokenVault(
      reversibleSafeStorage(),
      createSecretFile(join(tempDir(), 'token.bin')),
      'linux',
    );
    vault.set('tok-123', 'acme.xima.cloud');
    writeFileSync(settingsPath(), 'garbage');
    expect(openStore().load().notice).not.toBeNull();
    const again = createTokenVault(
      reversibleSafeStorage(),
      createSecretFile(join(tempDir(), 'token.bin')),
      'linux',
    );
    expect(again.has('acme.xima.cloud')).toBe(true);
    expect(again.get('acme.xima.cloud')).toBe('tok-123');
  });
});
