/**
 * Runs inside the test page before the panel's own scripts (bundled by esbuild into an init script).
 * It builds `window.dialer` with the REAL preload code (`buildDialerApi`) over a stand-in for
 * `ipcRenderer` whose `invoke` crosses to the test process through a Playwright binding, where the
 * REAL IPC gateway validates the payload and runs the real controller's handler.
 */
import { buildDialerApi, type IpcRendererLike } from '../../src/preload/dialer-api';

type Listener = (event: unknown, ...args: unknown[]) => void;

interface BridgeWindow {
  __dialerInvoke(channel: string, args: unknown[]): Promise<unknown>;
  __dialerPush?: (channel: string, value: unknown) => void;
  dialer: unknown;
}

const page = window as unknown as BridgeWindow;
const listeners = new Map<string, Set<Listener>>();

const ipc: IpcRendererLike = {
  invoke: (channel, ...args) => page.__dialerInvoke(channel, args),
  on(channel, listener) {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return ipc;
  },
  removeListener(channel, listener) {
    listeners.get(channel)?.delete(listener);
    return ipc;
  },
};

// Main's pushes (state, navigate) arrive here from the test process; the event object stays empty,
// as the preload never hands the sender to the page.
page.__dialerPush = (channel, value) => {
  for (const listener of [...(listeners.get(channel) ?? [])]) listener({}, value);
};
page.dialer = buildDialerApi(ipc);
