import { afterEach, describe, expect, it } from 'vitest';
import { createCountingTransport } from '../../../scripts/lib/fuzz/counting-transport';
import { createXimaClient } from '../../../src/core/xima';
import { FOREIGN_SENDER, registerIpcGateway } from '../../../src/main/ipc/gateway';
import { NETWORK_CHANNEL } from '../../../src/main/ipc/internal-channels';
import { ownUrlMatcher } from '../../../src/main/window/own-url';
import { PANEL_URL } from '../../../src/main/window/panel-scheme';
import type { PanelWindowOptions } from '../../../src/main/window/secure-options';
import {
  channelOf,
  payloadSchemas,
  type Intent,
  type IntentHandlers,
} from '../../../src/shared/ipc-contract';
import { createFakeElectron, FakeFrame, type FakeBrowserWindow } from '../../support/electron-fake';
import { createNodeController, type NodeController } from '../../support/node-ports';

let app: NodeController | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/**
 * The shell's wiring of the gateway (as in start-shell.ts) on the shared Electron fake: the panel window
 * showing the built page, the REAL controller behind it with its Xima client on a counting transport,
 * and every handler wrapped so a call would be seen.
 */
async function panelRig() {
  const electron = createFakeElectron();
  const window = new electron.BrowserWindow({} as PanelWindowOptions) as FakeBrowserWindow;
  await window.loadURL(PANEL_URL);
  const transport = createCountingTransport();
  app = createNodeController({
    settings: { host: 'acme.xima.cloud', extension: '1001', callbackSkills: ['Online Requests'] },
    token: 'tok-foreign-frame-1',
    demo: false,
    overrides: { createXima: (config) => createXimaClient({ ...config, transport }), baseUrlOverride: null },
  });
  const real = app.controller.handlers;
  const called: string[] = [];
  const handlers = Object.fromEntries(
    (Object.keys(payloadSchemas) as Intent[]).map((intent) => [
      intent,
      (payload: never) => {
        called.push(intent);
        return (real[intent] as (p: never) => Promise<unknown>)(payload);
      },
    ]),
  ) as unknown as IntentHandlers;
  const network: boolean[] = [];
  registerIpcGateway({
    ipcMain: electron.ipcMain,
    handlers,
    panel: {
      mainFrame: () => (window.isDestroyed() ? null : window.webContents.mainFrame),
      isOwnUrl: ownUrlMatcher(null),
      send: (channel, payload) => window.webContents.send(channel, payload),
    },
    onNetworkChange: (online) => network.push(online),
  });
  return { electron, window, transport, called, network };
}

const DIAL = { text: 'Call (385) 555-1234', callerId: null };

describe('an IPC message from a foreign frame', () => {
  it.each([
    [
      'an iframe inside the panel',
      (main: FakeFrame) => new FakeFrame('https://ads.example/frame.html', main.processId, 2),
    ],
    [
      'an iframe that loaded the app page itself',
      (main: FakeFrame) => new FakeFrame(PANEL_URL, main.processId, 2),
    ],
    ['another window of the app', () => new FakeFrame(PANEL_URL, 999, 1)],
    ['a frame Electron no longer knows (null)', () => null],
  ])('from %s is refused and never reaches the controller', async (_what, frameOf) => {
    const { electron, window, transport, called } = await panelRig();
    const frame = frameOf(window.webContents.mainFrame);
    const answers = await Promise.all([
      electron.ipcMain.invoke(channelOf('dial'), frame, DIAL),
      electron.ipcMain.invoke(channelOf('setToken'), frame, { token: 'tok-attacker-0001' }),
      electron.ipcMain.invoke(channelOf('saveSettings'), frame, { host: 'evil.example' }),
      electron.ipcMain.invoke(channelOf('getState'), frame),
    ]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, message: FOREIGN_SENDER });
    expect(called).toEqual([]);
    expect(transport.requests).toEqual([]);
    expect(app?.ports.settingsStore.saves).toEqual([]);
    expect(app?.ports.tokenVault.token).toBe('tok-foreign-frame-1');
  });

  it('is refused once the panel was navigated away from the app page, even from its main frame', async () => {
    const { electron, window, called, network } = await panelRig();
    // The page got navigated (say a link the panel's own guard missed): same frame, another page.
    window.webContents.mainFrame.url = 'https://evil.example/';
    const main = window.webContents.mainFrame;
    expect(await electron.ipcMain.invoke(channelOf('dial'), main, DIAL)).toEqual({
      ok: false,
      message: FOREIGN_SENDER,
    });
    electron.ipcMain.sendFrom(NETWORK_CHANNEL, main, false);
    expect(called).toEqual([]);
    expect(network).toEqual([]);
  });

  it('from the panel itself goes through (the refusals above are about the sender)', async () => {
    const { electron, window, transport, called } = await panelRig();
    const answer = await electron.ipcMain.invoke(channelOf('dial'), window.webContents.mainFrame, DIAL);
    expect(answer).toMatchObject({ ok: true });
    expect(called).toEqual(['dial']);
    expect(transport.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
