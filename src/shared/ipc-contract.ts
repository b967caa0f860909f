import { z } from 'zod';
import type { AppState } from './app-state';
import { CHOICE_INPUTS } from './link-consent';
import type { Understanding } from './phone-types';
import type { INTENT_TAKES_PAYLOAD, Intent } from './ipc-intents';
import { callerIdSchema, settingsPatchSchema, type CallerId, type SettingsPatch } from './settings-schema';
import { MAX_TOKEN_LENGTH } from './token-shape';

export { channelOf, NAVIGATE_CHANNEL, STATE_CHANNEL, type Intent } from './ipc-intents';

/**
 * The one IPC contract: every channel, its payload schema, and the `window.dialer` API the preload
 * exposes. Main validates every payload with these schemas; the preload exposes nothing else.
 */
export const MAX_TEXT = 65_536;

const text = z.string().max(MAX_TEXT);
const id = z.string().min(1).max(100);

export const payloadSchemas = {
  getState: z.undefined(),
  understand: z.object({ text }).strict(),
  dial: z.object({ text, callerId: callerIdSchema.nullable() }).strict(),
  chooseNumber: z
    .object({
      chooserId: id,
      index: z.number().int().min(0).max(100),
      via: z.enum(CHOICE_INPUTS),
    })
    .strict(),
  cancelChooser: z.object({ chooserId: id }).strict(),
  redial: z.object({ historyId: id }).strict(),
  clearHistory: z.undefined(),
  copyText: z.object({ text: z.string().max(200) }).strict(),
  selectCallerId: callerIdSchema.strict(),
  refreshCallerIds: z.undefined(),
  scheduleCallback: z.object({ skill: z.string().min(1).max(200), text }).strict(),
  saveSettings: settingsPatchSchema,
  setToken: z.object({ token: z.string().min(1).max(MAX_TOKEN_LENGTH) }).strict(),
  removeToken: z.undefined(),
  testConnection: z.undefined(),
  checkHotkey: z.object({ accelerator: z.string().min(1).max(100) }).strict(),
  setHotkeyPaused: z.object({ paused: z.boolean() }).strict(),
  startDemo: z.undefined(),
  stopDemo: z.undefined(),
  openLogFolder: z.undefined(),
  setAsTelHandler: z.undefined(),
  restartToUpdate: z.undefined(),
  hidePanel: z.undefined(),
  dismissNotice: z.object({ noticeId: id }).strict(),
} as const satisfies SchemaPerIntent;

/** A payload-less intent takes `z.undefined()`; one that takes a payload never does. */
type SchemaPerIntent = {
  [I in Intent]: (typeof INTENT_TAKES_PAYLOAD)[I] extends false ? z.ZodUndefined : PayloadSchema;
};
/** Every payload is one object, so the panel never sends a bare value main would have to guess at. */
type PayloadSchema = z.ZodObject;
export type Payload<K extends Intent> = z.infer<(typeof payloadSchemas)[K]>;

export type ActionResult = { ok: true; message?: string } | { ok: false; message: string };
export type SaveSettingsResult =
  { ok: true } | { ok: false; message: string; errors: Partial<Record<keyof SettingsPatch, string>> };
export type TestConnectionResult =
  { ok: true; callerIds: CallerId[]; message: string } | { ok: false; message: string };
export type HotkeyCheck = { ok: true } | { ok: false; message: string };

export type PanelView = 'home' | 'settings' | 'chooser';

/** What each intent answers. */
export interface IntentResults {
  getState: AppState;
  understand: Understanding;
  dial: ActionResult;
  chooseNumber: ActionResult;
  cancelChooser: ActionResult;
  redial: ActionResult;
  clearHistory: ActionResult;
  copyText: ActionResult;
  selectCallerId: ActionResult;
  refreshCallerIds: ActionResult;
  scheduleCallback: ActionResult;
  saveSettings: SaveSettingsResult;
  setToken: ActionResult;
  removeToken: ActionResult;
  testConnection: TestConnectionResult;
  checkHotkey: HotkeyCheck;
  setHotkeyPaused: ActionResult;
  startDemo: ActionResult;
  stopDemo: ActionResult;
  openLogFolder: ActionResult;
  setAsTelHandler: ActionResult;
  restartToUpdate: ActionResult;
  hidePanel: ActionResult;
  dismissNotice: ActionResult;
}

/** The handlers main registers: one per intent, payload already validated. */
export type IntentHandlers = {
  [K in Intent]: (payload: Payload<K>) => Promise<IntentResults[K]>;
};

/** `window.dialer`: one function per intent plus subscriptions that return an unsubscribe. */
export type DialerApi = {
  [K in Intent]: Payload<K> extends undefined
    ? () => Promise<IntentResults[K]>
    : (payload: Payload<K>) => Promise<IntentResults[K]>;
} & {
  onState(listener: (state: AppState) => void): () => void;
  onNavigate(listener: (view: PanelView) => void): () => void;
};
