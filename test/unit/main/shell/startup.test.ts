import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STATE_CHANNEL } from '../../../../src/shared/ipc-contract';
import { createFakeElectron } from '../../../support/electron-fake';
import { boot, panelOf, trayOf, type Booted } from './shell-harness';

let booted: Booted | null = null;
const start = (options: Parameters<typeof boot>[0] = {}): Booted => (booted = boot(options));
afterEach(async () => {
  await booted?.close();
  booted = null;
});

describe('start-up when another copy already runs', () => {
  it('quits and does nothing else', async () => {
    const electron = createFakeElectron();
    electron.app.lockAvailable = false;
    const { shell } = start({ electron, argv: ['/opt/xtd', 'tel:+13855551234'] });
    expect(await shell).toBeNull();
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.windows).toHaveLength(0);
    expect(electron.trays).toHaveLength(0);
    expect(electron.globalShortcut.registered.size).toBe(0);
    expect(electron.app.protocolClients.size).toBe(0);
    expect(electron.app.listenerCount('second-instance')).toBe(0);
    expect(electron.app.listenerCount('open-url')).toBe(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });
});

describe('start-up wiring', () => {
  it('registers the hotkey, the tray and a hidden panel, but no link scheme (the installer or Make default does)', async () => {
    const { electron, shell } = start();
    await shell;
    expect(electron.app.protocolClients.size).toBe(0);
    const accelerator = booted!.node().controller.getState().settings.hotkey;
    expect(electron.globalShortcut.isRegistered(accelerator)).toBe(true);
    expect(booted!.node().controller.getState().hotkey).toMatchObject({ registered: true, message: null });
    expect(electron.trays).toHaveLength(1);
    expect(trayOf(electron).image).toBe('/app/resources/tray/not-configured-dark.png');
    expect(electron.windows).toHaveLength(1);
    expect(panelOf(electron).isVisible()).toBe(false);
    expect(panelOf(electron).options.show).toBe(false);
    expect(panelOf(electron).loaded).toEqual({ url: 'app://panel/index.html' });
  });

  it('Make default registers the schemes with the app folder in development (electron .), then --', async () => {
    const { electron, shell } = start({ defaultApp: true, argv: ['/usr/lib/electron/electron', '.'] });
    await shell;
    await booted!.node().controller.handlers.setAsTelHandler(undefined);
    expect(electron.app.protocolClients.get('tel')).toEqual({
      path: '/opt/Xima Tray Dialer/xima-tray-dialer',
      args: [resolve('.'), '--'],
    });
    expect(electron.app.protocolClients.get('callto')?.args).toEqual([resolve('.'), '--']);
  });

  it('in development finds the app folder behind flags a dev runner puts first', async () => {
    const { electron, shell } = start({
      defaultApp: true,
      argv: ['/usr/lib/electron/electron', '--inspect=5858', '--no-sandbox', 'out/app', 'tel:3855551234'],
    });
    await shell;
    await booted!.node().controller.handlers.setAsTelHandler(undefined);
    expect(electron.app.protocolClients.get('tel')?.args).toEqual([resolve('out/app'), '--']);
    await booted!.node().controller.handlers.saveSettings({ launchAtLogin: true });
    expect(booted!.files.get('/home/agent/.config/autostart/xima-tray-dialer.desktop')).toContain(
      resolve('out/app'),
    );
  });

  it('on Linux names the .desktop file and enables the Wayland shortcut portal before ready', async () => {
    const { electron, shell } = start({ holdReady: true });
    expect(electron.app.desktopName).toBe('xima-tray-dialer.desktop');
    expect(electron.app.switches).toContainEqual(['enable-features', 'GlobalShortcutsPortal']);
    expect(electron.app.name).toBe('Xima Tray Dialer');
    electron.app.becomeReady();
    await shell;
  });

  it('on macOS is menu-bar only and uses template tray icons', async () => {
    const { electron, shell } = start({ platform: 'darwin' });
    await shell;
    expect(electron.app.dockHidden).toBe(true);
    expect(trayOf(electron).image).toBe('/app/resources/tray/not-configuredTemplate.png');
    expect(electron.app.switches).toEqual([]);
    electron.app.emit('activate');
    expect(panelOf(electron).isVisible()).toBe(true);
    // Left click is the panel's; the menu comes on right-click instead of being attached.
    expect(trayOf(electron).contextMenu).toBeNull();
    trayOf(electron).emit('right-click');
    expect(
      trayOf(electron)
        .poppedUp.at(-1)
        ?.template.map((i) => i.label),
    ).toContain('Dial clipboard');
  });

  it('pushes a state snapshot to the panel when the state changes', async () => {
    const { electron, shell } = start();
    await shell;
    const before = panelOf(electron).webContents.sentOn(STATE_CHANNEL).length;
    await booted!.node().controller.handlers.setHotkeyPaused({ paused: true });
    const states = panelOf(electron).webContents.sentOn(STATE_CHANNEL);
    expect(states.length).toBeGreaterThan(before);
    expect(states.at(-1)).toMatchObject({ hotkey: { paused: true } });
    expect(electron.globalShortcut.registered.size).toBe(0);
  });

  it('leaves no timers running while idle (panel hidden, no hotkey)', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const { shell } = start();
    await shell;
    await new Promise((r) => setImmediate(r));
    expect(timers()).toBe(before);
  });

  it('frees the hotkey and the IPC handlers on quit', async () => {
    const { electron, shell } = start();
    await shell;
    electron.app.quit();
    expect(electron.globalShortcut.registered.size).toBe(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });
});
