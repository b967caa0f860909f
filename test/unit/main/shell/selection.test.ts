import { describe, expect, it } from 'vitest';
import {
  captureByCopy,
  NOTHING_COPIED,
  type CopyCaptureDeps,
} from '../../../../src/main/selection/copy-capture';
import {
  ACCESSIBILITY_NEEDED,
  ACCESSIBILITY_SETTINGS_URL,
  CopyingReader,
} from '../../../../src/main/selection/copying-reader';
import {
  copyChord,
  modifierReleaseSequence,
  type KeyEvent,
} from '../../../../src/main/selection/key-sequence';
import { WaylandPrimaryReader, X11PrimaryReader } from '../../../../src/main/selection/linux-primary';
import type { Clock } from '../../../../src/main/selection/types';
import { FakeClipboard, FakeSelection } from '../../../support/electron-fake';

const keys = (events: KeyEvent[]) => events.map((e) => `${e.key}${e.down ? '↓' : '↑'}`).join(' ');

describe('releasing the hotkey modifiers before a simulated copy', () => {
  it('Windows: taps the unassigned key 0xE8 before a held Alt/Win goes up, so no menu opens', () => {
    expect(keys(modifierReleaseSequence(['control', 'alt', 'shift'], 'win32'))).toBe(
      'mask↓ mask↑ shift↑ alt↑ control↑',
    );
    expect(keys(modifierReleaseSequence(['command', 'alt'], 'win32'))).toBe('mask↓ mask↑ command↑ alt↑');
    expect(keys(modifierReleaseSequence(['control', 'shift'], 'win32'))).toBe('shift↑ control↑');
    expect(keys(modifierReleaseSequence(['shift'], 'win32'))).toBe('shift↑');
    expect(keys(copyChord('win32'))).toBe('control↓ c↓ c↑ control↑');
  });

  it('macOS: releases every held modifier, Command last, and copies with Command+C', () => {
    expect(keys(modifierReleaseSequence(['command', 'alt', 'shift'], 'darwin'))).toBe('shift↑ alt↑ command↑');
    expect(keys(copyChord('darwin'))).toBe('command↓ c↓ c↑ command↑');
  });
});

/** Virtual time: sleeping advances the clock and lets the "app in front" act. */
function virtualClock(onTick: (now: number) => void = () => undefined): Clock & { sleeps: number } {
  let now = 0;
  const clock = {
    sleeps: 0,
    now: () => now,
    async sleep(ms: number) {
      clock.sleeps += 1;
      now += ms;
      onTick(now);
    },
  };
  return clock;
}

function setup(options: { copyAfterMs?: number | null; counter?: boolean; selected?: string } = {}) {
  const clipboard = new FakeClipboard(undefined);
  clipboard.set({ 'text/plain': 'agent notes', 'text/html': '<b>agent notes</b>', 'image/png': 'PNGDATA' });
  const sent: KeyEvent[][] = [];
  let copyAt: number | null = null;
  const copyAfter = options.copyAfterMs === undefined ? 20 : options.copyAfterMs;
  const clock = virtualClock((now) => {
    if (copyAt !== null && now >= copyAt) {
      copyAt = null;
      clipboard.set({ 'text/plain': options.selected ?? '+1 385 555 1234' });
    }
  });
  const deps: CopyCaptureDeps = {
    clipboard,
    sendKeys(events) {
      sent.push(events);
      if (copyAfter !== null) copyAt = clock.now() + copyAfter;
      return true;
    },
    changeCount: () => (options.counter === false ? null : clipboard.changeCount),
    clock,
    release: modifierReleaseSequence(['control', 'alt', 'shift'], 'win32'),
    copy: copyChord('win32'),
  };
  return { clipboard, sent, clock, deps };
}

