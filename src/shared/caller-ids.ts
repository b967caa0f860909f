import type { CallerId } from './settings-schema';

/**
 * Xima names a caller ID by its label and number together (two labels may share a number), so "the same
 * caller ID" means both match — in the tray, the panel, the CLI and the controller alike.
 */
export const sameCallerId = (a: CallerId | null | undefined, b: CallerId | null | undefined): boolean =>
  !!a && !!b && a.outboundCallerId === b.outboundCallerId && a.label === b.label;

/** A stable key (and DOM id fragment) for a caller ID: equal keys exactly when `sameCallerId`. */
export const callerIdKey = (c: CallerId): string => `${c.outboundCallerId}|${c.label}`;
