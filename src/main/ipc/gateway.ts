import type { AppState } from '../../shared/app-state';
import {
  channelOf,
  NAVIGATE_CHANNEL,
  payloadSchemas,
  STATE_CHANNEL,
  type Intent,
  type IntentHandlers,
  type PanelView,
} from '../../shared/ipc-contract';
import { NETWORK_CHANNEL } from './internal-channels';

/** The frame a message came from (Electron's WebFrameMain, narrowed). */
export interface SenderFrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
}

/** Same frame: the same wrapper, or the same renderer process and routing id (wrappers can be recreated). */
function sameFrame(a: SenderFrameLike, b: SenderFrameLike | null): boolean {
  return b !== null && (a === b || (a.processId === b.processId && a.routingId === b.routingId));
}

export interface IpcEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
}

/** The panel as the gateway sees it: who may talk, and where pushes go. */
export interface PanelEndpoint {
  /** The panel's main frame right now (null before it exists or after it was destroyed). */
  mainFrame(): SenderFrameLike | null;
  /** True for the app's own page: the built file, or the dev server URL in development. */
  isOwnUrl(url: string): boolean;
  /** Sends to the panel when it is alive; silently drops otherwise. */
  send(channel: string, payload: unknown): void;
}

export interface GatewayDeps {
  ipcMain: IpcMainLike;
  handlers: IntentHandlers;
  panel: PanelEndpoint;
  onNetworkChange: (online: boolean) => void;
  /** Called for refused messages and handler failures (the log; no payloads, they may hold numbers). */
  onRefused?: (intent: string, why: 'sender' | 'payload' | 'handler') => void;
}

export const FOREIGN_SENDER = 'This request did not come from the Xima Tray Dialer panel and was ignored.';
export const BAD_PAYLOAD = 'The panel sent a request the app did not understand — nothing was changed.';
export const HANDLER_FAILED =
  'Something went wrong inside the app — nothing was dialed. Try again, or restart the app.';

/**
 * The one place IPC enters main (fiddle's `src/main/ipc.ts` idea): every message must come from the
 * panel's own main frame showing the app's own page — never an iframe, never a page it navigated to —
 * and its payload must pass the zod schema before a handler runs.
 */
export function registerIpcGateway(deps: GatewayDeps): { dispose(): void } {
  const { ipcMain, panel } = deps;
  const trusted = (event: IpcEventLike): boolean => {
    const frame = event.senderFrame;
    return frame !== null && sameFrame(frame, panel.mainFrame()) && panel.isOwnUrl(frame.url);
  };

  const intents = Object.keys(payloadSchemas) as Intent[];
  for (const intent of intents) {
    const schema = payloadSchemas[intent];
    const handler = deps.handlers[intent] as (payload: unknown) => Promise<unknown>;
    ipcMain.handle(channelOf(intent), async (event, ...args) => {
      if (!trusted(event)) {
        deps.onRefused?.(intent, 'sender');
        return { ok: false, message: FOREIGN_SENDER };
      }
      const parsed = args.length > 1 ? null : schema.safeParse(args[0]);
      if (!parsed?.success) {
        deps.onRefused?.(intent, 'payload');
        return { ok: false, message: BAD_PAYLOAD };
      }
      try {
        return await handler(parsed.data);
      } catch {
        deps.onRefused?.(intent, 'handler');
        return { ok: false, message: HANDLER_FAILED };
      }
    });
  }

  const network = (event: IpcEventLike, online: unknown): void => {
    if (trusted(event) && typeof online === 'boolean') deps.onNetworkChange(online);
  };
  ipcMain.on(NETWORK_CHANNEL, network);

  return {
    dispose() {
      for (const intent of intents) ipcMain.removeHandler(channelOf(intent));
      ipcMain.removeListener(NETWORK_CHANNEL, network);
    },
  };
}

/** Main → panel pushes: a fresh AppState after every change, and "show this view". */
export function pushToPanel(panel: PanelEndpoint): {
  state(state: AppState): void;
  navigate(view: PanelView): void;
} {
  return {
    state: (state) => panel.send(STATE_CHANNEL, state),
    navigate: (view) => panel.send(NAVIGATE_CHANNEL, view),
  };
}
