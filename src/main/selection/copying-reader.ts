import { captureByCopy } from './copy-capture';
import type { Modifier, Platform } from '../../shared/accelerator';
import { copyChord, modifierReleaseSequence } from './key-sequence';
import type { NativeLoad } from './native/load-koffi';
import type { MacAccessibility, NativeKeyboard } from './native/native-keyboard';
import type { Capture, ClipboardLike, Clock } from './types';

export interface NativeHelpers {
  keyboard: NativeKeyboard;
  /** Present on macOS only. Windows' UI Automation TextPattern is COM-only and not reachable through FFI. */
  accessibility?: MacAccessibility;
  /** Windows: the clipboard through user32, which saves and restores every format (native/win32-clipboard.ts). */
  clipboard?: ClipboardLike;
}

export interface CopyingReaderDeps {
  platform: Extract<Platform, 'win32' | 'darwin'>;
  clipboard: ClipboardLike;
  loadNative: () => Promise<NativeLoad<NativeHelpers>>;
  clock: Clock;
  /** Opens System Settings → Privacy & Security → Accessibility (macOS). */
  openAccessibilitySettings?: () => void;
}

export const FRONT_APP_ELEVATED =
  'The app in front is running as administrator, and Windows does not let Xima Tray Dialer send it the copy ' +
  'keystroke — copy the number yourself and use "Dial clipboard" in the tray menu.';

export const ACCESSIBILITY_SETTINGS_URL =
  'x-apple.systempreferences:com.apple.preference.security?Privacy_Accessibility';

export const ACCESSIBILITY_NEEDED =
  'Xima Tray Dialer needs Accessibility permission to read the highlighted number — turn it on in System Settings → ' +
  'Privacy & Security → Accessibility (now open), then press the hotkey again.';

/**
 * Windows and macOS: ask the accessibility API for the selected text where there is one, else simulate
 * a copy with the agent's clipboard saved and restored.
 */
export class CopyingReader {
  private sentToSettings = false;

  constructor(private readonly deps: CopyingReaderDeps) {}

  async read(held: readonly Modifier[]): Promise<Capture> {
    const native = await this.deps.loadNative();
    if (!native.ok) return { ok: false, reason: native.reason };
    const { keyboard, accessibility } = native.value;
    if (safe(() => keyboard.frontWindowElevated?.() ?? false, false)) {
      return { ok: false, reason: FRONT_APP_ELEVATED };
    }

    if (accessibility) {
      // Without the permission macOS drops synthetic keystrokes silently: say so instead of timing out.
      if (!safe(() => accessibility.isTrusted(), false)) {
        if (!this.sentToSettings) {
          this.sentToSettings = true;
          this.deps.openAccessibilitySettings?.();
        }
        return { ok: false, reason: ACCESSIBILITY_NEEDED };
      }
      const selected = safe(() => accessibility.selectedText(), null);
      if (selected && selected.trim()) return { ok: true, text: selected };
    }

    return captureByCopy({
      clipboard: native.value.clipboard ?? this.deps.clipboard,
      sendKeys: (events) => safe(() => keyboard.sendKeys(events), false),
      changeCount: () => safe(() => keyboard.changeCount(), null),
      clock: this.deps.clock,
      release: modifierReleaseSequence(held, this.deps.platform),
      copy: copyChord(this.deps.platform),
    });
  }
}

/** A native call that throws must not take the hotkey down with it. */
function safe<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}
