import { decide } from '../../core/dial';
import { understandLink } from '../../core/phone';
import type { ActionResult } from '../../shared/ipc-contract';
import { notConfiguredMessage, warmUp } from './connection';
import type { ControllerContext } from './context';
import { callGuard, dialNumber, openChooser } from './dial-flow';

/**
 * A tel:/callto: link from another app. A web page can fire one by itself, so by default it waits
 * for the agent's confirmation; a link that arrives before setup is kept and offered afterwards.
 */
export async function openLink(ctx: ControllerContext, uri: string): Promise<ActionResult> {
  // Before the link is read: the handshake runs while it is understood and (usually) confirmed.
  warmUp(ctx);
  const understood = understandLink(uri, ctx.phoneOptions());
  const decision = decide(understood, callGuard(ctx, 'link'));
  if (decision.kind === 'refused' || decision.kind === 'none') {
    const message =
      decision.kind === 'none' ? 'That link holds no phone number — nothing was dialed.' : decision.message;
    ctx.notify('Link not dialed', message);
    ctx.notice('error', message);
    return { ok: false, message };
  }
  if (ctx.api === null) {
    ctx.pendingLink = uri;
    const message = `${notConfiguredMessage(ctx)} The link you clicked will be offered once setup is done.`;
    ctx.notify('Xima is not set up yet', message, 'settings');
    ctx.notice('info', message);
    ctx.navigate('settings');
    return { ok: false, message };
  }
  if (decision.kind === 'several') return openChooser(ctx, 'several', 'link', decision.numbers);
  if (ctx.state.settings.confirmLinks) return openChooser(ctx, 'link', 'link', [decision.number]);
  return dialNumber(ctx, decision.number, 'link');
}

/**
 * After setup completes: the kept link is offered for confirmation (never dialed unseen). While another
 * chooser is open it waits, and is offered as soon as that chooser closes (picked or cancelled).
 */
export function offerPendingLink(ctx: ControllerContext): void {
  const uri = ctx.pendingLink;
  if (uri === null || ctx.api === null || ctx.state.chooser !== null) return;
  ctx.pendingLink = null;
  const understood = understandLink(uri, ctx.phoneOptions());
  if (understood.ok && understood.numbers.length > 0) openChooser(ctx, 'link', 'link', understood.numbers);
}

export async function chooseNumber(
  ctx: ControllerContext,
  chooserId: string,
  index: number,
): Promise<ActionResult> {
  const chooser = ctx.state.chooser;
  if (chooser === null || chooser.id !== chooserId) {
    return { ok: false, message: 'That choice is no longer open — nothing was dialed.' };
  }
  const number = chooser.numbers[index];
  if (number === undefined)
    return { ok: false, message: 'That number is not in the list — nothing was dialed.' };
  ctx.update({ chooser: null });
  const result = await dialNumber(ctx, number, chooser.source);
  // After the dial has answered, so the confirmation never competes with "Calling…".
  offerPendingLink(ctx);
  return result;
}

export function cancelChooser(ctx: ControllerContext, chooserId: string): ActionResult {
  if (ctx.state.chooser === null || ctx.state.chooser.id !== chooserId) {
    return { ok: false, message: 'That choice is no longer open.' };
  }
  ctx.update({ chooser: null });
  offerPendingLink(ctx);
  return { ok: true, message: 'Cancelled — nothing was dialed.' };
}
