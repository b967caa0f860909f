import { setTimeout as pause } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { channelOf, type ActionResult } from '../../src/shared/ipc-contract';
import { FakeSelection } from '../support/electron-fake';
import { postsTo, useSimulator } from '../support/simulator';
import { boot, eventually, panelOf, type Booted } from '../unit/main/shell/shell-harness';

/**
 * Hammering through the REAL shell (runApp on the shared Electron fake, the real controller and Xima
 * client, the simulator on loopback): the OS fires the registered global shortcut, the shell captures
 * the X11 PRIMARY selection and dials. What the agent is told is what the shell shows as notifications.
 * Decision (documented in the README): while a dial is in flight, a press for another number is
 * REFUSED with a sentence, never queued — a queued dial would go out seconds later, when the agent may
 * already be talking to someone else.
 */
const sim = useSimulator({ https: false });
let booted: Booted | null = null;
afterEach(async () => {
  await booted?.close();
  booted = null;
});

async function started(): Promise<Booted> {
  booted = boot({ simulator: sim() });
  await booted.shell;
  // As at app start: caller IDs fetched, connection warm.
  await booted.node().controller.start();
  return booted;
}

const hotkeyOf = (b: Booted): string => b.node().controller.getState().settings.hotkey;
const told = (b: Booted) =>
  b.electron.notifications.map((n) => ({ title: n.options.title, body: n.options.body }));
const dialPosts = () => postsTo(sim(), 'click-to-dial');

/** Twenty presses within one second of the app's clock, each its own OS event (a turn of the loop). */
async function hammer(b: Booted, selection: (i: number) => string): Promise<void> {
  const hotkey = hotkeyOf(b);
  for (let i = 0; i < 20; i += 1) {
    b.electron.clipboard.selection = new FakeSelection(selection(i));
    expect(b.electron.globalShortcut.press(hotkey)).toBe(true);
    b.node().ports.clock.advance(45);
    await pause(5);
  }
}

describe('hammering the hotkey in the running shell', () => {
  it('turns 20 presses on the same selection within a second into exactly one dial', async () => {
    const b = await started();
    // Slow enough that some presses land while the dial is in flight, the rest after it answered.
    sim().script('click-to-dial', { kind: 'delay', ms: 100 });
    await hammer(b, () => 'Please call Jane back at (385) 555-1234 about the order.');
    await eventually(() => b.node().controller.getState().ignoredPresses?.count === 19, 300);
    // On a slow runner the last press can come before the first call's answer.
    await eventually(() => told(b).some((n) => n.title === 'Calling'), 300);

    expect(dialPosts()).toHaveLength(1);
    expect(dialPosts()[0]?.body).toEqual({ numberToDial: '3855551234', useSelectedOutboundCallerId: true });
    expect(sim().state.placedCalls).toHaveLength(1);
    const notes = told(b);
    expect(notes.filter((n) => n.title === 'Calling')).toEqual([
      { title: 'Calling', body: 'Calling (385) 555-1234 from Sales Desk' },
    ]);
    // One notification for the burst; the panel counts every ignored press.
    expect(notes.filter((n) => n.title !== 'Calling')).toEqual([
      { title: 'Not dialed', body: 'Already calling (385) 555-1234 — ignored the repeated press' },
    ]);
    expect(b.node().controller.getState().history).toHaveLength(1);
  });

  it('dials the first of 20 different numbers and refuses each other one with its own sentence', async () => {
    const b = await started();
    // The first POST stays in flight while all 20 presses arrive.
    sim().script('click-to-dial', { kind: 'delay', ms: 1_500 });
    const line = (i: number) => String(1000 + i);
    await hammer(b, (i) => `Call (801) 555-${line(i)} today`);
    // The first call is still in flight: every other press was refused, each with its own sentence in the
    // panel, and the burst raised one notification.
    const refusal = (i: number) =>
      `Still placing the call to (801) 555-1000 — (801) 555-${line(i)} was not dialed; press again once the first call is through`;
    await eventually(() => b.node().controller.getState().ignoredPresses?.count === 19, 400);
    expect(b.node().controller.getState().ignoredPresses?.message).toBe(
      `${refusal(19)} (19 presses ignored)`,
    );
    await eventually(() => told(b).some((n) => n.title === 'Calling'), 400);

    expect(dialPosts().map((r) => r.body)).toEqual([
      { numberToDial: '8015551000', useSelectedOutboundCallerId: true },
    ]);
    const notes = told(b);
    expect(notes.filter((n) => n.title === 'Calling')).toEqual([
      { title: 'Calling', body: 'Calling (801) 555-1000 from Sales Desk' },
    ]);
    expect(notes.filter((n) => n.title !== 'Calling')).toEqual([{ title: 'Not dialed', body: refusal(1) }]);
    // Refused, not queued: nothing else goes out after the first call answered.
    await pause(50);
    expect(dialPosts()).toHaveLength(1);
    expect(b.node().controller.getState().history).toHaveLength(1);
  });
});

describe('hammering the panel in the running shell', () => {
  it('turns 20 "Dial" clicks arriving over IPC at once into one POST', async () => {
    const b = await started();
    const frame = panelOf(b.electron).webContents.mainFrame;
    sim().script('click-to-dial', { kind: 'delay', ms: 100 });
    const results = (await Promise.all(
      Array.from({ length: 20 }, () =>
        b.electron.ipcMain.invoke(channelOf('dial'), frame, { text: '385 555 1234', callerId: null }),
      ),
    )) as ActionResult[];

    expect(dialPosts()).toHaveLength(1);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(results.filter((r) => !r.ok).map((r) => r.message))).toEqual(
      new Set(['Already calling (385) 555-1234 — ignored the repeated press']),
    );
  });
});
