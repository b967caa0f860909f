import type { ActionResult } from '../../shared/ipc-contract';
import { acceleratorForHumans, type Modifier, type Platform } from '../../shared/accelerator';
import type { AppController, Notifier } from '../ports';
import type { SelectionCapture } from '../selection/create-selection-reader';
import type { HotkeyPress } from './hotkey-service';

export interface DialActionDeps {
  capture: SelectionCapture;
  clipboard: { readText(): Promise<string> };
  controller: Pick<AppController, 'warmOnIntent' | 'dialFromHotkey' | 'dialFromTray'>;
  notifier: Notifier;
  /** The accelerator registered and not paused, else '' (named in the tray's advice on Windows). */
  accelerator: () => string;
  platform: Platform;
}

export interface DialActions {
  /** The global hotkey: capture the highlighted text and dial it at once (the agent asked). */
  hotkey(press: HotkeyPress): Promise<ActionResult | null>;
  /** Tray "Dial selection". */
  selection(): Promise<ActionResult | null>;
  /** Tray "Dial clipboard". */
  clipboard(): Promise<ActionResult | null>;
}

const CAPTURE_TITLE = 'Could not read the highlighted number';

/**
 * Windows hands the foreground to the taskbar when the tray icon is clicked, so by the time "Dial
 * selection" runs, a simulated Ctrl+C would go to the taskbar, not to the app holding the highlight.
 * Falling back to the clipboard on our own could dial a stale number, so the agent is told what works.
 * (macOS menu-bar menus leave the app in front frontmost, and Linux reads PRIMARY: both work from the menu.)
 */
export function trayCannotSeeSelection(accelerator: string, platform: Platform): string {
  const hotkey = accelerator
    ? `press ${acceleratorForHumans(accelerator, platform)} where the number is highlighted, or `
    : '';
  return (
    'Windows moves the focus to the tray menu, so the highlighted number cannot be read from there — ' +
    `${hotkey}copy the number and choose "Dial clipboard".`
  );
}

/**
 * Selection capture → controller. The connection is warmed first, so its handshake (two round trips
 * when the idle connection was closed) runs during the capture instead of after it. Nothing here
 * touches the disk or the log before the request is sent.
 * One capture at a time: a second press during a simulated copy would save the half-copied clipboard
 * as the agent's and "restore" the wrong content, so it is dropped (the controller's de-duplication
 * handles presses after the capture).
 */
export function createDialActions(deps: DialActionDeps): DialActions {
  let capturing = false;

  const captureAndDial = async (
    held: readonly Modifier[],
    dial: (text: string) => Promise<ActionResult>,
  ): Promise<ActionResult | null> => {
    if (capturing) return null;
    deps.controller.warmOnIntent();
    capturing = true;
    let captured;
    try {
      captured = await deps.capture.read(held);
    } finally {
      capturing = false;
    }
    if (!captured.ok) {
      deps.notifier.show(CAPTURE_TITLE, captured.reason);
      return { ok: false, message: captured.reason };
    }
    return dial(captured.text);
  };

  return {
    hotkey: (press) => captureAndDial(press.held, (text) => deps.controller.dialFromHotkey(text)),
    async selection() {
      if (deps.platform === 'win32') {
        const reason = trayCannotSeeSelection(deps.accelerator(), deps.platform);
        deps.notifier.show(CAPTURE_TITLE, reason);
        return { ok: false, message: reason };
      }
      return captureAndDial([], (text) => deps.controller.dialFromTray(text));
    },
    async clipboard() {
      let text: string;
      deps.controller.warmOnIntent();
      try {
        text = await deps.clipboard.readText();
      } catch {
        const reason = 'The clipboard could not be read — copy the number again and retry.';
        deps.notifier.show(CAPTURE_TITLE, reason);
        return { ok: false, message: reason };
      }
      return deps.controller.dialFromTray(text);
    },
  };
}
