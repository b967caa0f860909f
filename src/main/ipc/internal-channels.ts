/**
 * Channels between the preload and main that the renderer never sees (not part of `window.dialer`).
 * The renderer's `online`/`offline` events are the only network-change signal Electron offers, and the
 * preload forwards them so main can re-open the warm connection without polling.
 */
export const NETWORK_CHANNEL = 'dialer:internal:network';
