import { afterAll, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import {
  pushToPanel,
  registerIpcGateway,
  type IpcMainLike,
  type PanelEndpoint,
  type SenderFrameLike,
} from '../../src/main/ipc/gateway';
import { findBrowserHere } from '../../scripts/lib/find-browser';
import { createNodeController, type NodeController, type NodeControllerOptions } from './node-ports';
import { servePanel, type ServedPanel } from './e2e-renderer';
import { realClock } from '../../src/core/clock';

const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = join(ROOT, 'test-output', 'screenshots');

/** The machine's own Chromium, Chrome or Edge; never a downloaded browser. The flags keep it off the network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The tray panel's size on a desktop. */
export const PANEL_VIEWPORT = { width: 380, height: 600 };

let bridgeScript: Promise<string> | null = null;
/** The page side of the bridge (real preload code), bundled once per test file. */
function pageBridge(): Promise<string> {
  bridgeScript ??= esbuild({
    entryPoints: [join(import.meta.dirname, 'e2e-page-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeScript;
}

export interface IntentCall {
  intent: string;
  args: unknown[];
}

interface Connection {
  invoke(frame: Frame, channel: string, args: unknown[]): Promise<unknown>;
  dispose(): void;
}

export interface PanelHarness {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** The current controller (real core, real Xima client) behind `window.dialer`. */
  readonly node: NodeController;
  /** Every intent the page invoked since the last `load`, in order. */
  readonly calls: IntentCall[];
  /** Uncaught page errors and console errors (a CSP violation lands here), since the harness started. */
  readonly pageErrors: string[];
  /** Starts a fresh controller with these options and (re)loads the panel against it. */
  load(options: NodeControllerOptions): Promise<NodeController>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  colorScheme?: 'light' | 'dark';
}

/** A wall clock, so recent dials say "just now" like they would for an agent. */
const systemClock = { ...realClock, advance: () => undefined };

/**
 * One Chromium per test file, one page reused across its scenarios. `window.dialer` in the page is the
 * real preload bridge; its invokes cross a Playwright binding into the real IPC gateway (sender check
 * and zod validation), then into a real controller talking HTTP to the simulator.
 */
export async function startPanelHarness(options: HarnessOptions = {}): Promise<PanelHarness> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const found = findBrowserHere();
  if (!found.ok) throw new Error(found.message);
  const [served, bridge] = await Promise.all([servePanel(), pageBridge()]);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: found.executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await served.close();
    throw error;
  }
  const context = await browser.newContext({
    viewport: PANEL_VIEWPORT,
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: 1,
    // The panel never talks to the network: anything but the loopback origin is refused.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  // Everything is on loopback: a control that has not appeared within 10 s never will.
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(served.origin) ? route.continue() : route.abort('blockedbyclient'),
  );

  const calls: IntentCall[] = [];
  let node: NodeController | null = null;
  let connection: Connection | null = null;

  await context.exposeBinding('__dialerInvoke', async (source, channel: string, args: unknown[]) => {
    calls.push({ intent: channel.replace(/^dialer:/, ''), args });
    if (!connection) return { ok: false, message: 'The test has no controller loaded.' };
    return connection.invoke(source.frame, channel, args);
  });
  await context.addInitScript({ content: bridge });

  const harness: PanelHarness = {
    page,
    context,
    origin: served.origin,
    get node() {
      if (!node) throw new Error('PanelHarness.load() first');
      return node;
    },
    calls,
    pageErrors,
    async load(controllerOptions) {
      connection?.dispose();
      await node?.close();
      calls.length = 0;
      node = createNodeController({
        ...controllerOptions,
        overrides: { clock: systemClock, ...controllerOptions.overrides },
      });
      // As in the app: the controller has its first snapshot before the panel is ever shown.
      await node.controller.start();
      // As the shell does at start: register the hotkey and tell the controller how it went.
      node.controller.setHotkeyState(
        await node.ports.hotkeys.apply(node.controller.getState().settings.hotkey),
      );
      connection = connect(page, served, node);
      await page.goto(`${served.origin}/index.html`);
      await page.locator('main.content > :not(.skeleton)').first().waitFor();
      return node;
    },
    async screenshot(name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      connection?.dispose();
      await node?.close();
      await browser?.close();
      await served.close();
    },
  };
  return harness;
}

/** Wires one controller to the page through the real gateway, as `src/main/index.ts` does with Electron. */
function connect(page: Page, served: ServedPanel, node: NodeController): Connection {
  const handlers = new Map<
    string,
    (event: { senderFrame: SenderFrameLike | null }, ...args: unknown[]) => unknown
  >();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
    on: () => ipcMain,
    removeListener: () => ipcMain,
  };
  // Frames as the gateway sees them: the page's main frame is the trusted panel, any other frame is not.
  const frameOf = (frame: Frame): SenderFrameLike => ({
    url: frame.url(),
    processId: 1,
    routingId: frame === page.mainFrame() ? 1 : 2,
  });
  const panel: PanelEndpoint = {
    mainFrame: () => frameOf(page.mainFrame()),
    isOwnUrl: (url) => url.startsWith(`${served.origin}/`),
    send(channel, payload) {
      page
        .evaluate(
          ([c, p]) =>
            (window as unknown as { __dialerPush?(c: string, p: unknown): void }).__dialerPush?.(c, p),
          [channel, payload] as const,
        )
        // A push during a reload is lost like in Electron; the reloaded page asks getState.
        .catch(() => undefined);
    },
  };
  const gateway = registerIpcGateway({
    ipcMain,
    handlers: node.controller.handlers,
    panel,
    onNetworkChange: (online) => node.controller.networkChanged(online),
  });
  const push = pushToPanel(panel);
  const offState = node.controller.subscribe(push.state);
  const offNavigate = node.controller.onNavigate(push.navigate);
  return {
    async invoke(frame, channel, args) {
      const handler = handlers.get(channel);
      if (!handler) return { ok: false, message: `No handler for ${channel}.` };
      return handler({ senderFrame: frameOf(frame) }, ...args);
    },
    dispose() {
      offState();
      offNavigate();
      gateway.dispose();
    },
  };
}

/**
 * One panel harness per test file (Chromium started once, closed after the last test).
 * Usage: `const panel = usePanelHarness();` then `panel().load(…)` inside tests.
 */
export function usePanelHarness(options: HarnessOptions = {}): () => PanelHarness {
  let harness: PanelHarness | null = null;
  beforeAll(async () => {
    harness = await startPanelHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
    harness = null;
  });
  return () => {
    if (!harness) throw new Error('usePanelHarness(): the panel is only available inside tests and hooks');
    return harness;
  };
}
