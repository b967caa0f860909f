/**
 * Every intent the panel may send and whether it carries a payload, with the channel names. Zod-free on
 * purpose: the sandboxed preload bundles this file and can only `require('electron')` at run time. The
 * payload schemas in ipc-contract.ts are typed against this table, so a schema for an intent missing
 * here, or a payload-less intent with a schema that accepts data, does not compile.
 */
export const INTENT_TAKES_PAYLOAD = {
  getState: false,
  understand: true,
  dial: true,
  chooseNumber: true,
  cancelChooser: true,
  redial: true,
  clearHistory: false,
  copyText: true,
  selectCallerId: true,
  refreshCallerIds: false,
  scheduleCallback: true,
  saveSettings: true,
  setToken: true,
  removeToken: false,
  testConnection: false,
  checkHotkey: true,
  setHotkeyPaused: true,
  startDemo: false,
  stopDemo: false,
  openLogFolder: false,
  setAsTelHandler: false,
  restartToUpdate: false,
  hidePanel: false,
  dismissNotice: true,
} as const;

export type Intent = keyof typeof INTENT_TAKES_PAYLOAD;

/** Channel names are namespaced so a stray message from anything else cannot collide. */
export const channelOf = (intent: Intent): string => `dialer:${intent}`;
export const STATE_CHANNEL = 'dialer:state';
export const NAVIGATE_CHANNEL = 'dialer:navigate';
