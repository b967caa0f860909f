import type { CallerId } from './settings-schema';

/**
 * Xima names a caller ID by its label and number together (two labels may share a number), so "the same
 * caller ID" means both match — in the tray, the panel, the CLI and the controller alike.
 */
export const sameCallerId = (a: CallerId | null | undefined, b: CallerId | null | undefined): boolean =>
  !!a && !!b && a.outboundCallerId === b.outboundCallerId && a.label === b.label;

/**
 * A stable key for a caller ID (React keys, option values, duplicate checks): equal keys exactly when
 * `sameCallerId` — JSON, because any separator can also appear inside a label.
 */
export const callerIdKey = (c: CallerId): string => JSON.stringify([c.outboundCallerId, c.label]);
