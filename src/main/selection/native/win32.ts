import type { KeyEvent } from '../key-sequence';
import { realClock } from '../types';
import { lazyNative, type KoffiModule } from './load-koffi';
import type { NativeKeyboard } from './native-keyboard';
import { createWin32Clipboard, type Win32Clipboard } from './win32-clipboard';
import { createIntegrityReader, inputBlocked, type IntegrityLevels } from './win32-integrity';
import { keyInputs, type KeyboardState } from './win32-keys';

const INPUT_KEYBOARD = 1;
const MAPVK_VK_TO_VSC_EX = 4;

/** Where the fields sit in memory: what SendInput reads must match Windows' own struct, or it rejects the batch. */
export interface InputLayout {
  input: number;
  union: number;
  keyboard: number;
  ki: { wVk: number; wScan: number; dwFlags: number; time: number; dwExtraInfo: number };
}

export interface Win32Native {
  keyboard: NativeKeyboard & {
    /** The integrity levels behind `frontWindowElevated`, for the Wine test's report. */
    integrity(): IntegrityLevels;
    /** The KEYBDINPUT fields a sequence becomes, as sent (scan codes, extended and key-up flags). */
    plan(events: KeyEvent[]): ReturnType<typeof keyInputs>;
    /** SendInput's own answer for the last batch: how many events it accepted. */
    lastSent(): { sent: number; accepted: number };
  };
  clipboard: Win32Clipboard;
  layout: InputLayout;
}

function build(koffi: KoffiModule): Win32Native {
  const user32 = koffi.load('user32.dll');
  // The union is as wide as MOUSEINPUT, the largest member: 40 bytes in all on x64, 28 on x86.
  const MOUSEINPUT = koffi.struct('XTD_MOUSEINPUT', {
    dx: 'long',
    dy: 'long',
    mouseData: 'uint32_t',
    dwFlags: 'uint32_t',
    time: 'uint32_t',
    dwExtraInfo: 'uintptr_t',
  });
  const KEYBDINPUT = koffi.struct('XTD_KEYBDINPUT', {
    wVk: 'uint16_t',
    wScan: 'uint16_t',
    dwFlags: 'uint32_t',
    time: 'uint32_t',
    dwExtraInfo: 'uintptr_t',
  });
  const HARDWAREINPUT = koffi.struct('XTD_HARDWAREINPUT', {
    uMsg: 'uint32_t',
    wParamL: 'uint16_t',
    wParamH: 'uint16_t',
  });
  const INPUT = koffi.struct('XTD_INPUT', {
    type: 'uint32_t',
    u: koffi.union({ mi: MOUSEINPUT, ki: KEYBDINPUT, hi: HARDWAREINPUT }),
  });
  const layout: InputLayout = {
    input: koffi.sizeof(INPUT),
    union: koffi.offsetof(INPUT, 'u'),
    keyboard: koffi.sizeof(KEYBDINPUT),
    ki: {
      wVk: koffi.offsetof(KEYBDINPUT, 'wVk'),
      wScan: koffi.offsetof(KEYBDINPUT, 'wScan'),
      dwFlags: koffi.offsetof(KEYBDINPUT, 'dwFlags'),
      time: koffi.offsetof(KEYBDINPUT, 'time'),
      dwExtraInfo: koffi.offsetof(KEYBDINPUT, 'dwExtraInfo'),
    },
  };
  const pointerSize = koffi.sizeof('void *');
  if (layout.input !== (pointerSize === 8 ? 40 : 28)) throw new Error(`INPUT is ${layout.input} bytes`);

  const SendInput = user32.func('__stdcall', 'SendInput', 'uint32_t', [
    'uint32_t',
    koffi.pointer(INPUT),
    'int',
  ]);
  const GetClipboardSequenceNumber = user32.func('__stdcall', 'GetClipboardSequenceNumber', 'uint32_t', []);
  const GetAsyncKeyState = user32.func('int16_t __stdcall GetAsyncKeyState(int vk)');
  const GetForegroundWindow = user32.func('void *__stdcall GetForegroundWindow()');
  const GetWindowThreadProcessId = user32.func(
    'uint32_t __stdcall GetWindowThreadProcessId(void *window, void *pid)',
  );
  const GetKeyboardLayout = user32.func('void *__stdcall GetKeyboardLayout(uint32_t thread)');
  const MapVirtualKeyExW = user32.func(
    'uint32_t __stdcall MapVirtualKeyExW(uint32_t code, uint32_t type, void *layout)',
  );
  const integrity = createIntegrityReader(koffi);

  /** Scan codes in the keyboard layout of the app in front (the agent may switch layouts per app). */
  function state(): KeyboardState {
    const window = GetForegroundWindow();
    const keyboardLayout = GetKeyboardLayout(window ? GetWindowThreadProcessId(window, null) : 0);
    return {
      scanCode: (vk) => MapVirtualKeyExW(vk, MAPVK_VK_TO_VSC_EX, keyboardLayout) as number,
      isDown: (vk) => ((GetAsyncKeyState(vk) as number) & 0x8000) !== 0,
    };
  }

  let last = { sent: 0, accepted: 0 };
  const keyboard: Win32Native['keyboard'] = {
    plan: (events) => keyInputs(events, state()),
    sendKeys(events) {
      const inputs = keyInputs(events, state()).map((ki) => ({
        type: INPUT_KEYBOARD,
        u: { ki: { ...ki, time: 0, dwExtraInfo: 0 } },
      }));
      const accepted = SendInput(inputs.length, inputs, layout.input) as number;
      last = { sent: inputs.length, accepted };
      return accepted === inputs.length;
    },
    changeCount() {
      // 0 means the process has no access to the window station's clipboard counter.
      const value = GetClipboardSequenceNumber() as number;
      return value === 0 ? null : value;
    },
    frontWindowElevated: () => inputBlocked(integrity()),
    integrity,
    lastSent: () => last,
  };
  return { keyboard, clipboard: createWin32Clipboard(koffi, realClock), layout };
}

export const loadWin32Native = lazyNative(build);
