import { decideText } from '../../core/dial';
import type { ActionResult } from '../../shared/ipc-contract';
import { markFailure, markReachable, notConfiguredMessage } from './connection';
import type { ControllerContext } from './context';
import { callGuard } from './dial-flow';

/** Schedules a callback into one of the configured skills; exactly one number, understood like a dial. */
export async function scheduleCallback(
  ctx: ControllerContext,
  skill: string,
  text: string,
): Promise<ActionResult> {
  const api = ctx.api;
  if (api === null) return { ok: false, message: notConfiguredMessage(ctx) };
  const skills = ctx.state.settings.callbackSkills;
  if (!skills.includes(skill)) {
    const message =
      skills.length === 0
        ? 'No callback skills are set up yet — add the skill names in Settings.'
        : `“${skill.slice(0, 80)}” is not one of your callback skills — pick one of ${skills.join(', ')}.`;
    return { ok: false, message };
  }
  // The callback is a call Xima places to this number later: the same emergency and premium rules apply.
  const decision = decideText(text, ctx.phoneOptions(), callGuard(ctx, 'panel'));
  if (decision.kind === 'refused') return { ok: false, message: decision.message };
  if (decision.kind === 'none')
    return { ok: false, message: 'Enter the customer’s phone number for the callback.' };
  if (decision.kind === 'several') {
    return {
      ok: false,
      message: `That text holds ${decision.numbers.length} different numbers — enter just the one to call back.`,
    };
  }
  const number = decision.number;
  const result = await api.scheduleCallback({ skill, callbackNumber: number.dial });
  if (!result.ok) {
    markFailure(ctx, result.error);
    const message = `The callback to ${number.display} was not scheduled: ${result.error.message}`;
    ctx.notice('error', message);
    ctx.deps.logger.warn('callback.failed', { kind: result.error.kind, status: result.error.status });
    return { ok: false, message };
  }
  markReachable(ctx);
  const message = `Callback to ${number.display} scheduled in ${skill}.`;
  ctx.notice('success', message);
  ctx.notify('Callback scheduled', message);
  ctx.deps.logger.info('callback.scheduled');
  return { ok: true, message };
}
