import { resolve } from 'node:path';
import { isDialLink } from './find-link';

export const DIAL_SCHEMES = ['tel', 'callto'] as const;

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
  return argv.slice(1).find((arg) => !arg.startsWith('-') && !isDialLink(arg));
}

/**
 * Arguments for (is|setAs)DefaultProtocolClient. In development the executable is Electron itself, so the
 * OS must also be told which app folder to open, or a clicked link starts a bare Electron
 * (https://www.electronjs.org/docs/latest/tutorial/launch-app-from-url-in-another-app).
 */
export function protocolClientArgs(proc: ProcessInfo): [] | [string, string[]] {
  const appFolder = appFolderArg(proc.argv);
  if (proc.defaultApp && appFolder) return [proc.execPath, [resolve(appFolder)]];
  return [];
}

/** Asks the OS to send tel: and callto: links here; returns the schemes it accepted. */
export function registerDialSchemes(app: ProtocolApp, proc: ProcessInfo): string[] {
  const args = protocolClientArgs(proc);
  return DIAL_SCHEMES.filter((scheme) => {
    try {
      return args.length
        ? app.setAsDefaultProtocolClient(scheme, ...args)
        : app.setAsDefaultProtocolClient(scheme);
    } catch {
      return false;
    }
  });
}

export function isDefaultForTel(app: ProtocolApp, proc: ProcessInfo): boolean {
  try {
    const args = protocolClientArgs(proc);
    return args.length ? app.isDefaultProtocolClient('tel', ...args) : app.isDefaultProtocolClient('tel');
  } catch {
    return false;
  }
}
