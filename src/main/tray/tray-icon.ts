import { join } from 'node:path';
import type { AppState } from '../../shared/app-state';

export type TrayIconState = 'ready' | 'not-configured' | 'token-rejected' | 'offline' | 'dialing';

export function trayIconState(state: Pick<AppState, 'status' | 'dialing'>): TrayIconState {
  if (state.dialing) return 'dialing';
  switch (state.status) {
    case 'ready':
    case 'demo':
      return 'ready';
    case 'token-rejected':
    case 'forbidden':
      return 'token-rejected';
    case 'offline':
      return 'offline';
    case 'not-configured':
      return 'not-configured';
  }
}

/**
 * The icon file for a state. macOS gets a `…Template.png` (Electron marks it a template image and macOS
 * recolours it for the menu bar); elsewhere a light glyph on dark taskbars and a dark one on light ones.
 * The `@2x` files next to them are picked up automatically on high-DPI screens.
 */
export function trayIconPath(
  dir: string,
  icon: TrayIconState,
  platform: AppState['platform'],
  darkTheme: boolean,
): string {
  if (platform === 'darwin') return join(dir, `${icon}Template.png`);
  return join(dir, `${icon}-${darkTheme ? 'light' : 'dark'}.png`);
}
