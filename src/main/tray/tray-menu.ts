import type { AppState } from '../../shared/app-state';
import { callerIdKey, sameCallerId } from '../../shared/caller-ids';
import type { CallerId } from '../../shared/settings-schema';

/** The subset of Electron's MenuItemConstructorOptions the tray uses. */
export interface MenuItemTemplate {
  label?: string;
  type?: 'normal' | 'separator' | 'radio' | 'checkbox';
  checked?: boolean;
  enabled?: boolean;
  click?: () => void;
}

export interface TrayActions {
  selectCallerId(callerId: CallerId): void;
  dialSelection(): void;
  dialClipboard(): void;
  openPanel(): void;
  setHotkeyPaused(paused: boolean): void;
  openSettings(): void;
  quit(): void;
}

export type MenuState = Pick<
  AppState,
  'callerIds' | 'selectedCallerId' | 'callerIdsLoading' | 'callerIdPending' | 'hotkey' | 'status'
>;

/** A menu longer than this runs off the screen; the panel lists the rest. */
export const TRAY_CALLER_ID_LIMIT = 20;

/** What the menu depends on; the tray rebuilds the menu only when this changes. */
export function menuKey(state: MenuState): string {
  return JSON.stringify([
    state.callerIds.map((c) => [c.label, c.outboundCallerId, c.display]),
    state.selectedCallerId && callerIdKey(state.selectedCallerId),
    state.callerIdPending && callerIdKey(state.callerIdPending),
    state.callerIdsLoading,
    state.hotkey.paused,
    state.hotkey.accelerator,
    state.status === 'not-configured',
  ]);
}

/** Linux tray clicks are unreliable (libappindicator opens the menu), so every essential is in the menu. */
export function trayMenuTemplate(state: MenuState, actions: TrayActions): MenuItemTemplate[] {
  const canDial = state.status !== 'not-configured';
  const selected = state.callerIdPending ?? state.selectedCallerId;
  const shown = state.callerIds.slice(0, TRAY_CALLER_ID_LIMIT);
  // The caller ID in use stays visible even when it is further down the list.
  const current = state.callerIds.find((c) => sameCallerId(c, selected));
  if (current && !shown.includes(current)) shown.push(current);
  const callerItems: MenuItemTemplate[] = shown.length
    ? shown.map((c) => ({
        label: c.label ? `${c.label} — ${c.display}` : c.display,
        type: 'radio',
        checked: sameCallerId(selected, c),
        enabled: state.callerIdPending === null,
        click: () => actions.selectCallerId({ label: c.label, outboundCallerId: c.outboundCallerId }),
      }))
    : [
        {
          label: state.callerIdsLoading ? 'Loading caller IDs…' : 'No caller IDs to choose from',
          enabled: false,
        },
      ];
  if (state.callerIds.length > shown.length) {
    callerItems.push({ label: 'More in the panel…', click: actions.openPanel });
  }
  return [
    { label: 'Call from', enabled: false },
    ...callerItems,
    { type: 'separator' },
    { label: 'Dial selection', enabled: canDial, click: actions.dialSelection },
    { label: 'Dial clipboard', enabled: canDial, click: actions.dialClipboard },
    { label: 'Open panel', click: actions.openPanel },
    {
      label: 'Pause hotkey',
      type: 'checkbox',
      checked: state.hotkey.paused,
      enabled: Boolean(state.hotkey.accelerator),
      click: () => actions.setHotkeyPaused(!state.hotkey.paused),
    },
    { label: 'Settings', click: actions.openSettings },
    { type: 'separator' },
    { label: 'Quit', click: actions.quit },
  ];
}
