import { describe, expect, it } from 'vitest';
import {
  BAD_PAYLOAD,
  FOREIGN_SENDER,
  HANDLER_FAILED,
  registerIpcGateway,
} from '../../../../src/main/ipc/gateway';
import { NETWORK_CHANNEL } from '../../../../src/main/ipc/internal-channels';
import { ownUrlMatcher } from '../../../../src/main/window/own-url';
import { PANEL_URL } from '../../../../src/main/window/panel-scheme';
import {
  channelOf,
  payloadSchemas,
  type Intent,
  type IntentHandlers,
} from '../../../../src/shared/ipc-contract';
import { FakeFrame, FakeIpcMain } from '../../../support/electron-fake';
import { postsTo, useSimulator } from '../../../support/simulator';
import { eventually, panelOf, useShell } from './shell-harness';

/** A gateway over handlers that record what reached them. */
function gateway() {
  const ipcMain = new FakeIpcMain();
  const panelFrame = new FakeFrame(PANEL_URL, 7, 1);
  const calls: Array<[string, unknown]> = [];
  const handlers = Object.fromEntries(
    Object.keys(payloadSchemas).map((intent) => [
      intent,
      async (payload: unknown) => {
        calls.push([intent, payload]);
        if (intent === 'clearHistory') throw new Error('disk on fire');
        return { ok: true };
      },
    ]),
  ) as unknown as IntentHandlers;
  const network: boolean[] = [];
  const refused: string[] = [];
  registerIpcGateway({
    ipcMain,
    handlers,
    panel: { mainFrame: () => panelFrame, isOwnUrl: ownUrlMatcher(null), send: () => undefined },
    onNetworkChange: (online) => network.push(online),
    onRefused: (intent, why) => refused.push(`${intent}:${why}`),
  });
  return { ipcMain, panelFrame, calls, network, refused };
}

describe('the IPC gateway', () => {
  it('registers exactly one handler per intent, by channel name', () => {
    const { ipcMain } = gateway();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      (Object.keys(payloadSchemas) as Intent[]).map(channelOf).sort(),
    );
  });

  it('passes a valid payload from the panel to its handler', async () => {
    const { ipcMain, panelFrame, calls } = gateway();
    const result = await ipcMain.invoke(channelOf('dial'), panelFrame, {
      text: '385-555-1234',
      callerId: null,
    });
    expect(result).toEqual({ ok: true });
    expect(calls).toEqual([['dial', { text: '385-555-1234', callerId: null }]]);
  });

  it('refuses a foreign frame: another process, an iframe, or the panel after navigating away', async () => {
    const { ipcMain, panelFrame, calls, refused } = gateway();
    const payload = { text: '385-555-1234', callerId: null };
    const iframe = new FakeFrame(PANEL_URL, 7, 2);
    const elsewhere = new FakeFrame('https://evil.example/', 9, 1);
    for (const frame of [iframe, elsewhere, null]) {
      expect(await ipcMain.invoke(channelOf('dial'), frame, payload)).toEqual({
        ok: false,
        message: FOREIGN_SENDER,
      });
    }
    panelFrame.url = 'https://evil.example/';
    expect(await ipcMain.invoke(channelOf('dial'), panelFrame, payload)).toEqual({
      ok: false,
      message: FOREIGN_SENDER,
    });
    // The built page opened as a file:// page (the old way of loading it) is a stranger too.
    panelFrame.url = 'file:///app/out/renderer/index.html';
    expect(await ipcMain.invoke(channelOf('dial'), panelFrame, payload)).toEqual({
      ok: false,
      message: FOREIGN_SENDER,
    });
    expect(calls).toEqual([]);
    expect(refused).toEqual(['dial:sender', 'dial:sender', 'dial:sender', 'dial:sender', 'dial:sender']);
  });

  it('answers a bad payload with an error and never calls the handler', async () => {
    const { ipcMain, panelFrame, calls } = gateway();
    const bad: Array<[string, unknown[]]> = [
      [channelOf('dial'), [{ text: 42, callerId: null }]],
      [channelOf('dial'), [{ text: '1', callerId: null, extra: true }]],
      [channelOf('setToken'), [{ token: '' }]],
      [channelOf('understand'), [{ text: 'x'.repeat(70_000) }]],
      [channelOf('getState'), [{ sneaky: 1 }]],
      [channelOf('dial'), [{ text: '1', callerId: null }, 'second argument']],
      [channelOf('saveSettings'), [{ hotkey: 5 }]],
    ];
    for (const [channel, args] of bad) {
      expect(await ipcMain.invoke(channel, panelFrame, ...args)).toEqual({ ok: false, message: BAD_PAYLOAD });
    }
    expect(calls).toEqual([]);
  });

  it('turns a failing handler into a sentence instead of a rejected promise', async () => {
    const { ipcMain, panelFrame } = gateway();
    expect(await ipcMain.invoke(channelOf('clearHistory'), panelFrame)).toEqual({
      ok: false,
      message: HANDLER_FAILED,
    });
  });

  it('takes network changes only from the panel, and only booleans', () => {
    const { ipcMain, panelFrame, network } = gateway();
    ipcMain.sendFrom(NETWORK_CHANNEL, panelFrame, true);
    ipcMain.sendFrom(NETWORK_CHANNEL, panelFrame, 'yes');
    ipcMain.sendFrom(NETWORK_CHANNEL, new FakeFrame('https://evil.example/', 9, 1), false);
    expect(network).toEqual([true]);
  });
});

describe('the gateway in the running app', () => {
  const sim = useSimulator({ https: false });
  const shell = useShell(sim);

  it('dials through the real controller for the panel, and not for a foreign frame', async () => {
    const { electron } = await shell();
    const { ipcMain } = electron;
    const panel = panelOf(electron).webContents.mainFrame;
    const foreign = await ipcMain.invoke(channelOf('dial'), new FakeFrame('https://evil.example/', 99, 1), {
      text: '385-555-1234',
      callerId: null,
    });
    expect(foreign).toEqual({ ok: false, message: FOREIGN_SENDER });
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
    const own = await ipcMain.invoke(channelOf('dial'), panel, { text: '385-555-1234', callerId: null });
    expect(own).toMatchObject({ ok: true });
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(1);
  });

  it('re-warms the connection when the panel reports the network is back', async () => {
    const { electron } = await shell();
    const before = sim().requests.length;
    electron.ipcMain.sendFrom(NETWORK_CHANNEL, panelOf(electron).webContents.mainFrame, true);
    await eventually(() => sim().requests.length > before);
    expect(sim().requests.length).toBeGreaterThan(before);
  });
});
