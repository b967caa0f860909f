/**
 * Boots the real shell (runApp) on the shared Electron fake with the REAL controller from
 * test/support/node-ports (memory stores), its Xima client going through the shell's own transport
 * (fake `net.fetch` → Node's fetch → the loopback simulator when one is given).
 */
import { afterEach } from 'vitest';
import { runApp, type RunDeps } from '../../../../src/main/app/run-app';
import type { StartEnv } from '../../../../src/main/app/start-env';
import type { Shell, ShellPorts } from '../../../../src/main/app/start-shell';
import type { AutostartFs } from '../../../../src/main/login-item/linux-autostart';
import type { Platform } from '../../../../src/main/ports';
import type { Simulator } from '../../../../src/simulator/index';
import { createFakeElectron, type FakeElectron } from '../../../support/electron-fake';
import {
  createNodeController,
  type NodeController,
  type NodeControllerOptions,
} from '../../../support/node-ports';

export interface BootOptions {
  platform?: Platform;
  argv?: string[];
  defaultApp?: boolean;
  env?: NodeJS.ProcessEnv;
  simulator?: Simulator;
  controller?: Omit<NodeControllerOptions, 'simulator' | 'overrides'>;
  /** Leave the app before `ready` (to test what happens then); default false. */
  holdReady?: boolean;
  electron?: FakeElectron;
  /** The support log and process events `runApp` is given (the crash handlers need both). */
  runDeps?: Pick<RunDeps, 'openLog' | 'process'>;
}

export interface Booted {
  electron: FakeElectron;
  env: StartEnv;
  /** Resolves to the shell (null when another copy holds the lock). */
  shell: Promise<Shell | null>;
  node: () => NodeController;
  ports: () => ShellPorts;
  files: Map<string, string>;
  close(): Promise<void>;
}

export function memoryFs(files: Map<string, string>): AutostartFs {
  return {
    mkdir: async () => undefined,
    writeFile: async (path, data) => void files.set(path, data),
    rm: async (path) => void files.delete(path),
  };
}

/** The start environment of an installed app on a test machine. */
export function testEnv(
  platform: Platform,
  options: Pick<BootOptions, 'argv' | 'defaultApp' | 'env'> = {},
): StartEnv {
  return {
    platform,
    argv: options.argv ?? ['/opt/Xima Tray Dialer/xima-tray-dialer'],
    execPath: '/opt/Xima Tray Dialer/xima-tray-dialer',
    defaultApp: options.defaultApp ?? false,
    env: options.env ?? {},
    home: '/home/agent',
    paths: {
      preload: '/app/out/preload/index.cjs',
      rendererFile: '/app/out/renderer/index.html',
      trayIcons: '/app/resources/tray',
      appIcon: '/app/resources/icon.png',
    },
    now: () => Date.now(),
  };
}

export function boot(options: BootOptions = {}): Booted {
  const platform = options.platform ?? 'linux';
  const electron = options.electron ?? createFakeElectron({ platform });
  const files = new Map<string, string>();
  let node: NodeController | null = null;
  let ports: ShellPorts | null = null;
  const env = testEnv(platform, options);
  const shell = runApp(electron, env, {
    ...options.runDeps,
    fs: memoryFs(files),
    readFile: async () => new TextEncoder().encode('<!doctype html>'),
    makeController(shellPorts) {
      ports = shellPorts;
      const { transport, ...rest } = shellPorts;
      node = createNodeController({
        ...options.controller,
        ...(options.simulator ? { simulator: options.simulator } : {}),
        transport,
        overrides: rest,
      });
      return node.controller;
    },
  });
  if (!options.holdReady) electron.app.becomeReady();
  return {
    electron,
    env,
    shell,
    files,
    node: () => {
      if (!node) throw new Error('the controller was not built (app not ready, or lock lost)');
      return node;
    },
    ports: () => {
      if (!ports) throw new Error('the shell ports were not built');
      return ports;
    },
    async close() {
      electron.app.quit();
      await node?.close();
    },
  };
}

/** The panel: the live window that carries the dialer bridge (a replaced panel leaves a destroyed one). */
export function panelOf(electron: FakeElectron) {
  const panels = electron.windows.filter(
    (window) => !window.isDestroyed() && window.options.webPreferences.preload.endsWith('index.cjs'),
  );
  if (panels.length !== 1) throw new Error(`expected one live panel window, found ${panels.length}`);
  return panels[0]!;
}

export function trayOf(electron: FakeElectron) {
  const tray = electron.trays[0];
  if (!tray) throw new Error('no tray was created');
  return tray;
}

/** Boots a shell per test against the file's simulator and closes it after each test. */
export function useShell(sim: () => Simulator): (options?: BootOptions) => Promise<Booted> {
  let booted: Booted | null = null;
  afterEach(async () => {
    await booted?.close();
    booted = null;
  });
  return async (options = {}) => {
    booted = boot({ simulator: sim(), ...options });
    await booted.shell;
    return booted;
  };
}

export { eventually } from '../../../support/eventually';
