import { describe, expect, it } from 'vitest';
import { DEFAULT_HOTKEY } from '../../../src/core/settings/defaults';
import {
  acceleratorForHumans,
  checkAcceleratorSyntax,
  parseAccelerator,
  recordKey,
  type KeyPress,
} from '../../../src/shared/accelerator';

const press = (code: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  code,
  key: code.replace(/^Key|^Digit/, ''),
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('checkAcceleratorSyntax', () => {
  it.each([
    'CommandOrControl+Alt+Shift+D',
    'Ctrl+Alt+K',
    'Super+F9',
    'F8',
    'Alt+Shift+Plus',
    'CmdOrCtrl+Shift+Space',
  ])('accepts %s', (accelerator) => expect(checkAcceleratorSyntax(accelerator)).toBeNull());
  it.each([
    ['', /Choose a hotkey/],
    ['D', /needs Ctrl, Alt or Cmd/],
    ['Shift+D', /needs Ctrl, Alt or Cmd/],
    ['Ctrl+Ctrl+D', /repeats a modifier/],
    ['Hyper+D', /not a modifier/],
    ['Ctrl+Alt+Banana', /not a key/],
  ])('refuses %j', (accelerator, message) => expect(checkAcceleratorSyntax(accelerator)).toMatch(message));
});

describe('the keys an accelerator holds down', () => {
  it('resolves CommandOrControl per platform and names each modifier once', () => {
    expect(parseAccelerator(DEFAULT_HOTKEY, 'win32')).toEqual({
      ok: true,
      value: { modifiers: ['control', 'alt', 'shift'], key: 'D' },
    });
    expect(parseAccelerator(DEFAULT_HOTKEY, 'darwin')).toMatchObject({
      value: { modifiers: ['command', 'alt', 'shift'] },
    });
    expect(parseAccelerator('Super+Option+F9', 'linux')).toMatchObject({
      value: { modifiers: ['command', 'alt'], key: 'F9' },
    });
    expect(parseAccelerator('Ctrl++', 'win32')).toMatchObject({
      value: { modifiers: ['control'], key: '+' },
    });
    expect(parseAccelerator('Ctrl+Banana', 'win32')).toMatchObject({ ok: false });
  });
});

describe('accelerators in words', () => {
  it('prints the keys the way each OS does', () => {
    expect(acceleratorForHumans(DEFAULT_HOTKEY, 'win32')).toBe('Ctrl+Alt+Shift+D');
    expect(acceleratorForHumans(DEFAULT_HOTKEY, 'linux')).toBe('Ctrl+Alt+Shift+D');
    expect(acceleratorForHumans(DEFAULT_HOTKEY, 'darwin')).toBe('⌥⇧⌘D');
    expect(acceleratorForHumans('Shift+Control+F9', 'darwin')).toBe('⌃⇧F9');
  });
});

describe('hotkey recorder → Electron accelerator', () => {
  it('maps Ctrl+Alt+Shift+D to the portable CommandOrControl form on Windows and Linux', () => {
    expect(recordKey(press('KeyD', { ctrlKey: true, altKey: true, shiftKey: true }), false)).toEqual({
      kind: 'accelerator',
      accelerator: 'CommandOrControl+Alt+Shift+D',
    });
  });

  it('maps Cmd to CommandOrControl and Ctrl to Control on macOS', () => {
    expect(recordKey(press('KeyK', { metaKey: true, ctrlKey: true }), true)).toEqual({
      kind: 'accelerator',
      accelerator: 'CommandOrControl+Control+K',
    });
  });

  it('uses the physical key, so Shift+1 records 1 and not !', () => {
    const result = recordKey({ ...press('Digit1', { ctrlKey: true, shiftKey: true }), key: '!' }, false);
    expect(result).toEqual({ kind: 'accelerator', accelerator: 'CommandOrControl+Shift+1' });
  });

  it('names special keys the way Electron does', () => {
    expect(recordKey(press('ArrowUp', { altKey: true }), false)).toMatchObject({ accelerator: 'Alt+Up' });
    expect(recordKey(press('Numpad5', { ctrlKey: true }), false)).toMatchObject({
      accelerator: 'CommandOrControl+num5',
    });
    expect(recordKey(press('Space', { metaKey: true }), false)).toMatchObject({ accelerator: 'Super+Space' });
    expect(recordKey(press('F9'), false)).toMatchObject({ accelerator: 'F9' });
  });

  it('keeps waiting while only modifiers are held, and Esc cancels', () => {
    expect(recordKey(press('ControlLeft', { ctrlKey: true }), false)).toEqual({ kind: 'waiting' });
    expect(recordKey(press('Escape'), false)).toEqual({ kind: 'cancel' });
  });

  it('refuses a bare letter or Shift+letter, which would fire while typing', () => {
    expect(recordKey(press('KeyD'), false).kind).toBe('invalid');
    const shifted = recordKey(press('KeyD', { shiftKey: true }), false);
    expect(shifted.kind).toBe('invalid');
    if (shifted.kind === 'invalid') expect(shifted.message).toMatch(/needs Ctrl, Alt or Cmd/);
  });
});

describe('one way to print a hotkey', () => {
  it('the recorder, the panel and the tray print a recorded hotkey alike on every OS', () => {
    const recorded = recordKey(press('KeyD', { metaKey: true, altKey: true, shiftKey: true }), true);
    expect(recorded).toEqual({ kind: 'accelerator', accelerator: 'CommandOrControl+Alt+Shift+D' });
    if (recorded.kind !== 'accelerator') return;
    expect(acceleratorForHumans(recorded.accelerator, 'darwin')).toBe(
      acceleratorForHumans(DEFAULT_HOTKEY, 'darwin'),
    );
    expect(acceleratorForHumans('Alt+Shift+CmdOrCtrl+D', 'win32')).toBe('Ctrl+Alt+Shift+D');
  });

  it('shows what is not an accelerator as written', () => {
    expect(acceleratorForHumans('Ctrl+Banana', 'win32')).toBe('Ctrl+Banana');
  });
});
