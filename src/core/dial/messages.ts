import type { UnderstoodNumber } from '../../shared/phone-types';
import type { CallerId } from '../../shared/settings-schema';
import type { XimaError } from '../xima/types';

/** Every sentence the dial pipeline shows an agent, in one place so tests and the panel agree. */
export const NO_NUMBER = 'No phone number in the selection';

export function callerIdName(callerId: CallerId): string {
  return callerId.label.trim() || callerId.outboundCallerId;
}

/** The extension is never dialed: remind the agent to key it in (the display may already show it). */
function extensionHint(number: UnderstoodNumber): string {
  if (number.extension === null) return '';
  if (number.display.includes(number.extension)) return ' — key in the extension when they answer';
  return ` — key in extension ${number.extension} when they answer`;
}

export function callingMessage(number: UnderstoodNumber, callerId: CallerId | null): string {
  const from = callerId === null ? '' : ` from ${callerIdName(callerId)}`;
  return `Calling ${number.display}${from}${extensionHint(number)}`;
}

export function repeatedMessage(number: UnderstoodNumber): string {
  return `Already calling ${number.display} — ignored the repeated press`;
}

export function busyMessage(inFlight: UnderstoodNumber, refused: UnderstoodNumber): string {
  return `Still placing the call to ${inFlight.display} — ${refused.display} was not dialed; press again once the first call is through`;
}

export function severalMessage(count: number): string {
  return `The selection holds ${count} different numbers — pick one in the panel`;
}

export function failedMessage(number: UnderstoodNumber, error: XimaError): string {
  return `Could not call ${number.display}: ${error.message}`;
}

const NO_LOCATION = 'call it from your phone directly; the dialer does not pass your location';

/** `onlyFromLinks`: the policy allows emergency calls, but never from a link. */
export function emergencyMessage(
  number: UnderstoodNumber,
  emergency: string,
  onlyFromLinks: boolean,
): string {
  const what =
    number.dial === emergency
      ? `${emergency} is an emergency number`
      : `${number.display} reaches the emergency number ${emergency}`;
  if (onlyFromLinks) return `${what}, and links never dial one — ${NO_LOCATION}.`;
  return `${what} — ${NO_LOCATION}.`;
}

const COST = {
  'premium-rate': 'a premium-rate number (the caller pays a high charge)',
  'shared-cost': 'a shared-cost number (the caller pays part of the charge)',
} as const;

/** `onlyFromLinks`: the policy allows such numbers when the agent dials them, not from a link. */
export function premiumMessage(
  number: UnderstoodNumber,
  kind: keyof typeof COST,
  onlyFromLinks: boolean,
): string {
  if (onlyFromLinks)
    return `${number.display} is ${COST[kind]}, and links never dial one — type it into the panel if you mean to call it.`;
  return `${number.display} is ${COST[kind]}, so it was not dialed — call it from your phone if it is really needed, or ask your administrator to allow such numbers.`;
}
