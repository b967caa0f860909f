import type { KeyEvent } from '../key-sequence';
import { lazyNative, type KoffiModule } from './load-koffi';
import type { NativeKeyboard } from './native-keyboard';

const INPUT_KEYBOARD = 1;
const KEYEVENTF_KEYUP = 0x2;
const VK: Record<KeyEvent['key'], number> = {
  shift: 0x10,
  control: 0x11,
  alt: 0x12, // VK_MENU
  command: 0x5b, // VK_LWIN
  c: 0x43,
};

function build(koffi: KoffiModule): NativeKeyboard {
  const user32 = koffi.load('user32.dll');
  // Struct layout from the koffi documentation's own SendInput example.
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
  const SendInput = user32.func('__stdcall', 'SendInput', 'uint32_t', [
    'uint32_t',
    koffi.pointer(INPUT),
    'int',
  ]);
  const GetClipboardSequenceNumber = user32.func('__stdcall', 'GetClipboardSequenceNumber', 'uint32_t', []);
  const size = koffi.sizeof(INPUT);

  return {
    sendKeys(events) {
      const inputs = events.map((event) => ({
        type: INPUT_KEYBOARD,
        u: {
          ki: {
            wVk: VK[event.key],
            wScan: 0,
            dwFlags: event.down ? 0 : KEYEVENTF_KEYUP,
            time: 0,
            dwExtraInfo: 0,
          },
        },
      }));
      return (SendInput(inputs.length, inputs, size) as number) === inputs.length;
    },
    changeCount() {
      // 0 means the process has no access to the window station's clipboard counter.
      const value = GetClipboardSequenceNumber() as number;
      return value === 0 ? null : value;
    },
  };
}

export const loadWin32Keyboard = lazyNative(build);
