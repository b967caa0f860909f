/**
 * Syntax of an Electron accelerator (https://www.electronjs.org/docs/latest/api/accelerator):
 * modifiers joined by `+`, then exactly one key. Whether the OS lets us have it is the shell's
 * job (the hotkey checker); this only refuses what can never work.
 */
const MODIFIERS = new Set([
  'command',
  'cmd',
  'control',
  'ctrl',
  'commandorcontrol',
  'cmdorctrl',
  'alt',
  'option',
  'altgr',
  'shift',
  'super',
  'meta',
]);

const NAMED_KEYS = new Set([
  'plus',
  'space',
  'tab',
  'capslock',
  'numlock',
  'scrolllock',
  'backspace',
  'delete',
  'insert',
  'return',
  'enter',
  'up',
  'down',
  'left',
  'right',
  'home',
  'end',
  'pageup',
  'pagedown',
  'escape',
  'esc',
  'volumeup',
  'volumedown',
  'volumemute',
  'medianexttrack',
  'mediaprevioustrack',
  'mediastop',
  'mediaplaypause',
  'printscreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
]);

const PUNCTUATION = ')!@#$%^&*(:;+=<,_->.?/~`{]|[}"\'\\';

function isKey(part: string): boolean {
  const lower = part.toLowerCase();
  if (/^[a-z0-9]$/.test(lower)) return true;
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return true;
  if (/^num[0-9]$/.test(lower)) return true;
  if (part.length === 1 && PUNCTUATION.includes(part)) return true;
  return NAMED_KEYS.has(lower);
}

function isFunctionKey(key: string): boolean {
  return /^f([1-9]|1[0-9]|2[0-4])$/i.test(key);
}

/** `null` when the accelerator is well formed for a global hotkey, else a sentence saying what to change. */
export function checkAcceleratorSyntax(accelerator: string): string | null {
  const trimmed = accelerator.trim();
  if (trimmed === '') return 'Choose a hotkey, for example Ctrl+Alt+Shift+D.';
  // A trailing "+" is the plus key itself ("Ctrl++"); split keeps it as an empty last part.
  const parts = trimmed.endsWith('++') ? [...trimmed.slice(0, -2).split('+'), '+'] : trimmed.split('+');
  if (parts.some((part) => part.trim() === '')) {
    return `“${trimmed}” is not a hotkey Electron understands — write it like Ctrl+Alt+Shift+D.`;
  }
  const key = parts[parts.length - 1] as string;
  const modifiers = parts.slice(0, -1).map((part) => part.toLowerCase());
  const unknown = modifiers.find((modifier) => !MODIFIERS.has(modifier));
  if (unknown !== undefined) {
    return `“${unknown}” is not a modifier key — use Ctrl, Alt, Shift, Cmd or Super.`;
  }
  if (new Set(modifiers).size !== modifiers.length) {
    return 'The hotkey repeats a modifier — use each of Ctrl, Alt and Shift once.';
  }
  if (!isKey(key)) {
    return `“${key}” is not a key Electron can bind — pick a letter, a digit or F1–F24.`;
  }
  const strong = modifiers.filter((modifier) => modifier !== 'shift');
  // A global hotkey without Ctrl/Alt/Cmd would swallow ordinary typing in every other app.
  if (strong.length === 0 && !isFunctionKey(key)) {
    return 'A hotkey needs Ctrl, Alt or Cmd (or an F-key) so it does not steal ordinary typing.';
  }
  return null;
}
