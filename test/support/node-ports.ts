/**
 * In-memory and Node implementations of every port in src/main/ports.ts, plus `createNodeController`:
 * a REAL controller with the REAL Xima client over Node's keep-alive transport, for unit tests of the
 * main-process logic and for the panel's end-to-end tests against the real simulator.
 */
import { defaultSettings } from '../../src/core/settings';
import { EMPTY_POLICY, type Policy } from '../../src/core/policy';
import { createXimaClient, type XimaTransport } from '../../src/core/xima';
import { isLoopbackHostname } from '../../src/core/xima/base-url';
import { createNodeTransport, type NodeTransport } from '../../src/cli/node-transport';
import { createAppController } from '../../src/main/controller';
import { bindingFor, storability, tokenUsableFor } from '../../src/main/settings/token-vault';
import type {
  AppController,
  Clipboard,
  Clock,
  ControllerDeps,
  DemoSimulator,
  HistoryStore,
  Hotkeys,
  LoginItem,
  Logger,
  Notifier,
  PanelWindow,
  Platform,
  SettingsStore,
  Shell,
  TelHandler,
  TokenProtection,
  TokenVault,
  Updater,
} from '../../src/main/ports';
import type { AppState, HistoryEntry, HotkeyState, TelHandlerState } from '../../src/shared/app-state';
import type { PanelView } from '../../src/shared/ipc-contract';
import type { Settings } from '../../src/shared/settings-schema';
import { startSimulator, type Simulator } from '../../src/simulator/index';

export interface MemorySettingsStore extends SettingsStore {
  /** Every object passed to `save`, in order. */
  saves: Settings[];
  current: Settings;
}

export function createMemorySettingsStore(
  initial: Partial<Settings> = {},
  notice: string | null = null,
): MemorySettingsStore {
  const store: MemorySettingsStore = {
    saves: [],
    current: { ...defaultSettings(), ...initial },
    load: () => ({ settings: structuredClone(store.current), notice }),
    save(settings) {
      store.current = structuredClone(settings);
      store.saves.push(structuredClone(settings));
    },
  };
  return store;
}

export interface MemoryHistoryStore extends HistoryStore {
  entries: HistoryEntry[];
  saves: number;
}

export function createMemoryHistoryStore(entries: HistoryEntry[] = []): MemoryHistoryStore {
  const store: MemoryHistoryStore = {
    entries: structuredClone(entries),
    saves: 0,
    load: () => structuredClone(store.entries),
    save(next) {
      store.entries = structuredClone(next);
      store.saves += 1;
    },
  };
  return store;
}

export interface MemoryTokenVault extends TokenVault {
  token: string | null;
  /** The host the token is bound to; `null`: not bound yet (bound by the first `get`). */
  host: string | null;
}

export function createMemoryTokenVault(
  token: string | null = null,
  protection: TokenProtection = 'keyring',
): MemoryTokenVault {
  const vault: MemoryTokenVault = {
    token,
    host: null,
    has: (host) => vault.token !== null && tokenUsableFor(vault.host, host),
    get(host) {
      if (!vault.has(host)) return null;
      if (host !== '') vault.host = bindingFor(host);
      return vault.token;
    },
    boundHost: () => (vault.token === null ? null : vault.host),
    set(next, host) {
      const result = storability(protection);
      if (!result.stored) return result;
      vault.token = next;
      vault.host = bindingFor(host);
      return result;
    },
    remove() {
      vault.token = null;
      vault.host = null;
    },
    protection: () => protection,
  };
  return vault;
}

export interface ShownNotification {
  title: string;
  body: string;
  click: () => void;
}

export interface RecordingNotifier extends Notifier {
  shown: ShownNotification[];
}

export function createRecordingNotifier(): RecordingNotifier {
  const shown: ShownNotification[] = [];
  return {
    shown,
    show: (title, body, onClick) => shown.push({ title, body, click: onClick ?? (() => undefined) }),
  };
}

export function createMemoryClipboard(): Clipboard & { text: string } {
  const clipboard = {
    text: '',
    writeText(text: string) {
      clipboard.text = text;
    },
  };
  return clipboard;
}

export function createRecordingShell(error = ''): Shell & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    openPath: async (path) => {
      opened.push(path);
      return error;
    },
  };
}

