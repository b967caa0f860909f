import { describe, expect, it } from 'vitest';
import { devRendererUrl, ownUrlMatcher } from '../../../../src/main/window/own-url';
import { panelPosition, taskbarEdge, type DisplayArea } from '../../../../src/main/window/position';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/window/secure-options';
import { useSimulator } from '../../../support/simulator';
import { eventually, panelOf, trayOf, useShell } from './shell-harness';

const size = { width: 380, height: 560 };
const screen = { x: 0, y: 0, width: 1920, height: 1080 };
const display = (workArea: DisplayArea['workArea']): DisplayArea => ({ bounds: screen, workArea });

describe('placing the panel next to the tray', () => {
  it('finds the taskbar edge from the work area', () => {
    expect(taskbarEdge(display({ x: 0, y: 0, width: 1920, height: 1040 }))).toBe('bottom');
    expect(taskbarEdge(display({ x: 0, y: 25, width: 1920, height: 1055 }))).toBe('top');
    expect(taskbarEdge(display({ x: 60, y: 0, width: 1860, height: 1080 }))).toBe('left');
    expect(taskbarEdge(display({ x: 0, y: 0, width: 1860, height: 1080 }))).toBe('right');
  });

  it('Windows: above a tray icon at the bottom right, clamped into the work area', () => {
    const pos = panelPosition(display({ x: 0, y: 0, width: 1920, height: 1040 }), size, {
      x: 1850,
      y: 1045,
      width: 24,
      height: 24,
    });
    expect(pos).toEqual({ x: 1540, y: 472 });
  });

  it('macOS: below a menu-bar icon, centred on it, rounded', () => {
    const pos = panelPosition(display({ x: 0, y: 25, width: 1920, height: 1055 }), size, {
      x: 1500.5,
      y: 0,
      width: 22,
      height: 22,
    });
    expect(pos).toEqual({ x: 1322, y: 33 });
  });

  it('a vertical taskbar on the right: beside the icon, never off screen', () => {
    const pos = panelPosition(display({ x: 0, y: 0, width: 1860, height: 1080 }), size, {
      x: 1880,
      y: 1050,
      width: 24,
      height: 24,
    });
    expect(pos).toEqual({ x: 1472, y: 520 });
  });

  it('unknown tray bounds (GNOME, KDE): the right end of the panel bar', () => {
    expect(panelPosition(display({ x: 0, y: 32, width: 1920, height: 1048 }), size, null)).toEqual({
      x: 1540,
      y: 40,
    });
    expect(
      panelPosition(display({ x: 0, y: 32, width: 1920, height: 1048 }), size, {
        x: 0,
        y: 0,
        width: 0,
        height: 0,
      }),
    ).toEqual({ x: 1540, y: 40 });
  });
});

describe('which page may talk to main', () => {
  it('accepts only app://panel/index.html, whatever the hash or query; never a file:// page', () => {
    const own = ownUrlMatcher(null);
    expect(own('app://panel/index.html')).toBe(true);
    expect(own('app://panel/index.html#/settings?x=1')).toBe(true);
    expect(own('app://panel/other.html')).toBe(false);
    expect(own('app://evil/index.html')).toBe(false);
    expect(own('file:///app/out/renderer/index.html')).toBe(false);
    expect(own('http://localhost:5173/')).toBe(false);
    expect(own('not a url')).toBe(false);
  });

  it('honours the dev server only unpackaged and on loopback', () => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe(
      'http://localhost:5173/',
    );
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeNull();
    const dev = ownUrlMatcher('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });
});

describe('the panel window', () => {
  const sim = useSimulator({ https: false });
  const shell = useShell(sim);
  const started = async () => {
    const { electron } = await shell();
    return { electron, panel: panelOf(electron), tray: trayOf(electron) };
  };

  it('is a frameless popup that stays out of the taskbar until the tray opens it', async () => {
    const { panel } = await started();
    expect(panel.options).toMatchObject({ show: false, frame: false, skipTaskbar: true });
    expect(panel.isVisible()).toBe(false);
  });

  it('refuses navigation, new windows and every permission, and sends a strict CSP', async () => {
    const { panel } = await started();
    expect(panel.webContents.tryNavigate('https://evil.example/')).toBe(false);
    expect(panel.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      expect(await panel.webContents.session.requestPermission(permission)).toBe(false);
    }
    expect(panel.webContents.session.permissionCheckHandler?.({}, 'media')).toBe(false);
    let headers: Record<string, string[]> | undefined;
    panel.webContents.session.headersListener?.(
      { responseHeaders: { 'x-a': ['1'] } },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers).toEqual({ 'x-a': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    // frame-ancestors only works as a header (a meta tag cannot carry it); nothing remote may load.
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'.*script-src 'self';.*connect-src 'none'/);
  });

  it('opens next to the tray from the tray click, refreshes caller IDs, and hides on blur', async () => {
    const { panel, tray, electron } = await started();
    tray.bounds = { x: 1850, y: 1045, width: 24, height: 24 };
    const gets = () => sim().requests.filter((r) => r.method === 'GET').length;
    const before = gets();
    tray.emit('click');
    expect(panel.isVisible()).toBe(true);
    expect(panel.position).toEqual([1540, 472]);
    await eventually(() => gets() > before);
    expect(gets()).toBeGreaterThan(before);
    panel.blur();
    expect(panel.isVisible()).toBe(false);
    // The click that blurred the panel is the same click on the tray icon: it stays closed.
    tray.emit('click');
    expect(panel.isVisible()).toBe(false);
    expect(electron.windows).toHaveLength(1);
  });

  it('closing the panel only hides it until the app quits', async () => {
    const { panel, electron } = await started();
    panel.show();
    expect(panel.close()).toBe(false);
    expect(panel.isVisible()).toBe(false);
    electron.app.quit();
    expect(panel.close()).toBe(true);
  });
});
