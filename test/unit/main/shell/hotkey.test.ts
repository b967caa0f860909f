import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_HOTKEY } from '../../../../src/core/settings/defaults';
import { createDialActions } from '../../../../src/main/hotkey/dial-actions';
import { HotkeyService } from '../../../../src/main/hotkey/hotkey-service';
import { WAYLAND_EMPTY } from '../../../../src/main/selection/linux-primary';
import { HELPER_MISSING } from '../../../../src/main/selection/native/load-koffi';
import { FakeGlobalShortcut, FakeSelection } from '../../../support/electron-fake';
import { postsTo, useSimulator } from '../../../support/simulator';
import { boot, eventually, panelOf, trayOf, type Booted } from './shell-harness';

describe('registering the hotkey', () => {
  const service = (platform: 'darwin' | 'win32' | 'linux' = 'win32', wayland = false) => {
    const shortcuts = new FakeGlobalShortcut();
    let presses = 0;
    const hotkey = new HotkeyService(shortcuts, { platform, wayland }, () => (presses += 1));
    return { shortcuts, hotkey, presses: () => presses };
  };

  it('registers, fires, pauses and resumes', () => {
    const { shortcuts, hotkey, presses } = service();
    expect(hotkey.apply('Control+Alt+D')).toMatchObject({ registered: true, message: null });
    shortcuts.press('Control+Alt+D');
    expect(presses()).toBe(1);
    expect(hotkey.setPaused(true)).toMatchObject({ paused: true, registered: false });
    expect(shortcuts.press('Control+Alt+D')).toBe(false);
    expect(hotkey.setPaused(false)).toMatchObject({ paused: false, registered: true });
    expect(shortcuts.press('Control+Alt+D')).toBe(true);
  });

  it('says which keys another app holds', () => {
    const { shortcuts, hotkey } = service();
    shortcuts.takenByOthers.add('Control+Alt+D');
    expect(hotkey.apply('Control+Alt+D')).toMatchObject({
      registered: false,
      message: 'Ctrl+Alt+D is taken by another app — choose another.',
    });
  });

  it('does not trust register() where the platform lies, and explains the Wayland portal', () => {
    const mac = service('darwin');
    mac.shortcuts.silentlyFailing.add('Command+Alt+D');
    expect(mac.hotkey.apply('Command+Alt+D')).toMatchObject({ registered: false });
    expect(mac.hotkey.status().message).toBe('⌥⌘D is taken by macOS or another app — choose another.');

    const wayland = service('linux', true);
    wayland.shortcuts.silentlyFailing.add('Control+Alt+Shift+D');
    const state = wayland.hotkey.apply('Control+Alt+Shift+D');
    expect(state.registered).toBe(false);
    expect(state.message).toMatch(/Wayland.*Global Shortcuts.*portal/);
  });

  it('on macOS and Wayland calls a registered shortcut unproven until its first press arrives', () => {
    for (const [platform, wayland, words] of [
      ['darwin', false, /^⌥⇧⌘D is set, but macOS does not tell apps when another app uses the same keys/],
      ['linux', true, /^Ctrl\+Alt\+Shift\+D waits for your desktop's "Global Shortcuts" portal/],
    ] as const) {
      const shortcuts = new FakeGlobalShortcut();
      const statuses: (string | null)[] = [];
      let presses = 0;
      const hotkey = new HotkeyService(
        shortcuts,
        { platform, wayland },
        () => (presses += 1),
        (status) => void statuses.push(status.message),
      );
      const applied = hotkey.apply(DEFAULT_HOTKEY);
      expect(applied.registered).toBe(true);
      expect(applied.message).toMatch(words);
      shortcuts.press(DEFAULT_HOTKEY);
      shortcuts.press(DEFAULT_HOTKEY);
      expect(presses).toBe(2);
      expect(statuses).toEqual([null]);
      expect(hotkey.status().message).toBeNull();
      // Proven stays proven across a pause; a new accelerator has to prove itself again.
      hotkey.setPaused(true);
      expect(hotkey.setPaused(false).message).toBeNull();
      expect(hotkey.apply('Control+Alt+Shift+F9').message).not.toBeNull();
    }
    const windows = service('win32');
    expect(windows.hotkey.apply(DEFAULT_HOTKEY).message).toBeNull();
    const x11 = service('linux', false);
    expect(x11.hotkey.apply(DEFAULT_HOTKEY).message).toBeNull();
  });

  it('hands the modifiers still held down to the capture with each press', async () => {
    const shortcuts = new FakeGlobalShortcut();
    const reads: (readonly string[])[] = [];
    const actions = createDialActions({
      capture: { read: async (held) => (reads.push(held), { ok: true, text: '385-555-1234' }) },
      clipboard: { readText: async () => '' },
      controller: {
        warmOnIntent: () => undefined,
        dialFromHotkey: async () => ({ ok: true }),
        dialFromTray: async () => ({ ok: true }),
      },
      notifier: { show: () => undefined },
      accelerator: () => '',
      platform: 'win32',
    });
    const hotkey = new HotkeyService(shortcuts, { platform: 'win32', wayland: false }, (press) => {
      void actions.hotkey(press);
    });
    hotkey.apply('Super+Alt+D');
    shortcuts.press('Super+Alt+D');
    await eventually(() => reads.length === 1);
    hotkey.apply('CommandOrControl+Shift+F9');
    shortcuts.press('CommandOrControl+Shift+F9');
    await eventually(() => reads.length === 2);
    expect(reads).toEqual([
      ['command', 'alt'],
      ['control', 'shift'],
    ]);
  });

  it('turns an accelerator Electron cannot parse into a sentence', () => {
    const { shortcuts, hotkey } = service();
    shortcuts.invalid.add('Ctrl+Banana');
    expect(hotkey.apply('Ctrl+Banana').message).toMatch(/is not a shortcut the system understands/);
  });

  it('checks a candidate without keeping it, and keeps the current one', () => {
    const { shortcuts, hotkey } = service();
    hotkey.apply('Control+Alt+D');
    shortcuts.takenByOthers.add('Control+Alt+X');
    expect(hotkey.check('Control+Alt+X')).toEqual({
      ok: false,
      message: 'Ctrl+Alt+X is taken by another app — choose another.',
    });
    expect(hotkey.check('Control+Alt+Y')).toEqual({ ok: true });
    expect(shortcuts.isRegistered('Control+Alt+Y')).toBe(false);
    expect(shortcuts.isRegistered('Control+Alt+D')).toBe(true);
  });
});

const sim = useSimulator({ https: false });
let booted: Booted | null = null;
afterEach(async () => {
  await booted?.close();
  booted = null;
});

const started = async (options: Parameters<typeof boot>[0] = {}) => {
  booted = boot({ simulator: sim(), ...options });
  await booted.shell;
  await booted.node().controller.start();
  return booted;
};
const press = async (b: Booted) => {
  expect(b.electron.globalShortcut.press(DEFAULT_HOTKEY)).toBe(true);
  // The capture and the dial are asynchronous; wait until the controller is idle again.
  for (
    let i = 0;
    i < 50 && (b.node().controller.getState().dialing || postsTo(sim(), 'click-to-dial').length === 0);
    i++
  ) {
    await new Promise((r) => setTimeout(r, 10));
  }
};
const lastNotification = (b: Booted) => b.electron.notifications.at(-1)?.options;

describe('one capture at a time', () => {
  it('drops a second press while a simulated copy is still running', async () => {
    let release: (() => void) | null = null;
    let reads = 0;
    const dialed: string[] = [];
    const actions = createDialActions({
      capture: {
        read: () => {
          reads += 1;
          return new Promise((resolve) => (release = () => resolve({ ok: true, text: '385-555-1234' })));
        },
      },
      clipboard: { readText: async () => '' },
      controller: {
        warmOnIntent: () => undefined,
        dialFromHotkey: async (text) => (dialed.push(text), { ok: true }),
        dialFromTray: async () => ({ ok: true }),
      },
      notifier: { show: () => undefined },
      accelerator: () => DEFAULT_HOTKEY,
      platform: 'win32',
    });
    const first = actions.hotkey({ held: ['control', 'alt', 'shift'] });
    expect(await actions.hotkey({ held: ['control', 'alt', 'shift'] })).toBeNull();
    release!();
    await first;
    expect(reads).toBe(1);
    expect(dialed).toEqual(['385-555-1234']);
  });
});

describe('tray "Dial selection" per platform', () => {
  const actionsFor = (platform: 'darwin' | 'win32' | 'linux', accelerator = DEFAULT_HOTKEY) => {
    const reads: (readonly string[])[] = [];
    const dialed: string[] = [];
    const shown: string[] = [];
    const actions = createDialActions({
      capture: {
        read: async (held) => (reads.push(held), { ok: true, text: '385-555-1234' }),
      },
      clipboard: { readText: async () => '801-555-9876' },
      controller: {
        warmOnIntent: () => undefined,
        dialFromHotkey: async () => ({ ok: true }),
        dialFromTray: async (text) => (dialed.push(text), { ok: true }),
      },
      notifier: { show: (_title, body) => void shown.push(body) },
      accelerator: () => accelerator,
      platform,
    });
    return { actions, reads, dialed, shown };
  };

  it('macOS and Linux capture the selection (no hotkey modifiers to release) and dial it', async () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const { actions, reads, dialed } = actionsFor(platform);
      expect((await actions.selection())?.ok).toBe(true);
      expect(reads).toEqual([[]]);
      expect(dialed).toEqual(['385-555-1234']);
    }
  });

  it('Windows sends no copy keystroke and reads no clipboard: it says what works instead', async () => {
    const { actions, reads, dialed, shown } = actionsFor('win32');
    const result = await actions.selection();
    expect(result?.ok).toBe(false);
    expect(reads).toEqual([]);
    expect(dialed).toEqual([]);
    expect(shown).toEqual([result?.message]);
    expect(result?.message).toContain('press Ctrl+Alt+Shift+D where the number is highlighted');
    const paused = actionsFor('win32', '');
    expect((await paused.actions.selection())?.message).toBe(
      'Windows moves the focus to the tray menu, so the highlighted number cannot be read from there — copy the number and choose "Dial clipboard".',
    );
  });
});