/** A tel: handler whose OS lets the app become the default (`canSetDefault: false` keeps it by hand). */
export function createFakeTelHandler(canSetDefault = true): TelHandler & { state: TelHandlerState } {
  const handler = {
    state: {
      isDefault: false,
      canSetDefault,
      help: canSetDefault ? null : 'Open Settings › Apps › Default apps and choose Xima Tray Dialer for TEL.',
    } as TelHandlerState,
    isDefault: () => handler.state.isDefault,
    async setAsDefault() {
      if (canSetDefault) handler.state = { ...handler.state, isDefault: true };
      return {
        ok: canSetDefault,
        state: handler.state,
        message: canSetDefault
          ? 'Xima Tray Dialer now opens tel: links.'
          : (handler.state.help ?? 'Choose the app by hand.'),
      };
    },
  };
  return handler;
}

/** Hotkeys that register anything except the accelerators listed as taken by another app. */
export function createFakeHotkeys(taken: string[] = []): Hotkeys & { state: HotkeyState } {
  const conflict = (accelerator: string) =>
    taken.includes(accelerator) ? `${accelerator} is taken by another app — choose another.` : null;
  const hotkeys = {
    state: { accelerator: '', registered: false, paused: false, message: null } as HotkeyState,
    check: async (accelerator: string) => conflict(accelerator),
    async apply(accelerator: string) {
      const message = conflict(accelerator);
      hotkeys.state = { ...hotkeys.state, accelerator, registered: message === null, message };
      return hotkeys.state;
    },
    async setPaused(paused: boolean) {
      hotkeys.state = { ...hotkeys.state, paused };
      return hotkeys.state;
    },
  };
  return hotkeys;
}

export function createFakeLoginItem(): LoginItem & { enabled: boolean } {
  const item = {
    enabled: false,
    async set(enabled: boolean) {
      item.enabled = enabled;
    },
  };
  return item;
}

export function createFakeUpdater(): Updater & { restarts: number } {
  const updater = {
    restarts: 0,
    restartToUpdate() {
      updater.restarts += 1;
    },
  };
  return updater;
}

export function createFakePanel(): PanelWindow & { hides: number } {
  const panel = {
    hides: 0,
    hide() {
      panel.hides += 1;
    },
  };
  return panel;
}

export interface RecordingLogger extends Logger {
  lines: { level: 'info' | 'warn' | 'error'; event: string; fields: Record<string, unknown> }[];
}

export function createRecordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  return {
    lines,
    info: (event, fields = {}) => lines.push({ level: 'info', event, fields }),
    warn: (event, fields = {}) => lines.push({ level: 'warn', event, fields }),
    error: (event, fields = {}) => lines.push({ level: 'error', event, fields }),
  };
}

/** A clock that only moves when the test says so (no timing in tests). */
export function createManualClock(
  start = Date.UTC(2026, 10, 21, 9, 0, 0),
): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
    // A wait passes at once and moves the time on by its length.
    async sleep(ms) {
      now += ms;
    },
  };
}

export function createSequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

/** "Try the demo" backed by a real simulator started on loopback on demand. */
export function createSimulatorDemo(): DemoSimulator & { simulator: Simulator | null } {
  const demo: DemoSimulator & { simulator: Simulator | null } = {
    simulator: null,
    async start() {
      demo.simulator ??= await startSimulator({ https: false });
      return {
        baseUrl: demo.simulator.baseUrl,
        token: demo.simulator.token,
        extension: demo.simulator.extension,
      };
    },
    async stop() {
      await demo.simulator?.close();
      demo.simulator = null;
    },
  };
  return demo;
}

export interface NodeControllerOptions {
  /**
   * A running simulator: the controller is configured against it (host `acme.xima.cloud` for display,
   * requests to `simulator.baseUrl`, its extension and token), unless `settings`/`token` say otherwise.
   */
  simulator?: Simulator;
  settings?: Partial<Settings>;
  /** The stored token; `null` for none. Defaults to the simulator's token. */
  token?: string | null;
  tokenProtection?: TokenProtection;
  /** A notice from loading the settings (as after a corrupted file). */
  settingsNotice?: string | null;
  history?: HistoryEntry[];
  policy?: Policy;
  platform?: Platform;
  /** Accelerators another app holds. */
  takenHotkeys?: string[];
  /** Offer "Try the demo" with a real simulator; default true. */
  demo?: boolean;
  /** Whole-exchange timeout for the client (ms); default 2 000 so hang tests finish quickly. */
  timeoutMs?: number;
  /** The client's transport (the shell's own, in shell tests); default Node's fetch. */
  transport?: XimaTransport;
  /** Override any port. */
  overrides?: Partial<ControllerDeps>;
}

