import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { createElectronSettingsFile, createSettingsStore } from '../../../src/main/settings';
import { createManualClock, createNodeController, createRecordingLogger } from '../../support/node-ports';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xtd-hostile-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = { host: 'acme.xima.cloud', extension: '1001' };
const json = (value: unknown) => JSON.stringify(value);

/** Hand edits, corruption and malice: each must be backed up byte for byte and replaced, never crash. */
const FILES: [what: string, content: string | Buffer][] = [
  ['a number where the host belongs', json({ ...GOOD, host: 42 })],
  ['a string where a switch belongs', json({ ...GOOD, confirmLinks: 'yes' })],
  ['null for the country', json({ ...GOOD, defaultCountry: null })],
  ['an unknown international format', json({ ...GOOD, internationalFormat: 'dial-everything' })],
  ['an object where the hotkey belongs', json({ ...GOOD, hotkey: { key: 'D' } })],
  ['a caller-ID mode the app does not know', json({ ...GOOD, callerIdMode: 'spoofed' })],
  ['a fixed caller ID of the wrong shape', json({ ...GOOD, fixedCallerId: '8015550100' })],
  ['a list of numbers as callback skills', json({ ...GOOD, callbackSkills: [1, 2, 3] })],
  ['letters in the external prefix', json({ ...GOOD, externalPrefix: '9;rm -rf' })],
  ['a path in the extension', json({ ...GOOD, extension: '../../admin' })],
  ['a host with a port and path', json({ ...GOOD, host: 'evil.example:8443/steal' })],
  ['truncated JSON', '{"host": "acme.xima.cl'],
  ['binary garbage', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x7b, 0x80, 0x90])],
  ['a 64-level deep nesting in the host', `{"host":${'{"a":'.repeat(64)}1${'}'.repeat(64)}}`],
];

/**
 * Valid JSON that is not an object. electron-store would turn these into objects (`null` → `{}`, a list or
 * a string → `{"0": …}`), silently starting on defaults and overwriting the agent's file at the next save;
 * the settings file hands them over as they are so they are backed up like any other damage.
 */
const NON_OBJECT_FILES: [what: string, content: string][] = [
  ['a list at the top', json([GOOD])],
  ['a bare string', json('acme.xima.cloud')],
  ['null', 'null'],
];

const settingsPath = () => join(dir, 'settings.json');
const backups = () => readdirSync(dir).filter((name) => name.startsWith('settings.corrupted-'));
const openStore = () =>
  createSettingsStore(createElectronSettingsFile({ cwd: dir }), createManualClock(), createRecordingLogger());

function expectBackedUpAndReplaced(content: string | Buffer): void {
  writeFileSync(settingsPath(), content);
  const loaded = openStore().load();
  expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
  expect(loaded.notice).toMatch(
    /^Your settings file was damaged, so the app started with default settings\. The old file was kept as settings\.corrupted-[\w-]+\.json\. Your token is still stored — check your host and extension in Settings\.$/,
  );
  expect(backups()).toHaveLength(1);
  expect(readFileSync(join(dir, backups()[0] ?? ''))).toEqual(Buffer.from(content));
  // The replacement is a good file: the next start uses it without complaint.
  expect(openStore().load()).toEqual({ settings: DEFAULT_SETTINGS, notice: null });
}

describe('hostile settings files', () => {
  it.each(FILES)('backs up a file with %s, starts from defaults and says so', (_what, content) =>
    expectBackedUpAndReplaced(content),
  );

  it.each(NON_OBJECT_FILES)(
    'backs up a file holding %s, starts from defaults and says so',
    (_what, content) => expectBackedUpAndReplaced(content),
  );

  it('does not let a "__proto__" key in the file change the settings of anything', () => {
    writeFileSync(
      settingsPath(),
      '{"host":"acme.xima.cloud","extension":"1001","__proto__":{"host":"evil.example","polluted":true}}',
    );
    const loaded = openStore().load();
    expect(loaded.settings.host).toBe('acme.xima.cloud');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('starts the app on a damaged file with the notice in the panel and nothing dialable until set up', async () => {
    writeFileSync(settingsPath(), json({ ...GOOD, host: 42 }));
    const loaded = openStore().load();
    const app = createNodeController({
      token: 'tok-still-stored',
      settingsNotice: loaded.notice,
      demo: false,
    });
    try {
      const state = app.controller.getState();
      expect(state.notice).toMatchObject({ kind: 'error', text: loaded.notice });
      expect(state.status).toBe('not-configured');
      expect(state.statusMessage).toBe('Add your Xima host and your extension in Settings to start dialing.');
    } finally {
      await app.close();
    }
  });
});
