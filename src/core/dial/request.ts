import type { UnderstoodNumber } from '../../shared/phone-types';
import type { CallerId, Settings } from '../../shared/settings-schema';
import type { ClickToDialRequest } from '../xima/types';

/** The settings a dial depends on, held in memory by the caller (no re-reads on the hot path). */
export type DialPlan = Pick<Settings, 'callerIdMode' | 'fixedCallerId' | 'externalPrefix' | 'defaultCountry'>;

export interface BuiltRequest {
  request: ClickToDialRequest;
  /** The caller ID the call goes out with when we know it (for the message and history). */
  callerId: CallerId | null;
}

/**
 * Exactly the fields asked for, never empty strings: a one-off caller ID wins, then a fixed one,
 * else Xima uses the caller ID the agent selected (`useSelectedOutboundCallerId`).
 */
export function buildDialRequest(
  number: UnderstoodNumber,
  plan: DialPlan,
  selectedCallerId: CallerId | null,
  oneOffCallerId: CallerId | null = null,
): BuiltRequest {
  const request: ClickToDialRequest = { numberToDial: number.dial };
  let callerId: CallerId | null;
  const fixed = plan.callerIdMode === 'fixed' ? plan.fixedCallerId : null;
  const explicit = oneOffCallerId ?? fixed;
  if (explicit !== null) {
    request.outboundCallerId = explicit.outboundCallerId;
    callerId = explicit;
  } else {
    request.useSelectedOutboundCallerId = true;
    callerId = selectedCallerId;
  }
  if (plan.externalPrefix !== '') request.externalPrefix = plan.externalPrefix;
  return { request, callerId };
}
