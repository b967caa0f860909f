// What the Linux side asks the probe running under Wine, one JSON line each way: scripts/test-windows.ts for
// the selection capture, scripts/test-installer.ts for `sddl` (the policy folder's ACL).
import type { KeyEvent } from '../../../src/main/selection/key-sequence';
import type { Modifier } from '../../../src/shared/accelerator';
import type { Capture } from '../../../src/main/selection/types';
import type { InputLayout } from '../../../src/main/selection/native/win32';
import type { IntegrityLevels } from '../../../src/main/selection/native/win32-integrity';
import type { KeyInput } from '../../../src/main/selection/native/win32-keys';

export type ProbeRequest =
  | { op: 'layout' }
  | { op: 'setClipboard'; text: string; html: string }
  | { op: 'getClipboard' }
  | { op: 'capture'; held: Modifier[] }
  | { op: 'send'; events: KeyEvent[] }
  | { op: 'hold'; keys: Modifier[] }
  | { op: 'state' }
  | { op: 'sddl'; path: string };

export interface ClipboardContent {
  text: string;
  /** The CF_HTML fragment between its markers, '' when there is none. */
  html: string;
  formats: string[];
  sequence: number | null;
}

export interface InputState {
  /** Modifiers Windows still thinks are down (GetAsyncKeyState), by name. */
  down: string[];
  /** The foreground thread is in menu mode (GetGUIThreadInfo flags), with the flags as read. */
  menuOpen: boolean;
  menuFlags: number;
  foreground: string;
  integrity: IntegrityLevels;
}

export interface CaptureReport {
  capture: Capture;
  ms: number;
  /** What SendInput was asked and answered for the capture's one batch. */
  sent: number;
  accepted: number;
}

export interface ProbeReplies {
  layout: { layout: InputLayout; pointerSize: number };
  setClipboard: ClipboardContent;
  getClipboard: ClipboardContent;
  capture: CaptureReport;
  send: { sent: number; accepted: number; plan: KeyInput[] };
  hold: { sent: number; accepted: number };
  state: InputState;
  /** The folder's owner, group and DACL as SDDL, or null when Windows could not read them. */
  sddl: string | null;
}

export type ProbeReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
