import { resolve } from 'node:path';
import { DIAL_SCHEMES, END_OF_SWITCHES, readCommandLine } from './find-link';

export interface ProtocolApp {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
  isDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

export interface ProcessInfo {
  /** `process.defaultApp`: true when started as `electron .` (development). */
  defaultApp: boolean;
  execPath: string;
  argv: readonly string[];
}

/**
 * In development (`electron . …`) the app folder: the first argument after the executable that is neither
 * a Chromium/Node flag (a dev runner may put `--inspect` or `--no-sandbox` before it) nor a dial link.
 */
export function appFolderArg(argv: readonly string[]): string | undefined {
  return readCommandLine(argv)
    .own.slice(1)
    .find((arg) => !arg.startsWith('-'));
}

/**
 * Arguments for (is|setAs)DefaultProtocolClient (Windows reads them; macOS and Linux ignore them). The
 * command ends in `--` so Windows runs `"app" -- "%1"`: a link that starts like a switch stays a link. In
 * development the executable is Electron itself, so the OS must also be told which app folder to open, or a
 * clicked link starts a bare Electron (https://www.electronjs.org/docs/latest/tutorial/launch-app-from-url-in-another-app).
 */
export function protocolClientArgs(proc: ProcessInfo): [string, string[]] {
  const appFolder = appFolderArg(proc.argv);
  const folder = proc.defaultApp && appFolder ? [resolve(appFolder)] : [];
  return [proc.execPath, [...folder, END_OF_SWITCHES]];
}

/**
 * Asks the OS to send tel: and callto: links here; returns the schemes it accepted. Only when the agent asks
 * ("Make default"): the installers register the schemes, and on Linux each call runs `xdg-settings`.
 */
export function registerDialSchemes(app: ProtocolApp, proc: ProcessInfo): string[] {
  const args = protocolClientArgs(proc);
  return DIAL_SCHEMES.filter((scheme) => {
    try {
      return app.setAsDefaultProtocolClient(scheme, ...args);
    } catch {
      return false;
    }
  });
}

export function isDefaultForTel(app: ProtocolApp, proc: ProcessInfo): boolean {
  try {
    return app.isDefaultProtocolClient('tel', ...protocolClientArgs(proc));
  } catch {
    return false;
  }
}
