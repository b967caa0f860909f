import { ACCESSIBILITY_SETTINGS_URL, CopyingReader } from './copying-reader';
import type { Modifier, Platform } from '../../shared/accelerator';
import { WaylandPrimaryReader, X11PrimaryReader } from './linux-primary';
import { loadMacNative } from './native/darwin';
import type { NativeLoad } from './native/load-koffi';
import { loadWin32Native } from './native/win32';
import type { Capture, ClipboardLike, Clock } from './types';
import type { NativeHelpers } from './copying-reader';

/** Reads the highlighted text; `held` are the modifiers of the hotkey that triggered it (none from a menu). */
export interface SelectionCapture {
  read(held: readonly Modifier[]): Promise<Capture>;
}

export interface SelectionEnvironment {
  platform: Platform;
  wayland: boolean;
}

export interface SelectionDeps {
  clipboard: ClipboardLike;
  clock: Clock;
  openExternal: (url: string) => void;
  /** Overridable so tests never load native code. */
  loadNative?: () => Promise<NativeLoad<NativeHelpers>>;
}

/** True when the Linux session runs on Wayland (Electron 38+ then uses its Wayland backend). */
export function isWayland(env: NodeJS.ProcessEnv): boolean {
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
}

export function createSelectionCapture(env: SelectionEnvironment, deps: SelectionDeps): SelectionCapture {
  if (env.platform === 'linux') {
    const reader = env.wayland
      ? new WaylandPrimaryReader(deps.clipboard)
      : new X11PrimaryReader(deps.clipboard);
    return { read: () => reader.read() };
  }
  const loadNative = deps.loadNative ?? (env.platform === 'darwin' ? loadMacNative : loadWin32Native);
  return new CopyingReader({
    platform: env.platform,
    clipboard: deps.clipboard,
    clock: deps.clock,
    loadNative,
    openAccessibilitySettings: () => deps.openExternal(ACCESSIBILITY_SETTINGS_URL),
  });
}
