import type { SenderFrameLike } from '../ipc/gateway';
import { PANEL_URL } from './panel-scheme';
import { knownTrayBounds, panelPosition, type DisplayArea, type Rect } from './position';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  panelWindowOptions,
  PANEL_SIZE,
  type PanelWindowOptions,
} from './secure-options';

type Headers = Record<string, string[]>;

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  readonly webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Headers },
        callback: (response: { responseHeaders?: Headers }) => void,
      ) => void,
    ): void;
  };
}

export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  readonly mainFrame: SenderFrameLike;
  readonly session: SessionLike;
}

export interface BrowserWindowLike {
  show(): void;
  /** Shows without activating: the app the agent types in keeps the keyboard. */
  showInactive(): void;
  hide(): void;
  focus(): void;
  isVisible(): boolean;
  isDestroyed(): boolean;
  destroy(): void;
  setPosition(x: number, y: number): void;
  loadURL(url: string): Promise<void>;
  on(event: 'blur' | 'closed', listener: () => void): unknown;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  readonly webContents: WebContentsLike;
}

export interface ScreenLike {
  getDisplayNearestPoint(point: { x: number; y: number }): DisplayArea;
  getCursorScreenPoint(): { x: number; y: number };
}

export interface PanelWindowDeps {
  createWindow: (options: PanelWindowOptions) => BrowserWindowLike;
  screen: ScreenLike;
  /** The tray icon's bounds, when the platform reports them. */
  trayBounds: () => Rect | null;
  preloadPath: string;
  /** The dev server URL in development, else null (only the built file is ever loaded). */
  devUrl: string | null;
  /** DevTools only in an unpackaged build. */
  devTools: boolean;
  now: () => number;
  onShown: () => void;
  /** True once the app is quitting: then `close` really closes. */
  quitting: () => boolean;
}

/** A tray click within this long after blur-hide is the same click that hid it (toggle, not reopen). */
const BLUR_TOGGLE_MS = 300;

export interface PanelWindowController {
  readonly window: BrowserWindowLike;
  /** `focus: false` (a link's confirmation) leaves the keyboard where it is; the agent clicks to answer. */
  show(how?: { focus: boolean }): void;
  hide(): void;
  /** Tray left-click: open, or close when it is open (or was just closed by this same click). */
  toggle(): void;
  isVisible(): boolean;
}

/**
 * The panel: created hidden once at start, shown next to the tray, hidden on blur. Navigation, new
 * windows, webviews and every permission are refused; only the built page (app://panel, or the dev server) loads.
 */
export function createPanelWindow(deps: PanelWindowDeps): PanelWindowController {
  const window = deps.createWindow(panelWindowOptions(deps.preloadPath, deps.devTools));
  const contents = window.webContents;
  let hiddenAt = -Infinity;

  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
  const policy = deps.devUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  contents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });

  window.on('blur', () => {
    if (!window.isVisible()) return;
    hiddenAt = deps.now();
    window.hide();
  });
  window.on('close', (event) => {
    // The panel lives for the whole session; closing it (Alt+F4) only hides it.
    if (deps.quitting()) return;
    event.preventDefault();
    window.hide();
  });

  void window.loadURL(deps.devUrl ?? PANEL_URL).catch(() => undefined);

  const place = (): void => {
    const tray = deps.trayBounds();
    const point = knownTrayBounds(tray) ? { x: tray.x, y: tray.y } : deps.screen.getCursorScreenPoint();
    const { x, y } = panelPosition(deps.screen.getDisplayNearestPoint(point), PANEL_SIZE, tray);
    window.setPosition(x, y);
  };

  const show = ({ focus } = { focus: true }): void => {
    if (window.isDestroyed()) return;
    const opening = !window.isVisible();
    if (opening) place();
    if (focus) {
      window.show();
      window.focus();
    } else if (opening) {
      window.showInactive();
    }
    // Refresh and re-warm once per opening, not on every navigation while it is open.
    if (opening) deps.onShown();
  };
  const hide = (): void => {
    if (!window.isDestroyed() && window.isVisible()) window.hide();
  };

  return {
    window,
    show,
    hide,
    isVisible: () => !window.isDestroyed() && window.isVisible(),
    toggle() {
      if (window.isDestroyed()) return;
      if (window.isVisible()) hide();
      else if (deps.now() - hiddenAt > BLUR_TOGGLE_MS) show();
    },
  };
}
