import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autostartDir, quoteExecArg } from '../../../../src/main/login-item/linux-autostart';
import { createLoginItem, type LoginItemEnvironment } from '../../../../src/main/login-item/login-item';
import { FakeApp } from '../../../support/electron-fake';
import { memoryFs } from './shell-harness';

const env = (overrides: Partial<LoginItemEnvironment>): LoginItemEnvironment => ({
  platform: 'linux',
  home: '/home/agent',
  env: {},
  execPath: '/opt/Xima Tray Dialer/xima-tray-dialer',
  defaultApp: false,
  appArg: undefined,
  ...overrides,
});

describe('launch at login', () => {
  it('macOS: an OS login item', async () => {
    const app = new FakeApp();
    const item = createLoginItem(app, env({ platform: 'darwin' }), memoryFs(new Map()));
    await item.set(true);
    expect(app.loginItem).toEqual({ openAtLogin: true });
    await item.set(false);
    expect(app.loginItem).toEqual({ openAtLogin: false });
  });

  it('Windows: a Run entry for the installed executable (and the app folder in development)', async () => {
    const app = new FakeApp();
    await createLoginItem(
      app,
      env({ platform: 'win32', execPath: 'C:\\XTD\\xtd.exe' }),
      memoryFs(new Map()),
    ).set(true);
    expect(app.loginItem).toEqual({ openAtLogin: true, path: 'C:\\XTD\\xtd.exe', args: [] });
    const dev = env({ platform: 'win32', execPath: 'C:\\electron.exe', defaultApp: true, appArg: '.' });
    await createLoginItem(app, dev, memoryFs(new Map())).set(true);
    expect(app.loginItem.args).toEqual([resolve('.')]);
  });

  it('Linux: writes an XDG autostart .desktop file and removes it when turned off', async () => {
    const files = new Map<string, string>();
    const app = new FakeApp();
    const item = createLoginItem(app, env({}), memoryFs(files));
    await item.set(true);
    const file = '/home/agent/.config/autostart/xima-tray-dialer.desktop';
    expect([...files.keys()]).toEqual([file]);
    expect(files.get(file)).toContain('[Desktop Entry]');
    expect(files.get(file)).toContain('Exec="/opt/Xima Tray Dialer/xima-tray-dialer"');
    expect(files.get(file)).toContain('X-GNOME-Autostart-enabled=true');
    await item.set(false);
    expect(files.size).toBe(0);
    expect(app.loginItem.openAtLogin).toBe(false);
  });

  it('Linux: honours XDG_CONFIG_HOME and starts the AppImage itself', async () => {
    const files = new Map<string, string>();
    const item = createLoginItem(
      new FakeApp(),
      env({ env: { XDG_CONFIG_HOME: '/srv/cfg', APPIMAGE: '/home/agent/Apps/XTD.AppImage' } }),
      memoryFs(files),
    );
    await item.set(true);
    expect(files.get('/srv/cfg/autostart/xima-tray-dialer.desktop')).toContain(
      'Exec=/home/agent/Apps/XTD.AppImage',
    );
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative/ignored' }, '/home/a')).toBe(
      '/home/a/.config/autostart',
    );
  });

  it('quotes Exec arguments as the Desktop Entry spec requires', () => {
    expect(quoteExecArg('/usr/bin/xtd')).toBe('/usr/bin/xtd');
    expect(quoteExecArg('/opt/My "App"/$x')).toBe('"/opt/My \\"App\\"/\\$x"');
  });

  it('doubles % so no part of the path becomes a field code, and refuses a path with a line break', async () => {
    expect(quoteExecArg('/home/agent/100%u/xtd')).toBe('"/home/agent/100%%u/xtd"');
    const files = new Map<string, string>();
    const item = createLoginItem(
      new FakeApp(),
      env({ env: { APPIMAGE: '/home/agent/Apps\nExec=/tmp/evil/XTD.AppImage' } }),
      memoryFs(files),
    );
    await expect(item.set(true)).rejects.toThrow(/line break/);
    expect(files.size).toBe(0);
    await createLoginItem(
      new FakeApp(),
      env({ env: { APPIMAGE: '/home/agent/50% off/XTD.AppImage' } }),
      memoryFs(files),
    ).set(true);
    expect([...files.values()][0]).toContain('Exec="/home/agent/50%% off/XTD.AppImage"\n');
  });
});
