import type { AppState } from '../../shared/app-state';
import { acceleratorForHumans } from '../../shared/accelerator';

const STATUS_WORDS: Record<AppState['status'], string> = {
  ready: 'Ready',
  demo: 'Demo mode',
  'not-configured': 'Not set up yet — open Settings',
  'token-rejected': 'Xima rejected the token — paste a new one in Settings',
  forbidden: 'The token has no access to dialing — ask your Xima admin',
  offline: 'Cannot reach Xima — check the network',
};

/** Tray tooltip: status, the hotkey, and why the hotkey is not working when it is not. */
export function trayTooltip(
  state: Pick<AppState, 'status' | 'dialing' | 'hotkey' | 'platform'> &
    Partial<Pick<AppState, 'ignoredPresses'>>,
): string {
  const lines = [
    `Xima Tray Dialer — ${state.dialing ? `Calling ${state.dialing.display}…` : STATUS_WORDS[state.status]}`,
  ];
  const { hotkey } = state;
  if (hotkey.message) lines.push(hotkey.message);
  else if (hotkey.paused) lines.push('Hotkey paused');
  else if (hotkey.registered && hotkey.accelerator)
    lines.push(`Hotkey: ${acceleratorForHumans(hotkey.accelerator, state.platform)}`);
  if (state.ignoredPresses) lines.push(state.ignoredPresses.message);
  const text = lines.join('\n');
  // Windows cuts tray tooltips at 127 characters (NOTIFYICONDATA.szTip); cut where the agent can see it.
  return state.platform === 'win32' && text.length > WINDOWS_TOOLTIP_MAX
    ? `${text.slice(0, WINDOWS_TOOLTIP_MAX - 1)}…`
    : text;
}

const WINDOWS_TOOLTIP_MAX = 127;
