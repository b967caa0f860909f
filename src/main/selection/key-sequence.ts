/**
 * The keystrokes a simulated copy sends. Pure, so the order — which is what makes it work — is tested.
 *
 * The hotkey's modifiers are usually still held when the handler runs; a Ctrl+C sent while Alt+Shift are
 * down reaches the app as Ctrl+Alt+Shift+C. So every modifier of the hotkey gets a key-up first.
 * On Windows a lone Alt key-up opens the app's menu bar and a lone Win key-up opens the Start menu, unless
 * another key came between the press and the release. That key is the unassigned virtual key 0xE8, tapped
 * while Alt/Win are still down (AutoHotkey's #MenuMaskKey): no app or shortcut reacts to it. A Ctrl tap, the
 * older trick, is a real key: some apps act on it, and Notepad under Wine still opens its menu after it
 * (scripts/test-windows.ts shows both).
 */
import type { Modifier, Platform } from '../../shared/accelerator';

export interface KeyEvent {
  /** `mask`: the menu-mask key (Windows only). */
  key: Modifier | 'c' | 'mask';
  down: boolean;
}

const up = (key: KeyEvent['key']): KeyEvent => ({ key, down: false });
const down = (key: KeyEvent['key']): KeyEvent => ({ key, down: true });

export function modifierReleaseSequence(held: readonly Modifier[], platform: Platform): KeyEvent[] {
  const has = (m: Modifier): boolean => held.includes(m);
  if (platform === 'darwin') {
    // No menu side effects on macOS; Command goes last only because it is the copy modifier.
    return (['shift', 'alt', 'control', 'command'] as const).filter(has).map(up);
  }
  const releases = (['shift', 'command', 'alt', 'control'] as const).filter(has).map(up);
  const needsMask = has('alt') || has('command');
  return needsMask ? [down('mask'), up('mask'), ...releases] : releases;
}

export function copyChord(platform: Platform): KeyEvent[] {
  const modifier: Modifier = platform === 'darwin' ? 'command' : 'control';
  return [down(modifier), down('c'), up('c'), up(modifier)];
}
