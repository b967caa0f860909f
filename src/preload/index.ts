// window.dialer bridge, built as CommonJS (a sandboxed renderer cannot load an ESM preload).
import { contextBridge, ipcRenderer } from 'electron';
import { NETWORK_CHANNEL } from '../main/ipc/internal-channels';
import { buildDialerApi } from './dialer-api';

contextBridge.exposeInMainWorld('dialer', buildDialerApi(ipcRenderer));

// The only network-change signal Electron has; main re-opens the warm connection when it comes back.
// (Typed locally: main and preload typecheck without the DOM library.)
const page = globalThis as unknown as { addEventListener(type: string, listener: () => void): void };
page.addEventListener('online', () => ipcRenderer.send(NETWORK_CHANNEL, true));
page.addEventListener('offline', () => ipcRenderer.send(NETWORK_CHANNEL, false));
