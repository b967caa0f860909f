// Composition root: the only file that imports real Electron objects and wires them into the shell and
// the controller. Everything it calls is tested with test/support/electron-fake.ts.
import * as electron from 'electron';
import * as nodeFs from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createXimaClient } from '../core/xima';
import { createDemoSimulator } from './adapters/demo-simulator';
import { runApp } from './app/run-app';
import type { StartEnv } from './app/start-env';
import { readBaseUrlSwitch } from './app/xima-base-url-switch';
import { createAppController } from './controller';
import { createSupportLog, type SupportLog } from './log';
import { createWindowsSecurityReader, loadMachinePolicy, type WindowsSecurity } from './policy';
import type { AppController, Platform } from './ports';
import type { KoffiModule } from './selection/native/load-koffi';
import {
  createElectronSettingsFile,
  createHistoryStore,
  createSecretFile,
  createSettingsStore,
  createTokenVault,
} from './settings';
import { importProvisionedToken } from './token-provisioning';
import {
  appBundlePath,
  createUpdater,
  readPublisherName,
  verifyCodeSignature,
  type AppUpdaterControl,
  type AutoUpdaterLike,
} from './updater';
import { realClock as clock } from '../core/clock';

const here = dirname(fileURLToPath(import.meta.url)); // out/main
const platform = process.platform as Platform;
const appRoot = electron.app.getAppPath();

const env: StartEnv = {
  platform,
  argv: process.argv,
  execPath: process.execPath,
  defaultApp: Boolean(process.defaultApp),
  env: process.env,
  home: homedir(),
  paths: {
    preload: join(here, '../preload/index.cjs'),
    rendererFile: join(here, '../renderer/index.html'),
    trayIcons: join(appRoot, 'resources', 'tray'),
    appIcon: join(appRoot, 'resources', 'icon.png'),
  },
  now: () => Date.now(),
};

const require = createRequire(import.meta.url);
let controller: AppController | null = null;

/** advapi32 through koffi; if koffi cannot load, every check fails and the policy is not applied. */
function windowsSecurityReader(): (path: string) => WindowsSecurity {
  try {
    return createWindowsSecurityReader(require('koffi') as KoffiModule);
  } catch (error) {
    const reason = (error as Error).message;
    return () => {
      throw new Error(`koffi did not load: ${reason}`);
    };
  }
}
let updater: AppUpdaterControl | null = null;
let log: SupportLog | null = null;
/** Sentences for the agent once the shell can show notifications: title, then body. */
const startMessages: [string, string][] = [];
const baseUrlSwitch = readBaseUrlSwitch(env.argv);

/** The support log, opened once the app has its name (the logs folder is named after it). */
function openLog(): { logger: SupportLog; folder: string } {
  const folder = electron.app.getPath('logs');
  const logger = (log ??= createSupportLog({ dir: folder, clock, echo: !electron.app.isPackaged }));
  return { logger, folder };
}

void runApp(electron, env, {
  openLog,
  process,
  fs: { mkdir, writeFile: (path, data) => writeFile(path, data, 'utf8'), rm },
  readFile: (path) => readFile(path),
  // No payloads in the log: they may hold numbers.
  onIpcRefused: (intent, why) => log?.warn('ipc.refused', { intent, why }),
  makeController(ports) {
    const { app, safeStorage } = electron;
    const userData = app.getPath('userData');
    const { logger, folder: logFolder } = openLog();
    const { policy, notice: policyNotice } = loadMachinePolicy({
      platform,
      env: process.env,
      fs: nodeFs,
      logger,
      windowsSecurity: platform === 'win32' ? windowsSecurityReader() : undefined,
    });
    const tokenVault = createTokenVault(
      safeStorage,
      createSecretFile(join(userData, 'token.bin')),
      platform,
      {
        requireKeyring: policy.requireKeyring,
      },
    );
    // An admin's script may have left a token for this user: into the vault, and the plain file deleted.
    const provisioned = importProvisionedToken({
      argv: process.argv,
      userDataDir: userData,
      vault: tokenVault,
      fs: nodeFs,
      logger,
    });
    startMessages.push(...provisioned.messages.map((body): [string, string] => ['Xima token', body]));
    if (baseUrlSwitch.kind === 'refused') {
      logger.warn('xima-base-url.refused');
      startMessages.push(['Xima test address', baseUrlSwitch.message]);
    }
    updater = createUpdater({
      updateUrl: policy.updateUrl,
      platform,
      packaged: app.isPackaged,
      appImage: Boolean(process.env.APPIMAGE),
      // electron-updater picks its platform class on first access: only load it when updates are on.
      loadAutoUpdater: () => (require('electron-updater') as { autoUpdater: AutoUpdaterLike }).autoUpdater,
      readPublisherName: () => readPublisherName(process.resourcesPath),
      verifySignature: () => verifyCodeSignature(appBundlePath(app.getPath('exe'))),
      onState: (state) => controller?.setUpdateState(state),
      activity: () => {
        const state = controller?.getState();
        return { dialing: Boolean(state?.dialing), chooserOpen: Boolean(state?.chooser) };
      },
      clock,
      logger,
    });
    const { transport, ...shellPorts } = ports;
    controller = createAppController({
      ...shellPorts,
      updater: { restartToUpdate: () => updater?.restartToUpdate() },
      settingsStore: createSettingsStore(createElectronSettingsFile({ cwd: userData }), clock, logger),
      historyStore: createHistoryStore(createSecretFile(join(userData, 'history.json')), logger),
      tokenVault,
      logFolder,
      createXima: (config) => createXimaClient({ ...config, transport }),
      baseUrlOverride: baseUrlSwitch.kind === 'testing' ? baseUrlSwitch.baseUrl : null,
      demo: policy.demoAllowed ? createDemoSimulator() : null,
      logger,
      clock,
      newId: () => crypto.randomUUID(),
      policy,
      policyNotice,
    });
    if (baseUrlSwitch.kind === 'testing') {
      logger.info('xima-base-url.testing', { target: controller.getState().testTarget });
    }
    return controller;
  },
}).then((shell) => {
  if (!shell) return;
  for (const [title, body] of startMessages) shell.notifier.show(title, body);
  void updater?.start();
  electron.powerMonitor.on('resume', () => updater?.resumed());
});