export interface NodeControllerPorts {
  settingsStore: MemorySettingsStore;
  historyStore: MemoryHistoryStore;
  tokenVault: MemoryTokenVault;
  notifier: RecordingNotifier;
  clipboard: ReturnType<typeof createMemoryClipboard>;
  shell: ReturnType<typeof createRecordingShell>;
  telHandler: ReturnType<typeof createFakeTelHandler>;
  hotkeys: ReturnType<typeof createFakeHotkeys>;
  loginItem: ReturnType<typeof createFakeLoginItem>;
  updater: ReturnType<typeof createFakeUpdater>;
  panel: ReturnType<typeof createFakePanel>;
  logger: RecordingLogger;
  clock: ReturnType<typeof createManualClock>;
  demo: ReturnType<typeof createSimulatorDemo> | null;
}

export interface NodeController {
  controller: AppController;
  ports: NodeControllerPorts;
  /** Every snapshot pushed to subscribers, in order. */
  states: AppState[];
  /** Every view the controller asked the shell to show. */
  navigations: PanelView[];
  transport: NodeTransport;
  /** Disposes the controller, closes the transport and the demo simulator. */
  close(): Promise<void>;
}

export const SIMULATED_HOST = 'acme.xima.cloud';

export function createNodeController(options: NodeControllerOptions = {}): NodeController {
  const { simulator } = options;
  const settingsStore = createMemorySettingsStore(
    {
      ...(simulator ? { host: SIMULATED_HOST, extension: simulator.extension } : {}),
      ...options.settings,
    },
    options.settingsNotice ?? null,
  );
  const token = options.token === undefined ? (simulator?.token ?? null) : options.token;
  const ports: NodeControllerPorts = {
    settingsStore,
    historyStore: createMemoryHistoryStore(options.history),
    tokenVault: createMemoryTokenVault(token, options.tokenProtection),
    notifier: createRecordingNotifier(),
    clipboard: createMemoryClipboard(),
    shell: createRecordingShell(),
    telHandler: createFakeTelHandler(),
    hotkeys: createFakeHotkeys(options.takenHotkeys),
    loginItem: createFakeLoginItem(),
    updater: createFakeUpdater(),
    panel: createFakePanel(),
    logger: createRecordingLogger(),
    clock: createManualClock(),
    demo: options.demo === false ? null : createSimulatorDemo(),
  };
  const transport = createNodeTransport();
  const timeoutMs = options.timeoutMs ?? 2_000;
  // The simulator stands in for the tenant: the app believes it talks to `https://<host>`. (The app's
  // `--xima-base-url` switch, `baseUrlOverride`, is another thing: it shows in the status line.)
  const toSimulator = (baseUrl: string) =>
    simulator && !isLoopbackHostname(new URL(baseUrl).hostname) ? simulator.baseUrl : baseUrl;
  const deps: ControllerDeps = {
    ...ports,
    logFolder: '/tmp/xima-tray-dialer-test-logs',
    createXima: (config) =>
      createXimaClient({
        ...config,
        baseUrl: toSimulator(config.baseUrl),
        transport: options.transport ?? transport,
        timeoutMs,
      }),
    baseUrlOverride: null,
    newId: createSequentialIds(),
    policy: options.policy ?? EMPTY_POLICY,
    platform: options.platform ?? 'linux',
    ...options.overrides,
  };
  const controller = createAppController(deps);
  const states: AppState[] = [];
  const navigations: PanelView[] = [];
  controller.subscribe((state) => states.push(state));
  controller.onNavigate((view) => navigations.push(view));
  return {
    controller,
    ports,
    states,
    navigations,
    transport,
    async close() {
      await controller.dispose();
      await ports.demo?.stop();
      await transport.close();
    },
  };
}