describe('simulated copy (Windows and macOS fallback)', () => {
  it('waits for the clipboard to change, reads the selection, and puts every format back', async () => {
    const { clipboard, sent, deps } = setup({ copyAfterMs: 40 });
    const result = await captureByCopy(deps);
    expect(result).toEqual({ ok: true, text: '+1 385 555 1234' });
    expect(keys(sent[0] ?? [])).toBe('mask↓ mask↑ shift↑ alt↑ control↑ control↓ c↓ c↑ control↑');
    expect(clipboard.items[0]?.data).toEqual({
      'text/plain': 'agent notes',
      'text/html': '<b>agent notes</b>',
      'image/png': 'PNGDATA',
    });
  });

  it('reads only after the change, however long the app takes within the bound', async () => {
    const { deps, clock } = setup({ copyAfterMs: 250, selected: '801-555-9876' });
    expect(await captureByCopy(deps)).toEqual({ ok: true, text: '801-555-9876' });
    expect(clock.now()).toBeGreaterThanOrEqual(250);
    expect(clock.now()).toBeLessThan(300);
  });

  it('gives up after the bound with a sentence, leaving the clipboard untouched', async () => {
    const { clipboard, deps, clock } = setup({ copyAfterMs: null });
    expect(await captureByCopy(deps)).toEqual({ ok: false, reason: NOTHING_COPIED });
    expect(clock.now()).toBeLessThanOrEqual(305);
    expect(clipboard.writes).toHaveLength(0);
    expect(clipboard.text).toBe('agent notes');
  });

  it('without a change counter, clears first and restores afterwards either way', async () => {
    const copied = setup({ counter: false });
    expect(await captureByCopy(copied.deps)).toEqual({ ok: true, text: '+1 385 555 1234' });
    expect(copied.clipboard.text).toBe('agent notes');

    const silent = setup({ counter: false, copyAfterMs: null });
    expect((await captureByCopy(silent.deps)).ok).toBe(false);
    expect(silent.clipboard.items[0]?.data['image/png']).toBe('PNGDATA');
  });

  it('a refused keystroke is reported and nothing is waited for', async () => {
    const { deps, clock } = setup();
    const result = await captureByCopy({ ...deps, sendKeys: () => false });
    expect(result.ok).toBe(false);
    expect(clock.sleeps).toBe(0);
  });
});

describe('macOS accessibility', () => {
  const reader = (trusted: boolean, selected: string | null) => {
    const { clipboard, sent, clock } = setup();
    const opened: string[] = [];
    const copying = new CopyingReader({
      platform: 'darwin',
      clipboard,
      clock,
      openAccessibilitySettings: () => opened.push(ACCESSIBILITY_SETTINGS_URL),
      loadNative: async () => ({
        ok: true,
        value: {
          keyboard: {
            sendKeys: (events) => {
              sent.push(events);
              clipboard.set({ 'text/plain': 'copied 385 555 1234' });
              return true;
            },
            changeCount: () => clipboard.changeCount,
          },
          accessibility: { isTrusted: () => trusted, selectedText: () => selected },
        },
      }),
    });
    return { copying, sent, opened, clipboard };
  };

  it('without permission explains it and opens the setting (once), sending no keystrokes', async () => {
    const { copying, sent, opened } = reader(false, null);
    expect(await copying.read(['command', 'alt', 'shift'])).toEqual({
      ok: false,
      reason: ACCESSIBILITY_NEEDED,
    });
    await copying.read([]);
    expect(opened).toEqual(['x-apple.systempreferences:com.apple.preference.security?Privacy_Accessibility']);
    expect(sent).toHaveLength(0);
  });

  it('reads the selected text through accessibility without touching the clipboard', async () => {
    const { copying, sent, clipboard } = reader(true, 'ring 385-555-1234');
    expect(await copying.read(['command'])).toEqual({ ok: true, text: 'ring 385-555-1234' });
    expect(sent).toHaveLength(0);
    expect(clipboard.writes).toHaveLength(0);
  });

  it('falls back to a simulated copy where the app exposes no selected text', async () => {
    const { copying, sent, clipboard } = reader(true, null);
    expect(await copying.read(['command', 'shift'])).toEqual({ ok: true, text: 'copied 385 555 1234' });
    expect(keys(sent[0] ?? [])).toBe('shift↑ command↑ command↓ c↓ c↑ command↑');
    expect(clipboard.text).toBe('agent notes');
  });
});

describe('Linux readers', () => {
  it('X11 reads the PRIMARY selection, and says so when there is none', async () => {
    const clipboard = new FakeClipboard(new FakeSelection('385-555-1234'));
    expect(await new X11PrimaryReader(clipboard).read()).toEqual({ ok: true, text: '385-555-1234' });
    const none = await new X11PrimaryReader(new FakeClipboard(undefined)).read();
    expect(none.ok).toBe(false);
  });

  it('Wayland uses the primary selection when the compositor shares it', async () => {
    const clipboard = new FakeClipboard(new FakeSelection('385-555-1234'));
    expect(await new WaylandPrimaryReader(clipboard).read()).toEqual({ ok: true, text: '385-555-1234' });
  });
});
