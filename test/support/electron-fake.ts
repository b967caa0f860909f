/**
 * One shared, typed, class-based Electron fake for main-process tests (the idea of electron/fiddle's
 * tests/mocks/electron.ts). `require('electron')` cannot run in plain Node, so code under test receives
 * this through its injected `ElectronLike` instead. Each `createFakeElectron()` is a fresh world; helpers
 * (press a hotkey, click a notification, invoke an IPC handler BY CHANNEL NAME) drive it like a user/OS.
 */
import { EventEmitter } from 'node:events';
import type { ElectronLike } from '../../src/main/app/electron-like';
import type { IpcEventLike } from '../../src/main/ipc/gateway';
import type { NotificationOptions } from '../../src/main/notifications/electron-notifier';
import type { ClipboardItemLike } from '../../src/main/selection/types';
import type { MenuItemTemplate } from '../../src/main/tray/tray-menu';
import type { Rect } from '../../src/main/window/position';
import type { PanelWindowOptions } from '../../src/main/window/secure-options';

/** A cancellable event like Electron's (`preventDefault`). */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  /** Another copy already holds the lock when false. */
  lockAvailable = true;
  quitCalls = 0;
  name = 'Electron';
  desktopName: string | null = null;
  appUserModelId: string | null = null;
  readonly switches: Array<[string, string | undefined]> = [];
  readonly protocolClients = new Map<string, { path?: string; args?: string[] }>();
  /** Schemes the OS refuses to hand over (Windows 10+, macOS tel:). */
  readonly protectedSchemes = new Set<string>();
  loginItem: { openAtLogin: boolean; path?: string; args?: string[] } = { openAtLogin: false };
  readonly paths: Record<string, string> = {
    userData: '/fake/userData',
    logs: '/fake/logs',
    home: '/fake/home',
  };
  dockHidden = false;
  dock: { hide(): void } | undefined = { hide: () => void (this.dockHidden = true) };
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => void this.switches.push([name, value]),
  };
  private ready = false;
  private launched = false;
  private readonly readyWaiters: Array<() => void> = [];

  requestSingleInstanceLock(): boolean {
    return this.lockAvailable;
  }
  quit(): void {
    this.quitCalls += 1;
    this.emit('before-quit');
  }
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  isReady(): boolean {
    return this.ready;
  }
  /** Electron's `will-finish-launching` (emitted once; macOS may deliver `open-url` after it, before ready). */
  finishLaunching(): void {
    if (this.launched) return;
    this.launched = true;
    this.emit('will-finish-launching');
  }
  /** What Electron does at launch: `will-finish-launching` (once), then `ready`. */
  becomeReady(): void {
    this.finishLaunching();
    this.ready = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
    this.emit('ready');
  }
  setName(name: string): void {
    this.name = name;
  }
  setDesktopName(name: string): void {
    this.desktopName = name;
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  getAppPath(): string {
    return '/fake/app';
  }
  getPath(name: 'userData' | 'logs' | 'home'): string {
    return this.paths[name] ?? `/fake/${name}`;
  }
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean {
    if (this.protectedSchemes.has(protocol)) return false;
    this.protocolClients.set(protocol, { ...(path ? { path } : {}), ...(args ? { args } : {}) });
    return true;
  }
  isDefaultProtocolClient(protocol: string): boolean {
    return this.protocolClients.has(protocol);
  }
  setLoginItemSettings(settings: { openAtLogin: boolean; path?: string; args?: string[] }): void {
    this.loginItem = { ...settings };
  }
  /** The OS starting a second copy with these arguments. */
  launchSecondInstance(argv: string[]): void {
    this.emit('second-instance', new FakeEvent(), argv, '/cwd', {});
  }
  /** macOS handing over a link. Returns the event so tests can check `preventDefault`. */
  openUrl(url: string): FakeEvent {
    const event = new FakeEvent();
    this.emit('open-url', event, url);
    return event;
  }
}

export class FakeFrame {
  constructor(
    public url: string,
    public readonly processId = 1,
    public readonly routingId = 1,
  ) {}
}

export type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

