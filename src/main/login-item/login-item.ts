import type { Platform } from '../../shared/platform';
import { join, resolve } from 'node:path';
import type { LoginItem } from '../ports';
import { autostartDir, autostartEntry, DESKTOP_FILE_NAME, type AutostartFs } from './linux-autostart';

export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; path?: string; args?: string[] }): void;
}

export interface LoginItemEnvironment {
  platform: Platform;
  home: string;
  env: { XDG_CONFIG_HOME?: string | undefined; APPIMAGE?: string | undefined };
  execPath: string;
  /** `process.defaultApp`: running as `electron .` in development. */
  defaultApp: boolean;
  /** The app folder in development (`appFolderArg`: the first argument that is not a switch or a link). */
  appArg: string | undefined;
}

/** The command that starts this app: the AppImage itself when packaged as one (execPath is inside its mount). */
export function launchCommand(env: LoginItemEnvironment): string[] {
  if (env.platform === 'linux' && env.env.APPIMAGE) return [env.env.APPIMAGE];
  return env.defaultApp && env.appArg ? [env.execPath, resolve(env.appArg)] : [env.execPath];
}

/** Launch at login: the OS login items on macOS and Windows, an XDG autostart file on Linux. */
export function createLoginItem(app: LoginItemApp, env: LoginItemEnvironment, fs: AutostartFs): LoginItem {
  if (env.platform !== 'linux') {
    return {
      async set(enabled) {
        if (env.platform === 'darwin') {
          app.setLoginItemSettings({ openAtLogin: enabled });
          return;
        }
        const [path, ...args] = launchCommand(env);
        app.setLoginItemSettings({ openAtLogin: enabled, path, args });
      },
    };
  }
  const dir = autostartDir(env.env, env.home);
  const file = join(dir, DESKTOP_FILE_NAME);
  return {
    async set(enabled) {
      if (!enabled) {
        await fs.rm(file, { force: true });
        return;
      }
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(file, autostartEntry(launchCommand(env)));
    },
  };
}
