import { setTimeout as pause } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createDialActions } from '../../src/main/hotkey/dial-actions';
import { HotkeyService } from '../../src/main/hotkey/hotkey-service';
import { registerIpcGateway } from '../../src/main/ipc/gateway';
import { createSelectionCapture } from '../../src/main/selection/create-selection-reader';
import { realClock } from '../../src/main/selection/types';
import { channelOf, type ActionResult } from '../../src/shared/ipc-contract';
import { createFakeElectron, FakeFrame, type FakeElectron } from '../support/electron-fake';
import { createNodeController, type NodeController } from '../support/node-ports';
import { postsTo, useSimulator } from '../support/simulator';

const HOTKEY = 'CommandOrControl+Alt+Shift+D';
const sim = useSimulator();
let app: NodeController | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/**
 * The hotkey as the shell wires it: Electron's global shortcut → HotkeyService → selection capture
 * (X11 PRIMARY) → the real controller and Xima client → the simulator. `press` fires the shortcut like
 * the OS does and returns what the agent was told.
 */
async function hotkeyRig(): Promise<{
  electron: FakeElectron;
  node: NodeController;
  press(): Promise<ActionResult | null>;
}> {
  const electron = createFakeElectron({ platform: 'linux' });
  const node = createNodeController({ simulator: sim() });
  app = node;
  // As at app start: caller IDs fetched, connection warm.
  await node.controller.start();
  const actions = createDialActions({
    capture: createSelectionCapture(
      { platform: 'linux', wayland: false },
      { clipboard: electron.clipboard, clock: realClock, openExternal: () => undefined },
    ),
    clipboard: electron.clipboard,
    controller: node.controller,
    notifier: node.ports.notifier,
    accelerator: () => HOTKEY,
    platform: 'linux',
  });
  let last: Promise<ActionResult | null> = Promise.resolve(null);
  const hotkey = new HotkeyService(electron.globalShortcut, { platform: 'linux', wayland: false }, () => {
    last = actions.hotkey();
  });
  expect(hotkey.apply(HOTKEY).registered).toBe(true);
  return {
    electron,
    node,
    press() {
      expect(electron.globalShortcut.press(HOTKEY)).toBe(true);
      return last;
    },
  };
}

/** Twenty presses within one second of the app's clock, each its own OS event (a turn of the loop). */
async function hammer(rig: Awaited<ReturnType<typeof hotkeyRig>>, selection: (i: number) => string) {
  const results: Promise<ActionResult | null>[] = [];
  for (let i = 0; i < 20; i += 1) {
    rig.electron.clipboard.selection!.text = selection(i);
    results.push(rig.press());
    rig.node.ports.clock.advance(45);
    await pause(5);
  }
  return Promise.all(results);
}

const dialPosts = () => postsTo(sim(), 'click-to-dial');

describe('hammering the hotkey', () => {
  it('turns 20 presses on the same selection within a second into exactly one dial', async () => {
    const rig = await hotkeyRig();
    // Slow enough that some presses land while the dial is in flight, the rest after it answered.
    sim().script('click-to-dial', { kind: 'delay', ms: 100 });
    const results = await hammer(rig, () => 'Please call Jane back at (385) 555-1234 about the order.');

    expect(dialPosts()).toHaveLength(1);
    expect(dialPosts()[0]?.body).toEqual({ numberToDial: '3855551234', useSelectedOutboundCallerId: true });
    expect(sim().state.placedCalls).toHaveLength(1);
    expect(results[0]).toEqual({ ok: true, message: 'Calling (385) 555-1234 from Sales Desk' });
    for (const repeat of results.slice(1)) {
      expect(repeat).toEqual({
        ok: false,
        message: 'Already calling (385) 555-1234 — ignored the repeated press',
      });
    }
    expect(rig.node.controller.getState().history).toHaveLength(1);
  });

  it('dials the first of 20 different numbers and refuses the rest with a sentence while it is in flight', async () => {
    const rig = await hotkeyRig();
    // The first POST stays in flight while all 20 presses arrive.
    sim().script('click-to-dial', { kind: 'delay', ms: 1_500 });
    const line = (i: number) => String(1000 + i);
    const results = await hammer(rig, (i) => `Call (801) 555-${line(i)} today`);

    expect(dialPosts().map((r) => r.body)).toEqual([
      { numberToDial: '8015551000', useSelectedOutboundCallerId: true },
    ]);
    expect(results[0]).toEqual({ ok: true, message: 'Calling (801) 555-1000 from Sales Desk' });
    results.slice(1).forEach((refused, index) => {
      expect(refused).toEqual({
        ok: false,
        message: `Still placing the call to (801) 555-1000 — (801) 555-${line(index + 1)} was not dialed; press again once the first call is through`,
      });
    });
    // Refused, not queued: nothing else goes out after the first call answered.
    await pause(50);
    expect(dialPosts()).toHaveLength(1);
    const told = rig.node.ports.notifier.shown.filter((n) => n.title === 'Not dialed');
    expect(told).toHaveLength(19);
  });
});

describe('hammering the panel', () => {
  it('turns 20 "Dial" clicks arriving over IPC at once into one POST', async () => {
    const electron = createFakeElectron();
    const node = createNodeController({ simulator: sim() });
    app = node;
    await node.controller.start();
    const frame = new FakeFrame('file:///app/out/renderer/index.html');
    const gateway = registerIpcGateway({
      ipcMain: electron.ipcMain,
      handlers: node.controller.handlers,
      panel: { mainFrame: () => frame, isOwnUrl: (url) => url === frame.url, send: () => undefined },
      onNetworkChange: () => undefined,
    });
    sim().script('click-to-dial', { kind: 'delay', ms: 100 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        electron.ipcMain.invoke(channelOf('dial'), frame, { text: '385 555 1234', callerId: null }),
      ),
    );
    gateway.dispose();
    expect(dialPosts()).toHaveLength(1);
    expect(results.filter((r) => (r as ActionResult).ok)).toHaveLength(1);
    expect(
      new Set(results.filter((r) => !(r as ActionResult).ok).map((r) => (r as ActionResult).message)),
    ).toEqual(new Set(['Already calling (385) 555-1234 — ignored the repeated press']));
  });
});
