import type { CallerId } from '../../shared/settings-schema';

export const sameCallerId = (a: CallerId | null | undefined, b: CallerId | null | undefined): boolean =>
  !!a && !!b && a.outboundCallerId === b.outboundCallerId && a.label === b.label;

/** A stable key and DOM id fragment for a caller ID. */
export const callerIdKey = (c: CallerId): string => `${c.outboundCallerId}|${c.label}`;
