import { describe, expect, it } from 'vitest';
import { CopyingReader, FRONT_APP_ELEVATED } from '../../../../src/main/selection/copying-reader';
import type { KeyEvent } from '../../../../src/main/selection/key-sequence';
import { decodeText, encodeText } from '../../../../src/main/selection/native/win32-clipboard';
import { inputBlocked } from '../../../../src/main/selection/native/win32-integrity';
import {
  KEYEVENTF_EXTENDEDKEY,
  KEYEVENTF_KEYUP,
  keyInputs,
  type KeyboardState,
} from '../../../../src/main/selection/native/win32-keys';
import { realClock } from '../../../../src/main/selection/types';
import { FakeClipboard } from '../../../support/electron-fake';

/** MapVirtualKeyExW(MAPVK_VK_TO_VSC_EX) of a US layout, and the keys the agent holds. */
function keyboard(held: number[] = [], layout: Record<number, number> = {}): KeyboardState {
  const us: Record<number, number> = {
    0xa0: 0x2a,
    0xa1: 0x36,
    0xa2: 0x1d,
    0xa3: 0xe01d,
    0xa4: 0x38,
    0xa5: 0xe038,
    0x5b: 0xe05b,
    0x5c: 0xe05c,
    0x43: 0x2e,
    ...layout,
  };
  return { scanCode: (vk) => us[vk] ?? 0, isDown: (vk) => held.includes(vk) };
}
const up = (key: KeyEvent['key']): KeyEvent => ({ key, down: false });
const down = (key: KeyEvent['key']): KeyEvent => ({ key, down: true });

describe('SendInput events for a remote session', () => {
  it('every key carries its scan code; Ctrl+C is LCtrl 0x1D and C 0x2E', () => {
    expect(keyInputs([down('control'), down('c'), up('c'), up('control')], keyboard())).toEqual([
      { wVk: 0xa2, wScan: 0x1d, dwFlags: 0 },
      { wVk: 0x43, wScan: 0x2e, dwFlags: 0 },
      { wVk: 0x43, wScan: 0x2e, dwFlags: KEYEVENTF_KEYUP },
      { wVk: 0xa2, wScan: 0x1d, dwFlags: KEYEVENTF_KEYUP },
    ]);
  });

  it('the scan code comes from the layout of the app in front (Dvorak puts C elsewhere)', () => {
    const [c] = keyInputs([down('c')], keyboard([], { 0x43: 0x17 }));
    expect(c).toEqual({ wVk: 0x43, wScan: 0x17, dwFlags: 0 });
  });

  it('releases the side the agent holds: Right Ctrl and AltGr go up as extended keys', () => {
    expect(keyInputs([up('control'), up('alt')], keyboard([0xa3, 0xa5]))).toEqual([
      { wVk: 0xa3, wScan: 0x1d, dwFlags: KEYEVENTF_EXTENDEDKEY | KEYEVENTF_KEYUP },
      { wVk: 0xa5, wScan: 0x38, dwFlags: KEYEVENTF_EXTENDEDKEY | KEYEVENTF_KEYUP },
    ]);
  });

  it('both Shifts held: both are released', () => {
    expect(keyInputs([up('shift')], keyboard([0xa0, 0xa1])).map((input) => input.wVk)).toEqual([0xa0, 0xa1]);
  });

  it('the Win key is extended even where the layout reports no 0xE0 prefix (Wine does)', () => {
    expect(keyInputs([up('command')], keyboard([0x5b], { 0x5b: 0x5b }))).toEqual([
      { wVk: 0x5b, wScan: 0x5b, dwFlags: KEYEVENTF_EXTENDEDKEY | KEYEVENTF_KEYUP },
    ]);
  });

  it('a key pressed in the same batch is released even if nobody held it before', () => {
    const inputs = keyInputs([down('control'), up('control')], keyboard());
    expect(inputs.map((input) => input.dwFlags)).toEqual([0, KEYEVENTF_KEYUP]);
  });
});

describe('an elevated app in front (UIPI)', () => {
  it('is blocked only when its integrity level is known and higher than ours', () => {
    expect(inputBlocked({ ours: 0x2000, front: 0x3000 })).toBe(true);
    expect(inputBlocked({ ours: 0x3000, front: 0x3000 })).toBe(false);
    expect(inputBlocked({ ours: 0x2000, front: null })).toBe(false);
    expect(inputBlocked({ ours: null, front: 0x4000 })).toBe(false);
  });

  it('the agent is told the exact reason, and no keystroke is sent', async () => {
    const sent: KeyEvent[][] = [];
    const clipboard = new FakeClipboard(undefined);
    clipboard.set({ 'text/plain': 'agent notes' });
    const reader = new CopyingReader({
      platform: 'win32',
      clipboard,
      clock: realClock,
      loadNative: async () => ({
        ok: true,
        value: {
          keyboard: {
            sendKeys: (events) => sent.push(events) > 0,
            changeCount: () => clipboard.changeCount,
            frontWindowElevated: () => true,
          },
        },
      }),
    });
    expect(await reader.read(['control', 'alt', 'shift'])).toEqual({ ok: false, reason: FRONT_APP_ELEVATED });
    expect(FRONT_APP_ELEVATED).toContain('running as administrator');
    expect(sent).toEqual([]);
    expect(clipboard.writes).toEqual([]);
  });
});

describe('Windows clipboard text', () => {
  it('CF_UNICODETEXT round-trips and stops at the NUL, not at the end of the memory block', () => {
    const text = 'Call +1 385 555 0142 — ✓';
    expect(decodeText(encodeText(text))).toBe(text);
    expect(decodeText(Buffer.concat([encodeText('385'), Buffer.alloc(16, 0x41)]))).toBe('385');
    expect(decodeText(null)).toBe('');
  });

  it('the capture saves and restores through the native clipboard when the platform gives one', async () => {
    const electron = new FakeClipboard(undefined);
    const native = new FakeClipboard(undefined);
    native.set({ 'text/plain': 'agent notes', 'text/html': '<b>agent notes</b>' });
    const reader = new CopyingReader({
      platform: 'win32',
      clipboard: electron,
      clock: realClock,
      loadNative: async () => ({
        ok: true,
        value: {
          clipboard: native,
          keyboard: {
            sendKeys: () => {
              native.set({ 'text/plain': '385-555-0142' });
              return true;
            },
            changeCount: () => native.changeCount,
          },
        },
      }),
    });
    expect(await reader.read(['control'])).toEqual({ ok: true, text: '385-555-0142' });
    expect(native.items[0]?.data).toEqual({ 'text/plain': 'agent notes', 'text/html': '<b>agent notes</b>' });
    expect(electron.changeCount).toBe(0);
  });
});
