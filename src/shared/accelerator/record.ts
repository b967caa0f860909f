import { checkAcceleratorSyntax } from './parse';

/**
 * A key press in the hotkey recorder turned into an accelerator. Uses `event.code` (the physical key) so
 * the result does not depend on the keyboard layout or on Shift changing the character.
 */
export interface KeyPress {
  code: string;
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export type RecordResult =
  | { kind: 'accelerator'; accelerator: string }
  | { kind: 'waiting' }
  | { kind: 'cancel' }
  | { kind: 'invalid'; message: string };

const MODIFIER_CODES = new Set([
  'ControlLeft',
  'ControlRight',
  'AltLeft',
  'AltRight',
  'ShiftLeft',
  'ShiftRight',
  'MetaLeft',
  'MetaRight',
  'OSLeft',
  'OSRight',
]);

const NAMED_CODES: Record<string, string> = {
  Space: 'Space',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Enter: 'Enter',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  PrintScreen: 'PrintScreen',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
  NumpadEnter: 'Enter',
};

/** The accelerator name of a non-modifier key, or null when Electron has no name for it. */
export function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1] ?? null;
  const digit = /^Digit(\d)$/.exec(code);
  if (digit) return digit[1] ?? null;
  const numpad = /^Numpad(\d)$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  const fn = /^F(\d{1,2})$/.exec(code);
  if (fn && Number(fn[1]) >= 1 && Number(fn[1]) <= 24) return `F${fn[1]}`;
  return NAMED_CODES[code] ?? null;
}

/**
 * `mac`: Command is the primary modifier there, so Meta maps to CommandOrControl and Ctrl to Control;
 * elsewhere Ctrl is CommandOrControl and the Windows/Super key is Super.
 */
export function recordKey(press: KeyPress, mac: boolean): RecordResult {
  if (MODIFIER_CODES.has(press.code)) return { kind: 'waiting' };
  const noModifier = !press.ctrlKey && !press.altKey && !press.shiftKey && !press.metaKey;
  if (press.code === 'Escape' && noModifier) return { kind: 'cancel' };
  const name = keyName(press.code);
  if (!name)
    return {
      kind: 'invalid',
      message: `The key “${press.key}” cannot be used in a hotkey — choose another key.`,
    };
  const parts: string[] = [];
  if (mac) {
    if (press.metaKey) parts.push('CommandOrControl');
    if (press.ctrlKey) parts.push('Control');
  } else {
    if (press.ctrlKey) parts.push('CommandOrControl');
    if (press.metaKey) parts.push('Super');
  }
  if (press.altKey) parts.push('Alt');
  if (press.shiftKey) parts.push('Shift');
  const accelerator = [...parts, name].join('+');
  // The same rule the settings validation applies when the agent saves.
  const refused = checkAcceleratorSyntax(accelerator);
  return refused === null ? { kind: 'accelerator', accelerator } : { kind: 'invalid', message: refused };
}
