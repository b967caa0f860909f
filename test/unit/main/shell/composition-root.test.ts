import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { channelOf, payloadSchemas } from '../../../../src/shared/ipc-contract';
import { FakeFrame } from '../../../support/electron-fake';
import { bootedElectron } from './root-electron';
import { eventually, panelOf, trayOf } from './shell-harness';

/**
 * src/main/index.ts itself, with `electron` swapped for the shared fake: the real stores, log, policy,
 * token vault, updater and demo simulator are wired exactly as in the app.
 */
const dir = mkdtempSync(join(tmpdir(), 'xtd-root-'));
vi.mock('electron', async () => (await import('./root-electron')).fakeElectronModule(dir));

afterAll(() => {
  bootedElectron().app.quit();
  rmSync(dir, { recursive: true, force: true });
});

describe('the composition root', () => {
  it('starts the whole app on ready, and the demo dials from the hotkey end to end', async () => {
    await import('../../../../src/main/index');
    const electron = bootedElectron();
    expect(electron.windows).toHaveLength(0);
    electron.app.becomeReady();
    await eventually(() => electron.windows.length > 0);

    const panel = panelOf(electron);
    expect(panel.options.webPreferences.preload).toMatch(/preload[/\\]index\.cjs$/);
    // The panel is served from its own scheme, from the built renderer folder only.
    expect(panel.loaded.url).toBe('app://panel/index.html');
    expect(electron.protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    const serve = electron.session.defaultSession.schemes.get('app');
    const page = await serve?.({ url: 'app://panel/index.html' } as Request);
    expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page?.text()).toContain('<div id="root">');
    expect((await serve?.({ url: 'app://panel/%2e%2e/main/index.ts' } as Request))?.status).toBe(404);
    expect(trayOf(electron).image).toBe('/fake/app/resources/tray/not-configured-dark.png');
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(
      (Object.keys(payloadSchemas) as (keyof typeof payloadSchemas)[]).map(channelOf).sort(),
    );
    expect(electron.globalShortcut.registered.size).toBe(1);

    const frame = panel.webContents.mainFrame;
    expect(await electron.ipcMain.invoke(channelOf('startDemo'), frame)).toMatchObject({ ok: true });
    electron.clipboard.selection = { readText: async () => 'please call 385 555 1234' } as never;
    electron.globalShortcut.press([...electron.globalShortcut.registered.keys()][0]!);
    await eventually(() => electron.notifications.some((n) => n.options.body.startsWith('Calling')));
    expect(electron.notifications.map((n) => n.options.body)).toContain('Calling (385) 555-1234');

    const saved = await electron.ipcMain.invoke(channelOf('saveSettings'), frame, { keepHistory: false });
    expect(saved).toMatchObject({ ok: true });
    const settingsFile = join(dir, 'userData', 'settings.json');
    expect(existsSync(settingsFile)).toBe(true);
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toMatchObject({ keepHistory: false });
    await electron.ipcMain.invoke(channelOf('stopDemo'), frame);

    // A message from a foreign frame is refused and leaves a line (without payload) in the support log.
    await electron.ipcMain.invoke(channelOf('dial'), new FakeFrame('https://evil.example/', 99, 1), {
      text: '385-555-0000',
      callerId: null,
    });
    const log = join(dir, 'logs', 'support.log');
    await eventually(() => existsSync(log) && readFileSync(log, 'utf8').includes('ipc.refused'));
    expect(readFileSync(log, 'utf8')).toContain('ipc.refused');
    expect(readFileSync(log, 'utf8')).not.toContain('555-0000');
  });
});
