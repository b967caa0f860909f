import type { AppState } from '../shared/app-state';
import type { DialerApi, PanelView } from '../shared/ipc-contract';
import {
  channelOf,
  INTENT_TAKES_PAYLOAD,
  NAVIGATE_CHANNEL,
  STATE_CHANNEL,
  type Intent,
} from '../shared/ipc-intents';

/** The three ipcRenderer calls the bridge uses; never handed to the page itself. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * `window.dialer`: one named function per intent and two subscriptions. The page gets no channel names,
 * no `send`/`invoke`, no event objects (they carry the sender) — only data.
 */
export function buildDialerApi(ipc: IpcRendererLike): DialerApi {
  const api: Record<string, unknown> = {};
  for (const [intent, takesPayload] of Object.entries(INTENT_TAKES_PAYLOAD) as [Intent, boolean][]) {
    const channel = channelOf(intent);
    api[intent] = takesPayload
      ? (payload: unknown) => ipc.invoke(channel, payload)
      : () => ipc.invoke(channel);
  }

  const subscribe =
    <T>(channel: string) =>
    (listener: (value: T) => void): (() => void) => {
      // The wrapper is what was added, so the wrapper is what gets removed (mattermost's
      // onReloadConfiguration removed a different function and leaked every listener).
      const wrapper = (_event: unknown, value: unknown): void => listener(value as T);
      ipc.on(channel, wrapper);
      return () => {
        ipc.removeListener(channel, wrapper);
      };
    };
  api.onState = subscribe<AppState>(STATE_CHANNEL);
  api.onNavigate = subscribe<PanelView>(NAVIGATE_CHANNEL);
  return Object.freeze(api) as DialerApi;
}
