/**
 * The keystrokes a simulated copy sends. Pure, so the order — which is what makes it work — is tested.
 *
 * The hotkey's modifiers are usually still held when the handler runs; a Ctrl+C sent while Alt+Shift are
 * down reaches the app as Ctrl+Alt+Shift+C. So every modifier of the hotkey gets a key-up first.
 * On Windows a lone Alt key-up opens the app's menu bar and a lone Win key-up opens the Start menu, unless
 * Ctrl is down at that moment (AutoHotkey's "menu mask" trick), so Ctrl is released last — and tapped
 * around them when the hotkey did not include it.
 */
import type { Modifier, Platform } from '../../shared/accelerator';

export interface KeyEvent {
  key: Modifier | 'c';
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
  const masked = (['shift', 'command', 'alt'] as const).filter(has).map(up);
  const needsMask = has('alt') || has('command');
  if (has('control')) return [...masked, up('control')];
  return needsMask ? [down('control'), ...masked, up('control')] : masked;
}

export function copyChord(platform: Platform): KeyEvent[] {
  const modifier: Modifier = platform === 'darwin' ? 'command' : 'control';
  return [down(modifier), down('c'), up('c'), up(modifier)];
}
