import type { Platform } from '../platform';
import { parseAccelerator, type Modifier } from './parse';

/**
 * An accelerator ("CommandOrControl+Alt+Shift+D") printed the way each OS prints shortcuts in its own
 * menus, so every message — tray, notification, panel — names the keys the agent actually presses.
 */
const MAC_SYMBOLS: Record<Modifier, string> = { control: '⌃', alt: '⌥', shift: '⇧', command: '⌘' };
/** macOS prints modifiers in this fixed order whatever order the accelerator used. */
const MAC_ORDER: Modifier[] = ['control', 'alt', 'shift', 'command'];
const PC_NAMES: Record<Modifier, string> = { control: 'Ctrl', alt: 'Alt', shift: 'Shift', command: 'Win' };
const PC_ORDER: Modifier[] = ['control', 'command', 'alt', 'shift'];

export function acceleratorForHumans(accelerator: string, platform: Platform): string {
  const parsed = parseAccelerator(accelerator, platform);
  // Something that is not an accelerator is shown as written, so the agent can recognise their typo.
  if (!parsed.ok) return accelerator;
  const { modifiers, key } = parsed.value;
  const keyText = key.length === 1 ? key.toUpperCase() : key;
  if (platform === 'darwin') {
    return (
      MAC_ORDER.filter((m) => modifiers.includes(m))
        .map((m) => MAC_SYMBOLS[m])
        .join('') + keyText
    );
  }
  return [...PC_ORDER.filter((m) => modifiers.includes(m)).map((m) => PC_NAMES[m]), keyText].join('+');
}
