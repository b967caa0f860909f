/**
 * Electron accelerators ("CommandOrControl+Alt+Shift+D") rendered the way each OS prints shortcuts in its
 * own menus, so a message about a taken hotkey reads like the keys the agent actually presses.
 */
type Platform = 'darwin' | 'win32' | 'linux';

const MAC_SYMBOLS: Record<string, string> = { control: '⌃', alt: '⌥', shift: '⇧', command: '⌘' };
/** macOS prints modifiers in this fixed order whatever order the accelerator used. */
const MAC_ORDER = ['control', 'alt', 'shift', 'command'];
const PC_NAMES: Record<string, string> = { control: 'Ctrl', alt: 'Alt', shift: 'Shift', command: 'Win' };
const PC_ORDER = ['control', 'command', 'alt', 'shift'];

function modifierOf(part: string, platform: Platform): string | null {
  switch (part.toLowerCase()) {
    case 'commandorcontrol':
    case 'cmdorctrl':
      return platform === 'darwin' ? 'command' : 'control';
    case 'command':
    case 'cmd':
    case 'super':
    case 'meta':
      return 'command';
    case 'control':
    case 'ctrl':
      return 'control';
    case 'alt':
    case 'option':
    case 'altgr':
      return 'alt';
    case 'shift':
      return 'shift';
    default:
      return null;
  }
}

export function acceleratorForHumans(accelerator: string, platform: Platform): string {
  const parts = accelerator.split('+').filter((part) => part.length > 0);
  const modifiers = new Set<string>();
  const keys: string[] = [];
  for (const part of parts) {
    const modifier = modifierOf(part, platform);
    if (modifier) modifiers.add(modifier);
    else keys.push(part.length === 1 ? part.toUpperCase() : part);
  }
  if (platform === 'darwin') {
    return (
      MAC_ORDER.filter((m) => modifiers.has(m))
        .map((m) => MAC_SYMBOLS[m])
        .join('') + keys.join('')
    );
  }
  return [...PC_ORDER.filter((m) => modifiers.has(m)).map((m) => PC_NAMES[m]), ...keys].join('+');
}
