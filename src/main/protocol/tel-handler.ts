import type { Platform } from '../../shared/platform';
import type { TelHandlerState } from '../../shared/app-state';
import type { TelHandler, TelHandlerResult } from '../ports';
import { isDefaultForTel, registerDialSchemes, type ProcessInfo, type ProtocolApp } from './register';

export interface TelHandlerEnvironment {
  platform: Platform;
  proc: ProcessInfo;
  openExternal: (url: string) => Promise<void>;
}

const WINDOWS_HELP =
  'Windows lets only you choose the app for tel: links: in Settings → Apps → Default apps, search "TEL" and pick Xima Tray Dialer.';
// Electron's check on Windows reads the per-user class key the app writes itself, not the UserChoice that
// Windows actually follows (Teams or Skype may hold it), so a "yes" there proves nothing.
const WINDOWS_UNSURE =
  'Windows may still send tel: links to another app such as Teams: to be sure, open Settings → Apps → Default apps, search "TEL" and pick Xima Tray Dialer.';
const MAC_HELP =
  'macOS keeps the choice for tel: links in FaceTime: open FaceTime → Settings → General → "Default for calls" and pick Xima Tray Dialer.';

/** Where the OS keeps the choice away from apps, the page to open. */
function systemPage(platform: TelHandlerEnvironment['platform']): string | null {
  if (platform === 'win32') return 'ms-settings:defaultapps';
  if (platform === 'darwin') return 'facetime://';
  return null;
}

/**
 * Becoming the tel: handler. Linux: `setAsDefaultProtocolClient` runs
 * `xdg-mime default xima-tray-dialer.desktop x-scheme-handler/tel` (the desktopName). Windows 10+ protects
 * the user's choice with a hash only the Settings app can write, and macOS keeps tel: in FaceTime's
 * settings, so there the agent is told what to do and the right page opens.
 */
export function createTelHandler(
  app: ProtocolApp,
  env: TelHandlerEnvironment,
): TelHandler & {
  state(): TelHandlerState;
} {
  const canSetDefault = env.platform === 'linux';
  const help = env.platform === 'win32' ? WINDOWS_HELP : env.platform === 'darwin' ? MAC_HELP : null;
  const state = (): TelHandlerState => {
    const isDefault = isDefaultForTel(app, env.proc);
    if (env.platform === 'win32')
      return { isDefault, canSetDefault, help: isDefault ? WINDOWS_UNSURE : help };
    return { isDefault, canSetDefault, help: isDefault ? null : help };
  };

  return {
    state,
    isDefault: () => isDefaultForTel(app, env.proc),
    async setAsDefault(): Promise<TelHandlerResult> {
      // Writing the class key again on Windows would only make Electron's check say yes while the
      // agent's UserChoice still wins: there the Default apps page is the one honest answer.
      if (env.platform !== 'win32') registerDialSchemes(app, env.proc);
      const after = state();
      if (after.isDefault && env.platform !== 'win32') {
        return { ok: true, state: after, message: 'Xima Tray Dialer now opens tel: and callto: links.' };
      }
      const page = systemPage(env.platform);
      if (page) {
        try {
          await env.openExternal(page);
        } catch {
          // The sentence below still tells the agent where to go.
        }
        return { ok: false, state: after, message: help ?? '' };
      }
      return {
        ok: false,
        state: after,
        message:
          'Your desktop did not accept Xima Tray Dialer as the app for tel: links — choose it in your system settings under Default applications.',
      };
    },
  };
}
