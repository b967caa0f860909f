/**
 * The seams between the app's logic (controller, settings, dial pipeline) and the outside world.
 * `src/main/index.ts` wires real Electron objects into these; tests use the in-memory versions in
 * `test/support/node-ports.ts`. Every port is small on purpose: logic receives only what it needs.
 */
import type { Clock } from '../core/clock';
import type { Platform } from '../shared/platform';
import type { Policy } from '../core/policy';
import type { XimaApi } from '../core/xima/types';
import type { AppState, HistoryEntry, HotkeyState, TelHandlerState, UpdateState } from '../shared/app-state';
import type { ActionResult, IntentHandlers, PanelView } from '../shared/ipc-contract';
import type { Settings } from '../shared/settings-schema';

export type { Clock };
export type TokenProtection = AppState['tokenProtection'];

/** Why no token can be stored in this session. */
export type TokenRefusal = Extract<TokenProtection, 'unavailable' | 'keyring-required'>;

/** What storing a token met: kept with this protection, or refused for this reason (nothing written). */
export type TokenSetResult =
  | { stored: true; protection: Exclude<TokenProtection, TokenRefusal> }
  | { stored: false; refusal: TokenRefusal };
export type { Platform };

/** What loading the settings file found. `notice` is a sentence for the panel when the file was replaced. */
export interface SettingsLoad {
  settings: Settings;
  notice: string | null;
}

/** The agent's readable settings (never the token). A corrupted file is backed up and replaced, never thrown. */
export interface SettingsStore {
  load(): SettingsLoad;
  save(settings: Settings): void;
}

/** Recent dials, persisted apart from the settings so a hand-edited history never costs the settings. */
export interface HistoryStore {
  load(): HistoryEntry[];
  save(entries: HistoryEntry[]): void;
}

/**
 * The Xima token, encrypted apart from the settings and bound to the tenant host it was given for. A token
 * not yet bound (provisioned by a script, or stored by an older app) is bound to the first host it is used
 * with; one bound to another host is neither reported nor handed out. `host` is the settings' host (`''`
 * when none is set yet). `get` is only ever called to build the client.
 */
export interface TokenVault {
  has(host: string): boolean;
  get(host: string): string | null;
  /** The host the stored token belongs to; `null` when none is stored or it is not bound yet. */
  boundHost(): string | null;
  /**
   * Stores the token when this session can keep it, else writes nothing and says why (the one answer to "can
   * the token be stored now?"). Throws only when writing fails.
   */
  set(token: string, host: string | null): TokenSetResult;
  remove(): void;
  /**
   * `keyring`: encrypted by the OS; `obfuscated`: Linux `basic_text`; `keyring-required`: `basic_text` and the
   * policy forbids storing the token that way; `unavailable`: cannot store at all.
   */
  protection(): TokenProtection;
}

export interface Notifier {
  /** Shows an OS notification; `onClick` runs when the agent clicks it. */
  show(title: string, body: string, onClick?: () => void): void;
}

export interface Clipboard {
  writeText(text: string): void;
}

export interface Shell {
  /** Electron's `shell.openPath`: resolves to an error string, empty on success. */
  openPath(path: string): Promise<string>;
}

export interface XimaClientConfig {
  /** `https://<host>`, or a loopback `http://` URL for the demo simulator. */
  baseUrl: string;
  extension: string;
  token: string;
}

/** Builds the client; the app passes `createXimaClient` over `net.fetch`, tests over Node's keep-alive fetch. */
export type XimaClientFactory = (config: XimaClientConfig) => XimaApi;

export interface TelHandlerResult {
  ok: boolean;
  /** The handler state after the attempt (with help text when the OS keeps the choice). */
  state: TelHandlerState;
  /** A sentence for the agent: done, or what to do by hand. */
  message: string;
}

export interface TelHandler {
  isDefault(): boolean;
  /** Tries `setAsDefaultProtocolClient` for tel: and callto:; where the OS refuses, opens the right system page. */
  setAsDefault(): Promise<TelHandlerResult>;
}

export interface HotkeyChecker {
  /** `null` when the accelerator is usable, else a sentence ("Ctrl+Alt+D is taken by another app — choose another"). */
  check(accelerator: string): Promise<string | null>;
}

export interface HotkeyApplier {
  /** Unregisters the old accelerator and registers this one; the state says whether it worked and why not. */
  apply(accelerator: string): Promise<HotkeyState>;
  setPaused(paused: boolean): Promise<HotkeyState>;
}

