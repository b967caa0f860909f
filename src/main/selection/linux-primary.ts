import type { Capture, ClipboardLike, SelectionReader } from './types';

/**
 * X11: whatever is highlighted is already in the PRIMARY selection, so reading it needs no keystroke and
 * leaves the agent's clipboard untouched.
 */
export class X11PrimaryReader implements SelectionReader {
  constructor(private readonly clipboard: ClipboardLike) {}

  async read(): Promise<Capture> {
    const primary = this.clipboard.selection;
    if (!primary) return { ok: false, reason: NO_PRIMARY };
    try {
      return { ok: true, text: await primary.readText() };
    } catch {
      return { ok: false, reason: NO_PRIMARY };
    }
  }
}

const NO_PRIMARY =
  'The highlighted text could not be read from your desktop — copy the number and use "Dial clipboard" in the tray menu.';

/**
 * Wayland: the primary selection exists only where the compositor implements the primary-selection
 * protocol (GNOME, KDE and wlroots do; some kiosks do not), and an app cannot send a copy keystroke to
 * another app. When nothing arrives we say so instead of falling back to the clipboard on our own: an old
 * number left on the clipboard must never be dialed by surprise.
 */
export class WaylandPrimaryReader implements SelectionReader {
  constructor(private readonly clipboard: ClipboardLike) {}

  async read(): Promise<Capture> {
    const primary = this.clipboard.selection;
    let text: string;
    try {
      text = primary ? await primary.readText() : '';
    } catch {
      text = '';
    }
    if (text.trim()) return { ok: true, text };
    return { ok: false, reason: WAYLAND_EMPTY };
  }
}

export const WAYLAND_EMPTY =
  'No highlighted text reached the app — on Wayland some desktops do not share it. Highlight the number again, ' +
  'or copy it and use "Dial clipboard" in the tray menu.';
