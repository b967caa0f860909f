import { afterEach, describe, expect, it } from 'vitest';
import { END_OF_SWITCHES, findLinkInArgv, MAX_LINK_LENGTH } from '../../../../src/main/protocol/find-link';
import { channelOf, NAVIGATE_CHANNEL } from '../../../../src/shared/ipc-contract';
import { LINK_ARMING_MS, NOT_ARMED, NOT_SPACE } from '../../../../src/shared/link-consent';
import { postsTo, useSimulator } from '../../../support/simulator';
import { boot, panelOf, trayOf, type Booted } from './shell-harness';

describe('finding a tel:/callto: link in a command line', () => {
  it('finds the link wherever the OS or Chromium put it', () => {
    expect(findLinkInArgv(['C:\\App\\xtd.exe', 'tel:+13855551234'])).toBe('tel:+13855551234');
    expect(
      findLinkInArgv([
        '/usr/bin/xtd',
        '--allow-file-access-from-files',
        'tel:385-555-1234',
        '--enable-features=GlobalShortcutsPortal',
      ]),
    ).toBe('tel:385-555-1234');
    expect(findLinkInArgv(['/usr/lib/electron', '.', '--no-sandbox', 'callto:3855551234'])).toBe(
      'callto:3855551234',
    );
    expect(findLinkInArgv(['xtd.exe', '"TEL:+1 385 555 1234"'])).toBe('TEL:+1 385 555 1234');
  });

  it('ignores flags, other schemes and absurdly long arguments', () => {
    expect(findLinkInArgv(['/usr/bin/xtd', '--tel:3855551234'])).toBeNull();
    expect(findLinkInArgv(['/usr/bin/xtd', 'https://evil.example/tel:3855551234', 'sip:1234@x'])).toBeNull();
    expect(findLinkInArgv(['/usr/bin/xtd', 'telnet://pbx.example', 'callto-list.txt'])).toBeNull();
    expect(findLinkInArgv(['/usr/bin/xtd', `tel:${'1'.repeat(5000)}`])).toBeNull();
    expect(findLinkInArgv([])).toBeNull();
  });

  it('reads a link up to the length limit, quotes aside, and not one character more', () => {
    const longest = `tel:${'1'.repeat(MAX_LINK_LENGTH - 4)}`;
    const tooLong = `${longest}1`;
    expect(findLinkInArgv(['xtd.exe', `"${longest}"`])).toBe(longest);
    expect(findLinkInArgv(['xtd.exe', END_OF_SWITCHES, `"${longest}"`])).toBe(longest);
    expect(findLinkInArgv(['xtd.exe', tooLong])).toBeNull();
    // After `--` a link too long is skipped and the next one is read.
    expect(findLinkInArgv(['xtd.exe', END_OF_SWITCHES, tooLong, 'callto:222'])).toBe('callto:222');
  });
});

const sim = useSimulator({ https: false });
let booted: Booted | null = null;
afterEach(async () => {
  await booted?.close();
  booted = null;
});

/** A link from another app waits for confirmation in the panel (confirmLinks is the default). */
const chooserNumbers = () =>
  booted!
    .node()
    .controller.getState()
    .chooser?.numbers.map((n) => n.dial) ?? [];

describe('links from the OS', () => {
  it('queues a macOS open-url that arrives before ready and offers it once ready', async () => {
    booted = boot({ platform: 'darwin', simulator: sim(), holdReady: true });
    const { electron } = booted;
    electron.app.finishLaunching();
    const event = electron.app.openUrl('tel:+13855551234');
    expect(event.defaultPrevented).toBe(true);
    expect(electron.windows).toHaveLength(0);
    electron.app.becomeReady();
    await booted.shell;
    await new Promise((r) => setImmediate(r));
    expect(chooserNumbers()).toEqual(['3855551234']);
    expect(panelOf(electron).isVisible()).toBe(true);
    expect(panelOf(electron).webContents.sentOn(NAVIGATE_CHANNEL)).toContain('chooser');
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
  });

  it('catches an open-url that comes even before will-finish-launching (ESM entry loads late)', async () => {
    booted = boot({ platform: 'darwin', simulator: sim(), holdReady: true });
    booted.electron.app.openUrl('callto:3855551234');
    booted.electron.app.becomeReady();
    await booted.shell;
    await new Promise((r) => setImmediate(r));
    expect(chooserNumbers()).toEqual(['3855551234']);
    expect(booted.electron.app.listenerCount('open-url')).toBe(1);
  });

  it('offers the link a second launch carries, among Chromium flags', async () => {
    booted = boot({ simulator: sim() });
    await booted.shell;
    booted.electron.app.launchSecondInstance(['/opt/xtd', '--no-sandbox', 'tel:3855551234', '--flag']);
    await new Promise((r) => setImmediate(r));
    expect(chooserNumbers()).toEqual(['3855551234']);
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
  });

  it('opens the panel when a second launch carries no link', async () => {
    booted = boot({ simulator: sim() });
    await booted.shell;
    booted.electron.app.launchSecondInstance(['/opt/xtd']);
    expect(panelOf(booted.electron).isVisible()).toBe(true);
  });

  it('offers the link the first launch carries on Windows and Linux', async () => {
    booted = boot({ platform: 'win32', simulator: sim(), argv: ['C:\\xtd.exe', 'tel:3855551234'] });
    await booted.shell;
    await new Promise((r) => setImmediate(r));
    expect(chooserNumbers()).toEqual(['3855551234']);
  });

  it('ignores a non-dial URL handed over by macOS', async () => {
    booted = boot({ platform: 'darwin', simulator: sim() });
    await booted.shell;
    booted.electron.app.openUrl('https://example.com/tel:3855551234');
    await new Promise((r) => setImmediate(r));
    expect(chooserNumbers()).toEqual([]);
  });
});

describe('a link’s confirmation over IPC', () => {
  const linkShown = async () => {
    booted = boot({ simulator: sim() });
    await booted.shell;
    booted.electron.app.launchSecondInstance(['/opt/xtd', 'tel:3855551234']);
    await new Promise((r) => setImmediate(r));
    const panel = panelOf(booted.electron);
    const chooserId = booted.node().controller.getState().chooser?.id ?? '';
    const choose = (via: string) =>
      booted!.electron.ipcMain.invoke(channelOf('chooseNumber'), panel.webContents.mainFrame, {
        chooserId,
        index: 0,
        via,
      });
    return { panel, choose, clock: booted.node().ports.clock };
  };

  it('shows the panel without taking the keyboard from the app the agent types in', async () => {
    const { panel } = await linkShown();
    expect(panel.isVisible()).toBe(true);
    expect(panel.focused).toBe(false);
    // The agent's own tray click still focuses it.
    panel.hide();
    trayOf(booted!.electron).emit('click');
    expect(panel.focused).toBe(true);
  });

  it('ignores an Enter from the panel before the confirmation armed, and Space at any time: nothing is sent', async () => {
    const { choose, clock } = await linkShown();
    expect(await choose('Enter')).toEqual({ ok: false, message: NOT_ARMED });
    clock.advance(LINK_ARMING_MS);
    expect(await choose('Space')).toEqual({ ok: false, message: NOT_SPACE });
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(0);
    expect(booted!.node().controller.getState().chooser).not.toBeNull();
    expect(await choose('Enter')).toMatchObject({ ok: true });
    expect(postsTo(sim(), 'click-to-dial')).toHaveLength(1);
  });
});
