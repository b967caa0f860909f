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
 * Which caller ID the call goes out with: a one-off caller ID wins, then a fixed one, else Xima uses the
 * caller ID the agent selected (`useSelectedOutboundCallerId`). The prefix setting is passed as it is; the
 * client (`clickToDial`) is the one place that leaves empty fields out of the body.
 */
export function buildDialRequest(
  number: UnderstoodNumber,
  plan: DialPlan,
  selectedCallerId: CallerId | null,
  oneOffCallerId: CallerId | null = null,
): BuiltRequest {
  const request: ClickToDialRequest = { numberToDial: number.dial, externalPrefix: plan.externalPrefix };
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
  return { request, callerId };
}
