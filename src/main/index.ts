// Composition root: the only file that imports real Electron objects and wires them into the shell and
// the controller. Everything it calls is tested with test/support/electron-fake.ts.
import * as electron from 'electron';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMPTY_POLICY } from '../core/policy';
import { createXimaClient } from '../core/xima';
import { createDemoSimulator } from './adapters/demo-simulator';
import { runApp } from './app/run-app';
import type { StartEnv } from './app/start-env';
import { createAppController } from './controller';
import { createSupportLog } from './log';
import type { Platform } from './ports';
import {
  createElectronSettingsFile,
  createHistoryStore,
  createSecretFile,
  createSettingsStore,
  createTokenVault,
} from './settings';

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

const clock = { now: () => Date.now() };

void runApp(electron, env, {
  fs: { mkdir, writeFile: (path, data) => writeFile(path, data, 'utf8'), rm },
  makeController(ports) {
    const { app, safeStorage } = electron;
    const userData = app.getPath('userData');
    const logFolder = app.getPath('logs');
    const logger = createSupportLog({ dir: logFolder, clock });
    const { transport, ...shellPorts } = ports;
    return createAppController({
      ...shellPorts,
      settingsStore: createSettingsStore(createElectronSettingsFile({ cwd: userData }), clock, logger),
      historyStore: createHistoryStore(createSecretFile(join(userData, 'history.json')), logger),
      tokenVault: createTokenVault(safeStorage, createSecretFile(join(userData, 'token.bin')), platform),
      logFolder,
      createXima: (config) => createXimaClient({ ...config, transport }),
      demo: createDemoSimulator(),
      logger,
      clock,
      newId: () => crypto.randomUUID(),
      // The machine policy file is read by the fleet-deployment work (issue 6); none until it lands.
      policy: EMPTY_POLICY,
    });
  },
});
