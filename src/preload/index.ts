// window.dialer bridge (being built).
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('dialer', {});
