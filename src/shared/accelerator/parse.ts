import type { Platform } from '../platform';

/**
 * Electron accelerators (https://www.electronjs.org/docs/latest/api/accelerator): modifiers joined by `+`,
 * then exactly one key. The one place that reads them — settings validation, the hotkey service, the
 * selection capture and the panel all go through here.
 */
/** A modifier as the keyboard sees it (what is held down), after CommandOrControl is resolved. */
export type Modifier = 'shift' | 'alt' | 'control' | 'command';

export interface ParsedAccelerator {
  /** Each held modifier once, in the order written. */
  modifiers: Modifier[];
  key: string;
}

export type ParseResult = { ok: true; value: ParsedAccelerator } | { ok: false; message: string };

/** Every spelling Electron accepts, and the modifier it stands for (`null`: Command on macOS, else Control). */
const MODIFIER_WORDS: Record<string, Modifier | null> = {
  command: 'command',
  cmd: 'command',
  super: 'command',
  meta: 'command',
  control: 'control',
  ctrl: 'control',
  commandorcontrol: null,
  cmdorctrl: null,
  alt: 'alt',
  option: 'alt',
  altgr: 'alt',
  shift: 'shift',
};

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

export function isFunctionKey(key: string): boolean {
  return /^f([1-9]|1[0-9]|2[0-4])$/i.test(key);
}

function isKey(part: string): boolean {
  const lower = part.toLowerCase();
  if (/^[a-z0-9]$/.test(lower) || isFunctionKey(lower) || /^num[0-9]$/.test(lower)) return true;
  if (part.length === 1 && PUNCTUATION.includes(part)) return true;
  return NAMED_KEYS.has(lower);
}

function isModifierWord(word: string): boolean {
  return Object.hasOwn(MODIFIER_WORDS, word.toLowerCase());
}

function modifierOf(word: string, platform: Platform): Modifier {
  return MODIFIER_WORDS[word.toLowerCase()] ?? (platform === 'darwin' ? 'command' : 'control');
}

/** The accelerator's parts; a trailing "+" is the plus key itself ("Ctrl++"), which split leaves empty. */
function partsOf(trimmed: string): string[] {
  return trimmed.endsWith('++') ? [...trimmed.slice(0, -2).split('+'), '+'] : trimmed.split('+');
}

/** Reads an accelerator for `platform`; what Electron could never parse gets a sentence saying why. */
export function parseAccelerator(accelerator: string, platform: Platform): ParseResult {
  const trimmed = accelerator.trim();
  if (trimmed === '') return { ok: false, message: 'Choose a hotkey, for example Ctrl+Alt+Shift+D.' };
  const parts = partsOf(trimmed);
  if (parts.some((part) => part.trim() === '')) {
    return {
      ok: false,
      message: `“${trimmed}” is not a hotkey Electron understands — write it like Ctrl+Alt+Shift+D.`,
    };
  }
  const key = parts[parts.length - 1] as string;
  const words = parts.slice(0, -1).map((part) => part.toLowerCase());
  const unknown = words.find((word) => !isModifierWord(word));
  if (unknown !== undefined) {
    return { ok: false, message: `“${unknown}” is not a modifier key — use Ctrl, Alt, Shift, Cmd or Super.` };
  }
  if (new Set(words).size !== words.length) {
    return { ok: false, message: 'The hotkey repeats a modifier — use each of Ctrl, Alt and Shift once.' };
  }
  if (!isKey(key)) {
    return {
      ok: false,
      message: `“${key}” is not a key Electron can bind — pick a letter, a digit or F1–F24.`,
    };
  }
  return { ok: true, value: { modifiers: [...new Set(words.map((w) => modifierOf(w, platform)))], key } };
}

/**
 * `null` when the accelerator is well formed and safe as a global hotkey on any platform, else a sentence
 * saying what to change. Whether the OS lets us have it is the hotkey service's question, not this one.
 */
export function checkAcceleratorSyntax(accelerator: string): string | null {
  const result = parseAccelerator(accelerator, 'linux');
  if (!result.ok) return result.message;
  const { modifiers, key } = result.value;
  // A global hotkey without Ctrl/Alt/Cmd would swallow ordinary typing in every other app.
  if (modifiers.every((modifier) => modifier === 'shift') && !isFunctionKey(key)) {
    return 'A hotkey needs Ctrl, Alt or Cmd (or an F-key) so it does not steal ordinary typing.';
  }
  return null;
}
