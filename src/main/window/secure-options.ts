/** The panel's window options. Security settings are the same in tests as in production. */
export const PANEL_SIZE = { width: 380, height: 560 } as const;

export interface PanelWebPreferences {
  preload: string;
  sandbox: true;
  contextIsolation: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: false;
  devTools: boolean;
}

export interface PanelWindowOptions {
  width: number;
  height: number;
  show: false;
  frame: false;
  resizable: false;
  movable: false;
  minimizable: false;
  maximizable: false;
  fullscreenable: false;
  skipTaskbar: true;
  alwaysOnTop: true;
  title: string;
  webPreferences: PanelWebPreferences;
}

export function panelWindowOptions(preload: string, devTools: boolean): PanelWindowOptions {
  return {
    ...PANEL_SIZE,
    // Created hidden at start so the first open is instant.
    show: false,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    title: 'Xima Tray Dialer',
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools,
    },
  };
}

/** Same policy as the meta tag in src/renderer/index.html; sent as a header too (dev server responses). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** In development Vite's dev server needs its websocket and inline HMR preamble. */
export const DEV_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self' ws:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
