import type { Platform } from '../ports';

/** Everything about the process the shell reads at start, gathered once in index.ts (tests pass their own). */
export interface StartEnv {
  platform: Platform;
  argv: readonly string[];
  execPath: string;
  /** `process.defaultApp`: started as `electron .` in development. */
  defaultApp: boolean;
  env: NodeJS.ProcessEnv;
  home: string;
  paths: {
    preload: string;
    rendererFile: string;
    trayIcons: string;
    appIcon: string;
  };
  now: () => number;
}

export const APP_NAME = 'Xima Tray Dialer';
/** Must match the installed .desktop file: the Wayland portal and xdg-mime identify the app by it. */
export const DESKTOP_NAME = 'xima-tray-dialer.desktop';
export const APP_USER_MODEL_ID = 'cloud.xima.traydialer';
