import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AppState } from '../../../../src/shared/app-state';
import { channelOf } from '../../../../src/shared/ipc-contract';
import { postsTo, useSimulator } from '../../../support/simulator';
import { bootedElectron } from './root-electron';
import { eventually, panelOf } from './shell-harness';

/** src/main/index.ts started with `--xima-base-url`, as an integrator starts the built app. */
const dirs: string[] = [];
const apps: { quit(): void }[] = [];
const sim = useSimulator({ https: false });
const argv = process.argv;

afterAll(() => {
  process.argv = argv;
  for (const app of apps) app.quit();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the app (fresh modules, fresh Electron fake, fresh profile) with these arguments. */
async function start(args: string[], settings?: object) {
  const dir = mkdtempSync(join(tmpdir(), 'xtd-testing-root-'));
  dirs.push(dir);
  if (settings) {
    mkdirSync(join(dir, 'userData'));
    writeFileSync(join(dir, 'userData', 'settings.json'), JSON.stringify(settings));
  }
  process.argv = [argv[0] ?? 'node', '/opt/xtd/app', ...args];
  vi.resetModules();
  vi.doMock('electron', async () => (await import('./root-electron')).fakeElectronModule(dir));
  await import('../../../../src/main/index');
  const electron = bootedElectron();
  apps.push(electron.app);
  electron.app.becomeReady();
  await eventually(() => electron.windows.length > 0);
  const frame = panelOf(electron).webContents.mainFrame;
  const invoke = (intent: Parameters<typeof channelOf>[0], payload?: unknown) =>
    electron.ipcMain.invoke(channelOf(intent), frame, payload);
  const settingsFile = () => readFileSync(join(dir, 'userData', 'settings.json'), 'utf8');
  const logText = () =>
    readdirSync(join(dir, 'logs'))
      .map((name) => readFileSync(join(dir, 'logs', name), 'utf8'))
      .join('');
  return {
    electron,
    invoke,
    settingsFile,
    logText,
    state: async () => (await invoke('getState')) as AppState,
  };
}

describe('the app started with --xima-base-url', () => {
  it('names the address in the status line, needs no host, and dials the Xima on this computer', async () => {
    const app = await start([`--xima-base-url=${sim().baseUrl}`]);
    const port = new URL(sim().baseUrl).port;
    expect(await app.state()).toMatchObject({
      testTarget: `127.0.0.1:${port}`,
      status: 'not-configured',
      statusMessage: 'Add your extension and a Xima token in Settings to start dialing.',
      demo: { allowed: false },
    });
    // The support log records the address too (its digits redacted, as every number in the log is).
    await eventually(() => app.logText().includes('xima-base-url.testing'));
    expect(app.logText()).toMatch(/INFO xima-base-url\.testing \{"target":"\[number\]:\[number\]"\}/);
    expect(await app.invoke('startDemo')).toMatchObject({ ok: false });
    expect(await app.invoke('saveSettings', { extension: sim().extension })).toEqual({ ok: true });
    expect(await app.invoke('setToken', { token: sim().token })).toMatchObject({ ok: true });
    await eventually(() => sim().requests.length > 0);
    expect((await app.state()).status).toBe('ready');

    expect(await app.invoke('dial', { text: '385 555 1234', callerId: null })).toMatchObject({ ok: true });
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(1);
    // Never stored: the settings file holds the extension and nothing of the address.
    expect(app.settingsFile()).toContain(sim().extension);
    expect(app.settingsFile()).not.toContain('127.0.0.1');
  });

  it('refuses an address off this computer with a sentence and uses the settings as usual', async () => {
    const app = await start(['--xima-base-url=https://intruder.example'], {
      host: 'acme.xima.cloud',
      extension: '1001',
    });
    await eventually(() => app.electron.notifications.length > 0);
    expect(app.electron.notifications.map((n) => n.options.body)).toContain(
      '--xima-base-url was ignored and your settings are used: it only accepts an address on this computer (localhost, 127.0.0.1 or [::1]), like --xima-base-url=http://127.0.0.1:8080.',
    );
    expect(await app.state()).toMatchObject({
      testTarget: null,
      settings: { host: 'acme.xima.cloud', extension: '1001' },
      statusMessage: 'Add a Xima token in Settings to start dialing.',
    });
    expect(sim().requests.some((r) => r.path.includes('intruder'))).toBe(false);
  });
});
