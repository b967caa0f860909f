import type { KeyEvent } from '../key-sequence';

/**
 * Turns the copy sequence into the KEYBDINPUT fields SendInput takes. Pure, so the parts that decide whether a
 * remote session or the app in front understands us are unit-tested: every key carries its real scan code
 * (Citrix, RDP and some apps read the scan code and ignore the virtual key), extended keys carry
 * KEYEVENTF_EXTENDEDKEY, and a modifier is released on the side the agent actually holds (Right Ctrl, AltGr).
 */

export const KEYEVENTF_EXTENDEDKEY = 0x1;
export const KEYEVENTF_KEYUP = 0x2;

export interface KeyInput {
  wVk: number;
  wScan: number;
  dwFlags: number;
}

export interface KeyboardState {
  /** MapVirtualKeyExW(vk, MAPVK_VK_TO_VSC_EX) in the layout of the app in front: 0xE0xx for extended keys. */
  scanCode(vk: number): number;
  /** GetAsyncKeyState: is this key down right now? */
  isDown(vk: number): boolean;
}

/** Left first: a key this sequence presses itself is pressed on the left. */
export const SIDES: Record<KeyEvent['key'], readonly number[]> = {
  shift: [0xa0, 0xa1], // VK_LSHIFT, VK_RSHIFT
  control: [0xa2, 0xa3], // VK_LCONTROL, VK_RCONTROL
  alt: [0xa4, 0xa5], // VK_LMENU, VK_RMENU (AltGr)
  command: [0x5b, 0x5c], // VK_LWIN, VK_RWIN
  c: [0x43],
  mask: [0xe8], // unassigned: the menu mask
};

export function keyInputs(events: readonly KeyEvent[], state: KeyboardState): KeyInput[] {
  const pressedHere = new Set<KeyEvent['key']>();
  const inputs: KeyInput[] = [];
  for (const event of events) {
    const sides = SIDES[event.key];
    const left = sides[0] as number;
    if (event.down) {
      pressedHere.add(event.key);
      inputs.push(keyInput(left, true, state));
      continue;
    }
    const held = sides.filter((vk) => state.isDown(vk));
    const release = pressedHere.has(event.key) || held.length === 0 ? [left, ...held] : held;
    for (const vk of new Set(release)) inputs.push(keyInput(vk, false, state));
  }
  return inputs;
}

/** Right Ctrl, AltGr and both Win keys are extended keys whatever the layout says (Wine omits the 0xE0 for Win). */
const EXTENDED = new Set([0xa3, 0xa5, 0x5b, 0x5c]);

function keyInput(vk: number, down: boolean, state: KeyboardState): KeyInput {
  const scan = state.scanCode(vk);
  const extended = EXTENDED.has(vk) || scan >> 8 === 0xe0 || scan >> 8 === 0xe1;
  return {
    wVk: vk,
    wScan: scan & 0xff,
    dwFlags: (extended ? KEYEVENTF_EXTENDEDKEY : 0) | (down ? 0 : KEYEVENTF_KEYUP),
  };
}
