import type { DialerApi } from './ipc-contract';

declare global {
  interface Window {
    dialer: DialerApi;
  }
}
