import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runApp } from '../../../../src/main/app/run-app';
import { createSupportLog } from '../../../../src/main/log';
import { createSecretFile, createTokenVault, type SecretFile } from '../../../../src/main/settings';
import { createFakeElectron, FakeSafeStorage, type FakeElectron } from '../../../support/electron-fake';
import { createManualClock } from '../../../support/node-ports';
import { useSimulator } from '../../../support/simulator';
import { useTempDir } from '../settings/temp-dir';
import { boot, eventually, panelOf, testEnv, trayOf } from './shell-harness';

const logDir = useTempDir('xtd-start-');

const TOKEN = 'MARKERtok3n0123456789abcdef';
const NUMBER = '+1 (385) 555-1234';

function openLog() {
  const logger = createSupportLog({ dir: logDir(), clock: createManualClock() });
  return { logger, folder: logDir() };
}

async function logLines(log: ReturnType<typeof openLog>): Promise<string[]> {
  await log.logger.flush();
  return readFileSync(log.logger.file, 'utf8').trim().split('\n');
}

/** A SecretFile whose read fails as Windows does when antivirus holds the file, or access is denied. */
function failingFile(code: string, path: string): SecretFile {
  return {
    read() {
      throw Object.assign(new Error(`${code}: cannot open '${path}'`), { code, path });
    },
    write: () => undefined,
    remove: () => undefined,
  };
}

/** Starts the app whose controller reads the stored token the way index.ts does. */
async function startWithToken(file: SecretFile, electron: FakeElectron = createFakeElectron()) {
  const log = openLog();
  const env = testEnv('linux');
  const started = runApp(electron, env, {
    openLog: () => log,
    process: new EventEmitter(),
    fs: { mkdir: async () => undefined, writeFile: async () => undefined, rm: async () => undefined },
    readFile: async () => new Uint8Array(),
    makeController() {
      createTokenVault(new FakeSafeStorage(), file, 'linux').has('');
      throw new Error('unreachable: the token read above fails');
    },
  });
  electron.app.becomeReady();
  return { shell: await started, electron, log };
}

describe('a start-up that fails is never silent', () => {
  it.each([
    ['is a folder', 'EISDIR', 'is a folder, not a file'],
    ['unreadable', 'EACCES', 'permission denied'],
    ['locked by antivirus', 'EBUSY', 'locked by another program, often antivirus'],
  ])(
    'token.bin %s: a tray icon in its error state says why, and Quit frees the lock',
    async (_, code, words) => {
      const path = join(logDir(), 'token.bin');
      let file = failingFile(code, path);
      if (code === 'EISDIR') {
        mkdirSync(path); // the real thing: reading a folder fails with EISDIR
        file = createSecretFile(path);
      }
      const { shell, electron, log } = await startWithToken(file);
      expect(shell).toBeNull();
      const tray = trayOf(electron);
      expect(tray.image).toContain('token-rejected');
      expect(tray.toolTip).toContain('Xima Tray Dialer could not start');
      expect(tray.toolTip.length).toBeLessThanOrEqual(127);
      const sentence = tray.contextMenu?.template[0]?.label ?? '';
      expect(sentence).toContain(path);
      expect(sentence).toContain(words);
      tray.item('Open log folder').click?.();
      expect(electron.shell.openedPaths).toEqual([logDir()]);
      tray.item('Quit').click?.();
      expect(electron.app.quitCalls).toBe(1);
      expect((await logLines(log)).filter((line) => line.includes('start.failed'))).toHaveLength(1);
    },
  );

  it('a later launch or link while failed shows the reason again', async () => {
    const { electron } = await startWithToken(failingFile('EBUSY', '/home/agent/token.bin'));
    electron.app.launchSecondInstance(['/opt/Xima Tray Dialer/xima-tray-dialer']);
    electron.app.launchSecondInstance(['/opt/Xima Tray Dialer/xima-tray-dialer', 'tel:+13855551234']);
    await eventually(() => electron.dialog.errorBoxes.length === 2);
    expect(electron.dialog.errorBoxes[0]?.content).toContain('locked by another program');
  });

  it('when not even a tray can be made, an error dialog says why and the app quits', async () => {
    const electron = createFakeElectron();
    electron.Tray = class {
      constructor() {
        throw new Error('no system tray on this desktop');
      }
    } as unknown as FakeElectron['Tray'];
    await startWithToken(failingFile('EACCES', '/home/agent/token.bin'), electron);
    expect(electron.dialog.errorBoxes).toHaveLength(1);
    expect(electron.dialog.errorBoxes[0]?.content).toContain('permission denied');
    expect(electron.app.quitCalls).toBe(1);
  });
});

describe('what escapes is logged once, redacted', () => {
  const sim = useSimulator({ https: false });

  async function running() {
    const log = openLog();
    const proc = new EventEmitter();
    const b = boot({ simulator: sim(), runDeps: { openLog: () => log, process: proc } });
    await b.shell;
    return { b, log, proc };
  }

  const secretError = () => new Error(`request with Bearer ${TOKEN} for ${NUMBER} failed`);

  it.each([
    ['uncaughtException', 'crash.uncaught-exception'],
    ['unhandledRejection', 'crash.unhandled-rejection'],
  ])('%s writes exactly one line, without the token or the number', async (event, marker) => {
    const { b, log, proc } = await running();
    proc.emit(event, secretError());
    const lines = (await logLines(log)).filter((line) => line.includes('crash.'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(marker);
    expect(lines[0]).not.toContain(TOKEN);
    expect(lines[0]).not.toMatch(/385.?555.?1234/);
    await b.close();
  });

  it('child-process-gone writes exactly one line', async () => {
    const { b, log } = await running();
    b.electron.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 139 });
    const lines = (await logLines(log)).filter((line) => line.includes('crash.'));
    expect(lines).toEqual([expect.stringContaining('crash.child-gone {"type":"GPU"')]);
    await b.close();
  });

  it('a panel whose renderer is gone is replaced by a new panel that gets the state', async () => {
    const { b, log } = await running();
    const gone = panelOf(b.electron);
    gone.show();
    b.electron.app.emit('render-process-gone', {}, gone.webContents, { reason: 'crashed', exitCode: 11 });
    expect(b.electron.windows).toHaveLength(2);
    expect(gone.isDestroyed()).toBe(true);
    const fresh = panelOf(b.electron);
    expect(fresh).not.toBe(gone);
    expect(fresh.isVisible()).toBe(true);
    expect((await b.shell)?.panel.window).toBe(fresh);
    await b.node().controller.handlers.refreshCallerIds(undefined);
    expect(fresh.webContents.sent.length).toBeGreaterThan(0);
    const lines = (await logLines(log)).filter((line) => line.includes('crash.'));
    expect(lines).toEqual([
      expect.stringContaining('crash.renderer-gone {"reason":"crashed","exitCode":11}'),
    ]);
    await b.close();
  });
});