describe('the hotkey pipeline, per capture outcome', () => {
  it('X11: dials the highlighted number from the PRIMARY selection, without touching the clipboard', async () => {
    const b = await started();
    b.electron.clipboard.selection = new FakeSelection('Customer: Jane, call back on (385) 555-1234 today');
    b.electron.clipboard.set({ 'text/plain': 'the agent’s own clipboard' });
    await press(b);
    const dials = postsTo(sim(), 'click-to-dial');
    expect(dials).toHaveLength(1);
    expect(dials[0]?.body).toMatchObject({ numberToDial: '3855551234' });
    expect(b.electron.clipboard.writes).toHaveLength(0);
    expect(lastNotification(b)?.body).toMatch(/^Calling /);
  });

  it('asks Chromium to open the connection before it starts reading the selection', async () => {
    const b = await started();
    const preconnects = b.electron.session.defaultSession.preconnects;
    const seenAtCapture: number[] = [];
    b.electron.clipboard.selection = new (class extends FakeSelection {
      override async readText() {
        seenAtCapture.push(preconnects.length);
        return super.readText();
      }
    })('(385) 555-1234');
    const before = preconnects.length;
    await press(b);
    expect(seenAtCapture).toEqual([before + 1]);
    expect(preconnects.at(-1)?.url).toBe(sim().baseUrl);
    expect(sim().requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
  });

  it('X11: nothing highlighted → "No phone number in the selection" and no request', async () => {
    const b = await started();
    b.electron.clipboard.selection = new FakeSelection('');
    b.electron.globalShortcut.press(DEFAULT_HOTKEY);
    await new Promise((r) => setTimeout(r, 50));
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
    expect(lastNotification(b)?.body).toMatch(/No phone number in the selection/);
  });

  it('several numbers → the panel opens with a chooser and nothing is dialed', async () => {
    const b = await started();
    b.electron.clipboard.selection = new FakeSelection('Office 385-555-1234, mobile 801-555-9876');
    b.electron.globalShortcut.press(DEFAULT_HOTKEY);
    await new Promise((r) => setTimeout(r, 50));
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
    expect(b.node().controller.getState().chooser?.numbers).toHaveLength(2);
    expect(panelOf(b.electron).isVisible()).toBe(true);
  });

  it('Wayland without a shared selection: a sentence with a way forward, no request', async () => {
    const b = await started({ env: { XDG_SESSION_TYPE: 'wayland' } });
    b.electron.clipboard.selection = new FakeSelection('');
    b.electron.clipboard.set({ 'text/plain': '385-555-1234' }); // an old number must not be dialed
    b.electron.globalShortcut.press(DEFAULT_HOTKEY);
    await new Promise((r) => setTimeout(r, 50));
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
    expect(lastNotification(b)?.body).toBe(WAYLAND_EMPTY);
  });

  it('Windows without its native helper: explains instead of crashing, no request', async () => {
    const b = await started({ platform: 'win32' });
    b.electron.globalShortcut.press(DEFAULT_HOTKEY);
    await eventually(() => Boolean(lastNotification(b)));
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
    expect(lastNotification(b)?.body).toBe(HELPER_MISSING);
  });

  it('macOS: the tray tooltip says the hotkey is unproven until a press proves it', async () => {
    const b = await started({ platform: 'darwin' });
    expect(trayOf(b.electron).toolTip).toContain('macOS does not tell apps');
    expect(b.node().controller.getState().hotkey).toMatchObject({ registered: true });
    b.electron.globalShortcut.press(DEFAULT_HOTKEY);
    await eventually(() => b.node().controller.getState().hotkey.message === null);
    expect(b.node().controller.getState().hotkey.message).toBeNull();
    expect(trayOf(b.electron).toolTip).toContain('Hotkey: ⌥⇧⌘D');
  });

  it('a hotkey another app holds shows up in the panel state and the tray tooltip', async () => {
    const electronOptions = { platform: 'win32' as const };
    booted = boot({ simulator: sim(), ...electronOptions, holdReady: true });
    booted.electron.globalShortcut.takenByOthers.add(DEFAULT_HOTKEY);
    booted.electron.app.becomeReady();
    await booted.shell;
    const { hotkey } = booted.node().controller.getState();
    expect(hotkey).toMatchObject({
      registered: false,
      message: 'Ctrl+Alt+Shift+D is taken by another app — choose another.',
    });
    expect(trayOf(booted.electron).toolTip).toContain(
      'Ctrl+Alt+Shift+D is taken by another app — choose another.',
    );
  });
});