export class FakeSession {
  permissionRequestHandler:
    ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  headersListener: HeadersListener | null = null;
  readonly preconnects: Array<{ url: string; numSockets?: number }> = [];
  /** Scheme handlers installed with `protocol.handle`. */
  readonly schemes = new Map<string, (request: Request) => Promise<Response>>();
  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      void this.schemes.set(scheme, handler),
  };
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => void (this.headersListener = listener),
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  preconnect(options: { url: string; numSockets?: number }): void {
    this.preconnects.push(options);
  }
  /** Asks the installed handler for a permission; resolves to what it granted. */
  requestPermission(permission: string): Promise<boolean> {
    return new Promise((resolve) => {
      if (!this.permissionRequestHandler) resolve(true);
      else this.permissionRequestHandler({}, permission, resolve);
    });
  }
}

export class FakeWebContents extends EventEmitter {
  destroyed = false;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | null = null;
  readonly mainFrame: FakeFrame;
  constructor(
    public readonly session: FakeSession,
    id: number,
  ) {
    super();
    this.mainFrame = new FakeFrame('about:blank', 100 + id, 1);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** The page trying to navigate away; true when the app let it. */
  tryNavigate(url: string): boolean {
    const event = new FakeEvent();
    this.emit('will-navigate', event, url);
    return !event.defaultPrevented;
  }
  /** Messages sent on one channel, newest last. */
  sentOn(channel: string): unknown[] {
    return this.sent.filter((m) => m.channel === channel).map((m) => m.args[0]);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  visible = false;
  destroyed = false;
  focused = false;
  position: [number, number] = [0, 0];
  loaded: { file?: string; url?: string } = {};
  readonly webContents: FakeWebContents;
  constructor(
    public readonly options: PanelWindowOptions,
    session: FakeSession,
    id: number,
  ) {
    super();
    this.webContents = new FakeWebContents(session, id);
  }
  show(): void {
    this.visible = true;
    this.emit('show');
  }
  showInactive(): void {
    this.visible = true;
    this.emit('show');
  }
  hide(): void {
    this.visible = false;
    this.emit('hide');
  }
  focus(): void {
    this.focused = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setPosition(x: number, y: number): void {
    this.position = [x, y];
  }
  async loadFile(path: string): Promise<void> {
    this.loaded = { file: path };
    this.webContents.mainFrame.url = `file://${path}`;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = { url };
    this.webContents.mainFrame.url = url;
  }
  /** The agent clicking elsewhere. */
  blur(): void {
    this.focused = false;
    this.emit('blur');
  }
  /** Closed without asking (no `close` event), as Electron's `destroy()`. */
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  /** Alt+F4 / the OS closing it; true when it really closed. */
  close(): boolean {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroyed = true;
    this.emit('closed');
    return true;
  }
}

export class FakeTray extends EventEmitter {
  toolTip = '';
  contextMenu: FakeMenu | null = null;
  destroyed = false;
  bounds: Rect = { x: 0, y: 0, width: 0, height: 0 };
  readonly imageHistory: string[] = [];
  constructor(public image: string) {
    super();
    this.imageHistory.push(image);
  }
  setImage(image: string): void {
    this.image = image;
    this.imageHistory.push(image);
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setContextMenu(menu: unknown): void {
    this.contextMenu = menu as FakeMenu;
  }
  /** Menus popped up by hand (macOS right-click), newest last. */
  readonly poppedUp: FakeMenu[] = [];
  popUpContextMenu(menu?: unknown): void {
    const shown = (menu as FakeMenu | undefined) ?? this.contextMenu;
    if (shown) this.poppedUp.push(shown);
  }
  getBounds(): Rect {
    return this.bounds;
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** The menu item with this label (throws when missing, so a test names what it expected). */
  item(label: string): MenuItemTemplate {
    const found = this.contextMenu?.template.find((item) => item.label === label);
    if (!found) throw new Error(`tray menu has no item "${label}"`);
    return found;
  }
}

export class FakeMenu {
  constructor(public readonly template: MenuItemTemplate[]) {}
}

export class FakeGlobalShortcut {
  readonly registered = new Map<string, () => void>();
  /** Accelerators another app holds: `register` returns false. */
  readonly takenByOthers = new Set<string>();
  /** Accelerators the platform claims to register but never delivers (macOS, Wayland portal). */
  readonly silentlyFailing = new Set<string>();
  /** Accelerators Electron cannot parse (it throws). */
  readonly invalid = new Set<string>();
  register(accelerator: string, callback: () => void): boolean {
    if (this.invalid.has(accelerator))
      throw new Error(`Error processing argument: conversion failure from ${accelerator}`);
    if (this.takenByOthers.has(accelerator)) return false;
    if (!this.silentlyFailing.has(accelerator)) this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  unregisterAll(): void {
    this.registered.clear();
  }
  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  }
  /** The agent pressing the keys; false when nothing was listening. */
  press(accelerator: string): boolean {
    const callback = this.registered.get(accelerator);
    callback?.();
    return Boolean(callback);
  }
}

/** A clipboard entry: MIME type → content. */
export class FakeClipboardItem implements ClipboardItemLike {
  constructor(public readonly data: Record<string, string>) {}
  get types(): string[] {
    return Object.keys(this.data);
  }
}

/** Electron 44+'s promise-returning clipboard, with the Linux PRIMARY selection and a change counter. */
export class FakeClipboard {
  items: FakeClipboardItem[] = [];
  /** Bumped on every change, like Windows' GetClipboardSequenceNumber / macOS changeCount. */
  changeCount = 0;
  readonly writes: FakeClipboardItem[][] = [];
  failRead = false;
  constructor(public selection: FakeSelection | undefined) {}
  get text(): string {
    return this.items[0]?.data['text/plain'] ?? '';
  }
  /** Sets content as another app would (bumps the counter, not recorded as our write). */
  set(data: Record<string, string>): void {
    this.items = [new FakeClipboardItem(data)];
    this.changeCount += 1;
  }
  async readText(): Promise<string> {
    if (this.failRead) throw new Error('clipboard unavailable');
    return this.text;
  }
  async writeText(text: string): Promise<void> {
    this.writes.push([new FakeClipboardItem({ 'text/plain': text })]);
    this.set({ 'text/plain': text });
  }
  async read(): Promise<FakeClipboardItem[]> {
    if (this.failRead) throw new Error('clipboard unavailable');
    return this.items.map((item) => new FakeClipboardItem({ ...item.data }));
  }
  async write(items: ClipboardItemLike[]): Promise<void> {
    const copies = items.map((item) => new FakeClipboardItem({ ...(item as FakeClipboardItem).data }));
    this.writes.push(copies);
    this.items = copies;
    this.changeCount += 1;
  }
  clear(): void {
    this.items = [];
    this.changeCount += 1;
  }
}

export class FakeSelection {
  constructor(public text = '') {}
  async readText(): Promise<string> {
    return this.text;
  }
}

export class FakeScreen {
  cursor = { x: 100, y: 100 };
  display = {
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  };
  getDisplayNearestPoint(): FakeScreen['display'] {
    return this.display;
  }
  getCursorScreenPoint(): { x: number; y: number } {
    return this.cursor;
  }
}

export class FakeNotification extends EventEmitter {
  shown = false;
  constructor(public readonly options: NotificationOptions) {
    super();
  }
  show(): void {
    this.shown = true;
  }
  click(): void {
    this.emit('click');
  }
}

export class FakeSafeStorage {
  available = true;
  backend: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown' =
    'gnome_libsecret';
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  getSelectedStorageBackend(): FakeSafeStorage['backend'] {
    return this.backend;
  }
  encryptString(plain: string): Buffer {
    if (!this.available) throw new Error('Encryption is not available.');
    return Buffer.from(`enc:${Buffer.from(plain, 'utf8').toString('base64')}`, 'utf8');
  }
  decryptString(encrypted: Buffer): string {
    const text = encrypted.toString('utf8');
    if (!text.startsWith('enc:'))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice(4), 'base64').toString('utf8');
  }
}

export class FakeShell {
  readonly externals: string[] = [];
  readonly openedPaths: string[] = [];
  async openExternal(url: string): Promise<void> {
    this.externals.push(url);
  }
  async openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    return '';
  }
}

export class FakeNativeTheme extends EventEmitter {
  shouldUseDarkColors = false;
  /** The OS switching light/dark. */
  switchTo(dark: boolean): void {
    this.shouldUseDarkColors = dark;
    this.emit('updated');
  }
}

export class FakeNet {
  readonly requests: Array<{ input: string; init: RequestInit | undefined }> = [];
  /** What `net.fetch` does; defaults to Node's fetch (tests point it at the loopback simulator). */
  handler: (input: string, init?: RequestInit) => Promise<Response> = (input, init) => fetch(input, init);
  fetch(input: string, init?: RequestInit): Promise<Response> {
    this.requests.push({ input, init });
    return this.handler(input, init);
  }
}

export type IpcHandler = (event: IpcEventLike, ...args: unknown[]) => unknown;

export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, IpcHandler>();
  handle(channel: string, listener: IpcHandler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** `ipcRenderer.invoke` from a frame, looked up by channel NAME (never by call order). */
  async invoke(channel: string, frame: FakeFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame }, ...args);
  }
  /** `ipcRenderer.send` from a frame. */
  sendFrom(channel: string, frame: FakeFrame | null, ...args: unknown[]): void {
    this.emit(channel, { senderFrame: frame }, ...args);
  }
}

/** Schemes registered as privileged (Electron allows it only before `ready`). */
export class FakeProtocol {
  readonly privileged: { scheme: string; privileges: { standard: boolean; secure: boolean } }[] = [];
  registerSchemesAsPrivileged(schemes: FakeProtocol['privileged']): void {
    this.privileged.push(...schemes);
  }
}

/** Error boxes shown, in order. */
export class FakeDialog {
  readonly errorBoxes: { title: string; content: string }[] = [];
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
}

export interface FakeElectron extends ElectronLike {
  app: FakeApp;
  globalShortcut: FakeGlobalShortcut;
  clipboard: FakeClipboard;
  screen: FakeScreen;
  shell: FakeShell;
  powerMonitor: EventEmitter;
  nativeTheme: FakeNativeTheme;
  net: FakeNet;
  session: { defaultSession: FakeSession };
  ipcMain: FakeIpcMain;
  dialog: FakeDialog;
  protocol: FakeProtocol;
  safeStorage: FakeSafeStorage;
  /** Everything constructed, in order. */
  windows: FakeBrowserWindow[];
  trays: FakeTray[];
  notifications: FakeNotification[];
  notificationsSupported: boolean;
}

export function createFakeElectron(options: { platform?: NodeJS.Platform } = {}): FakeElectron {
  const platform = options.platform ?? 'linux';
  const session = new FakeSession();
  const windows: FakeBrowserWindow[] = [];
  const trays: FakeTray[] = [];
  const notifications: FakeNotification[] = [];
  const fake = {} as FakeElectron;

  class BrowserWindow extends FakeBrowserWindow {
    constructor(windowOptions: PanelWindowOptions) {
      super(windowOptions, session, windows.length + 1);
      windows.push(this);
    }
  }
  class Tray extends FakeTray {
    constructor(image: string) {
      super(image);
      trays.push(this);
    }
  }
  class Notification extends FakeNotification {
    static isSupported(): boolean {
      return fake.notificationsSupported;
    }
    constructor(notificationOptions: NotificationOptions) {
      super(notificationOptions);
      notifications.push(this);
    }
  }

  const app = new FakeApp();
  if (platform !== 'darwin') app.dock = undefined;
  Object.assign(fake, {
    app,
    BrowserWindow,
    Tray,
    Menu: { buildFromTemplate: (template: MenuItemTemplate[]) => new FakeMenu(template) },
    globalShortcut: new FakeGlobalShortcut(),
    clipboard: new FakeClipboard(platform === 'linux' ? new FakeSelection() : undefined),
    screen: new FakeScreen(),
    Notification,
    shell: new FakeShell(),
    powerMonitor: new EventEmitter(),
    nativeTheme: new FakeNativeTheme(),
    net: new FakeNet(),
    session: { defaultSession: session },
    ipcMain: new FakeIpcMain(),
    dialog: new FakeDialog(),
    protocol: new FakeProtocol(),
    safeStorage: new FakeSafeStorage(),
    windows,
    trays,
    notifications,
    notificationsSupported: true,
  });
  return fake;
}
