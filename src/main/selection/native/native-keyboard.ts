import type { KeyEvent } from '../key-sequence';

/** What the copy simulation needs from the OS; implemented per platform with koffi. */
export interface NativeKeyboard {
  /** Sends the events in order; false when the OS refused (e.g. UIPI blocks input to an elevated window). */
  sendKeys(events: KeyEvent[]): boolean;
  /** The clipboard change counter, or null when the OS gave none. */
  changeCount(): number | null;
  /**
   * Windows: the app in front runs at a higher integrity level (as administrator), so Windows drops our
   * keystrokes without telling SendInput (UIPI).
   */
  frontWindowElevated?(): boolean;
}

/** macOS only: the accessibility API. */
export interface MacAccessibility {
  /** AXIsProcessTrusted: without it macOS silently drops synthetic keystrokes and AX reads. */
  isTrusted(): boolean;
  /** The focused element's AXSelectedText, or null where the app does not expose it. */
  selectedText(): string | null;
}
