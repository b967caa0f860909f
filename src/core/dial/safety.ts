import type { UnderstoodNumber } from '../../shared/phone-types';
import { callHazard, type CallHazard } from '../phone/short-numbers';
import { emergencyMessage, premiumMessage } from './messages';

/**
 * What the machine policy allows beyond the safe default. Emergency numbers are never dialed from a link,
 * whatever the policy says: a web page can fire a link by itself. Premium numbers from links only when the
 * administrator says so explicitly (`allow-including-links`).
 */
export interface CallRules {
  emergencyNumbers: 'refuse' | 'allow';
  premiumNumbers: 'refuse' | 'allow' | 'allow-including-links';
}

export const DEFAULT_CALL_RULES: CallRules = Object.freeze({
  emergencyNumbers: 'refuse',
  premiumNumbers: 'refuse',
});

/** Everything the safety decision depends on besides the number. */
export interface CallGuard {
  /** The agent's country (the settings' default country). */
  country: string;
  /** The prefix setting sent with the dial, '' for none. */
  externalPrefix: string;
  rules: CallRules;
  /** A link from another app (a web page may have fired it) rather than the agent's own action. */
  fromLink: boolean;
}

function allowed(hazard: CallHazard, guard: CallGuard): boolean {
  if (hazard.kind === 'emergency') return guard.rules.emergencyNumbers === 'allow' && !guard.fromLink;
  const rule = guard.rules.premiumNumbers;
  return rule === 'allow-including-links' || (rule === 'allow' && !guard.fromLink);
}

/**
 * The one home of "may this number be sent at all": the sentence refusing it, or null. Every path that
 * sends a number (hotkey, tray, links, panel, chooser, redial, callback, CLI) asks this before the request.
 */
export function refusalFor(number: UnderstoodNumber, guard: CallGuard): string | null {
  const hazard = callHazard(number, guard);
  if (hazard === null || allowed(hazard, guard)) return null;
  const policyAllows =
    hazard.kind === 'emergency'
      ? guard.rules.emergencyNumbers === 'allow'
      : guard.rules.premiumNumbers === 'allow';
  return hazard.kind === 'emergency'
    ? emergencyMessage(number, hazard.emergency, guard.fromLink && policyAllows)
    : premiumMessage(number, hazard.kind, guard.fromLink && policyAllows);
}
