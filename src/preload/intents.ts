import type { Intent } from '../shared/ipc-contract';

/**
 * Every intent and whether it takes a payload, without importing the zod schemas: a sandboxed preload
 * can only `require('electron')`, so nothing else may reach the bundle at run time. `satisfies` makes
 * a missing or extra intent a type error; a unit test checks this table against `payloadSchemas`.
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
} as const satisfies Record<Intent, boolean>;

/** The contract's channel names (src/shared/ipc-contract.ts), restated zod-free; tested equal. */
export const intentChannel = (intent: Intent): string => `dialer:${intent}`;
export const STATE = 'dialer:state';
export const NAVIGATE = 'dialer:navigate';
