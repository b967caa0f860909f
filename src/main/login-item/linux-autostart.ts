import { join } from 'node:path';

/** The file system calls autostart needs (node:fs/promises in the app, an in-memory map in tests). */
export interface AutostartFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export const DESKTOP_FILE_NAME = 'xima-tray-dialer.desktop';

/** `~/.config/autostart`, honouring XDG_CONFIG_HOME as the XDG Autostart spec requires. */
export function autostartDir(env: { XDG_CONFIG_HOME?: string | undefined }, home: string): string {
  const config =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(config, 'autostart');
}

/**
 * Quotes one Exec argument per the Desktop Entry spec ("Exec key"): reserved characters are escaped, and `%`
 * is doubled, or a folder named like `50%u` would become a field code the launcher fills in. The key is one
 * line: a path with a line break would add entries of its own, so it is refused.
 */
export function quoteExecArg(arg: string): string {
  if (/[\r\n]/.test(arg)) {
    throw new Error('The app’s path has a line break in it, so it cannot be started at login.');
  }
  if (/^[A-Za-z0-9_\-./=:]+$/.test(arg)) return arg;
  return `"${arg.replace(/(["`$\\])/g, '\\$1').replace(/%/g, '%%')}"`;
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Xima Tray Dialer',
    'Comment=Dial highlighted phone numbers through Xima',
    `Exec=${command.map(quoteExecArg).join(' ')}`,
    'Icon=xima-tray-dialer',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
