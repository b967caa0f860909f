import type { UnderstoodNumber } from './phone-types';
import type { Platform } from './platform';
import type { CallerId, SettingKey, Settings } from './settings-schema';

/** A caller ID as the panel shows it: `display` is the number formatted for humans by main. */
export interface CallerIdView extends CallerId {
  display: string;
}

/** Where a dial came from; shown in recent dials. */
export type DialSource = 'hotkey' | 'link' | 'panel' | 'tray';

/**
 * Connection state as the agent sees it. `ready` and `demo` can dial; the others name what is wrong.
 * `forbidden`: the token is valid but the service user lacks access (403).
 */
export type ConnectionStatus =
  'ready' | 'demo' | 'not-configured' | 'token-rejected' | 'forbidden' | 'offline';

export interface HistoryEntry {
  id: string;
  number: UnderstoodNumber;
  /** Epoch milliseconds when the dial was sent. */
  at: number;
  source: DialSource;
  /** The caller ID the call went out with, when known (`null`: the agent's selected one was unknown). */
  callerId: CallerId | null;
  outcome: 'placed' | 'failed';
  /** Human sentence for a failure. */
  message: string | null;
}

/** Numbers waiting for the agent: several in a selection, or a link that needs confirmation. */
export interface Chooser {
  id: string;
  reason: 'several' | 'link';
  source: DialSource;
  numbers: UnderstoodNumber[];
  /**
   * Epoch ms from which a choice is taken (`LINK_ARMING_MS` after a link's confirmation appeared);
   * `null` when the agent opened it themselves (hotkey, tray) and it is armed at once.
   */
  armedAt: number | null;
}

export interface Notice {
  id: string;
  kind: 'info' | 'success' | 'error';
  text: string;
}

export interface HotkeyState {
  accelerator: string;
  registered: boolean;
  paused: boolean;
  /**
   * Why registration failed ("Ctrl+Alt+D is taken by another app — choose another"), or why a registered
   * hotkey is not yet proven (macOS, Wayland: the system may accept it and still deliver it elsewhere).
   */
  message: string | null;
}

export interface TelHandlerState {
  /** The app is the system's handler for tel: links. */
  isDefault: boolean;
  /** The OS lets the app make itself the default (false on Windows 10+ and for macOS tel:). */
  canSetDefault: boolean;
  /** What the agent has to do by hand, when the OS keeps the choice (on Windows even when `isDefault`). */
  help: string | null;
}

export interface UpdateState {
  /** A downloaded update waits for a restart. */
  ready: boolean;
  version: string | null;
  /** Why an administrator's update URL is not used: this build is not signed. Absent otherwise. */
  offReason?: string;
}

/** Everything the panel shows; main owns it and pushes a fresh snapshot after every change. */
export interface AppState {
  settings: Settings;
  /** Settings fixed by the administrator's policy file: shown read-only. */
  locked: SettingKey[];
  /** Why the administrator's policy file was not applied (others could have written it); `null` otherwise. */
  policyNotice: string | null;
  tokenStored: boolean;
  /**
   * `keyring`: encrypted by the OS; `obfuscated`: Linux without a keyring (basic_text); `keyring-required`: the same,
   * and the administrator's policy forbids storing the token that way.
   */
  tokenProtection: 'keyring' | 'obfuscated' | 'keyring-required' | 'unavailable';
  status: ConnectionStatus;
  /** A sentence explaining a bad status and how to fix it. */
  statusMessage: string | null;
  callerIds: CallerIdView[];
  /** Xima listed more caller IDs than the app keeps; `callerIds` holds the first ones. */
  callerIdsTruncated: boolean;
  selectedCallerId: CallerIdView | null;
  /** True while the caller-ID list is being fetched. */
  callerIdsLoading: boolean;
  /** The caller ID being set in Xima right now. */
  callerIdPending: CallerId | null;
  /** The number being dialed right now. */
  dialing: UnderstoodNumber | null;
  chooser: Chooser | null;
  history: HistoryEntry[];
  hotkey: HotkeyState;
  notice: Notice | null;
  /**
   * Hotkey presses ignored in the current burst (repeats of a number just dialed, or presses while one is in
   * flight): the panel and the tray tooltip count them; only the first raises an OS notification.
   */
  ignoredPresses: { count: number; message: string } | null;
  /** `extension`: the simulated agent the demo dials from, while it runs. */
  demo: { active: boolean; allowed: boolean; extension: string | null };
  telHandler: TelHandlerState;
  update: UpdateState;
  /**
   * Host and port of the Xima on this computer that requests go to instead of the tenant, started with
   * `--xima-base-url` (a testing switch, never stored); null normally.
   */
  testTarget: string | null;
  platform: Platform;
}