export type Hotkeys = HotkeyChecker & HotkeyApplier;

export interface DemoConnection {
  baseUrl: string;
  token: string;
  extension: string;
}

/** Starts the Xima simulator on loopback inside the app for "Try the demo". */
export interface DemoSimulator {
  start(): Promise<DemoConnection>;
  stop(): Promise<void>;
}

export interface LoginItem {
  set(enabled: boolean): Promise<void>;
}

export interface Updater {
  /** Quits and installs a downloaded update; the controller only calls it when no dial is in flight. */
  restartToUpdate(): void;
}

export interface PanelWindow {
  hide(): void;
}

/**
 * The support log. Implementations redact tokens and phone numbers at the source and write off the
 * hot path; callers pass short event names and small fields, never raw request bodies.
 */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  /** Redact this exact string from every later line (the token, once it is read); kept in memory only. */
  addSecret?(secret: string): void;
}

export type IdGenerator = () => string;

export interface ControllerDeps {
  settingsStore: SettingsStore;
  historyStore: HistoryStore;
  tokenVault: TokenVault;
  notifier: Notifier;
  clipboard: Clipboard;
  shell: Shell;
  /** The folder holding the support log ("Open log folder"). */
  logFolder: string;
  createXima: XimaClientFactory;
  /**
   * Sends requests here instead of `https://<host>`: a loopback simulator, in tests and through the app's
   * `--xima-base-url` switch. The host setting is then not needed, the demo is not offered, and the
   * status line names this address.
   */
  baseUrlOverride?: string | null;
  telHandler: TelHandler;
  hotkeys: Hotkeys;
  /** `null` where the build has no demo simulator. */
  demo: DemoSimulator | null;
  loginItem: LoginItem;
  updater: Updater;
  panel: PanelWindow;
  logger: Logger;
  clock: Clock;
  newId: IdGenerator;
  /** The administrator's policy; use `effectiveSettings` from core/policy. */
  policy: Policy;
  /** The panel's sentence when a policy file was found but not applied (see loadMachinePolicy). */
  policyNotice?: string | null;
  platform: Platform;
}

/**
 * The single owner of `AppState`. The shell calls these from Electron events; the IPC gateway calls
 * `handlers` (payloads already validated). Holds no repeating timers and never polls.
 */
export interface AppController {
  /** One per intent; payload already validated by the gateway. */
  readonly handlers: IntentHandlers;
  getState(): AppState;
  /** Called with every new snapshot; returns an unsubscribe that really unsubscribes. */
  subscribe(listener: (state: AppState) => void): () => void;
  /** Fetches caller IDs and warms the connection once the app is ready. Call once after `ready`. */
  start(): Promise<void>;
  /**
   * A press, a tray dial or a link just arrived: open (or confirm) the connection to the tenant while
   * the selection is captured or the link read. Sends no request, never waits, never throws.
   */
  warmOnIntent(): void;
  /** The hotkey fired with this selected text: one number dials at once, several open the chooser. */
  dialFromHotkey(text: string): Promise<ActionResult>;
  /** Tray "Dial selection" / "Dial clipboard": same as the hotkey, recorded as source `tray`. */
  dialFromTray(text: string): Promise<ActionResult>;
  /** A `tel:`/`callto:` URI from the OS: confirmation in the panel (setting), kept until setup completes. */
  openLink(uri: string): Promise<ActionResult>;
  /** The panel became visible: refresh caller IDs and warm the connection. */
  panelShown(): void;
  networkChanged(online: boolean): void;
  /** Resume from sleep, unlock, or the agent active again: warm the connection again. */
  resumed(): void;
  setHotkeyState(state: HotkeyState): void;
  setTelHandlerState(state: TelHandlerState): void;
  setUpdateState(state: UpdateState): void;
  /** Asks the shell to show the panel at a view (a chooser opened, a notification was clicked). */
  onNavigate(listener: (view: PanelView, how: NavigateOptions) => void): () => void;
  /** Stops the demo simulator and drops listeners. */
  dispose(): Promise<void>;
}

export interface NavigateOptions {
  /** False for a link's confirmation: shown without taking the keyboard focus where the OS allows. */
  focus: boolean;
}

export type CreateAppController = (deps: ControllerDeps) => AppController;
