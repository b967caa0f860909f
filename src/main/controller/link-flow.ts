import { decide } from '../../core/dial';
import { understandLink } from '../../core/phone';
import type { ActionResult } from '../../shared/ipc-contract';
import { NOT_ARMED, NOT_SPACE, type ChoiceInput } from '../../shared/link-consent';
import { notConfiguredMessage, warmUp } from './connection';
import type { ControllerContext } from './context';
import { callGuard, dialDecided, dialNumber, openChooser } from './dial-flow';

const WAITING =
  'Another call link arrived — it waits until you answer this one, so the number you are looking at cannot change.';
const DROPPED =
  'More call links arrived and were ignored: a page may be opening them by itself. Click the one you want again in a moment.';

/**
 * A tel:/callto: link from another app. A web page can fire one by itself, so by default it waits for
 * the agent's confirmation; links in a burst give one confirmation; a link never replaces a chooser that
 * is open (it waits its turn); a link that arrives before setup is kept and offered afterwards.
 */
export async function openLink(ctx: ControllerContext, uri: string): Promise<ActionResult> {
  const admission = ctx.links.admit(uri, ctx.deps.clock.now(), ctx.state.chooser !== null);
  if (admission.kind === 'drop') return dropped(ctx, admission.notice);
  if (admission.kind === 'wait') {
    ctx.notice('info', WAITING);
    return { ok: false, message: WAITING };
  }
  // Before the link is read: the handshake runs while it is understood and (usually) confirmed.
  warmUp(ctx);
  const decision = decideLink(ctx, uri);
  if (decision.kind === 'refused' || decision.kind === 'none') return refuseLink(ctx, decision);
  if (ctx.api === null) {
    if (!ctx.links.keep(uri)) return dropped(ctx, true);
    const message = `${notConfiguredMessage(ctx)} The link you clicked will be offered once setup is done.`;
    ctx.notify('Xima is not set up yet', message, 'settings');
    ctx.notice('info', message);
    ctx.navigate('settings');
    return { ok: false, message };
  }
  if (decision.kind === 'several') return openChooser(ctx, 'several', 'link', decision.numbers);
  if (ctx.state.settings.confirmLinks) return openChooser(ctx, 'link', 'link', [decision.number]);
  return dialDecided(ctx, decision, 'link');
}

function decideLink(ctx: ControllerContext, uri: string) {
  return decide(understandLink(uri, ctx.phoneOptions()), callGuard(ctx, 'link'));
}

function refuseLink(
  ctx: ControllerContext,
  decision: Extract<ReturnType<typeof decideLink>, { kind: 'refused' | 'none' }>,
): ActionResult {
  const message =
    decision.kind === 'none' ? 'That link holds no phone number — nothing was dialed.' : decision.message;
  ctx.notify('Link not dialed', message);
  ctx.notice('error', message);
  return { ok: false, message };
}

function dropped(ctx: ControllerContext, notice: boolean): ActionResult {
  ctx.deps.logger.info('link.dropped');
  if (notice) ctx.notice('info', DROPPED);
  return { ok: false, message: DROPPED };
}

/**
 * When nothing else is open: the waiting link (kept during setup or while a chooser was open) is offered
 * for confirmation — never dialed unseen, whatever the "dial links at once" setting says.
 */
export function offerWaitingLink(ctx: ControllerContext): void {
  if (ctx.api === null || ctx.state.chooser !== null) return;
  const uri = ctx.links.take();
  if (uri === null) return;
  const decision = decideLink(ctx, uri);
  if (decision.kind === 'one') openChooser(ctx, 'link', 'link', [decision.number]);
  else if (decision.kind === 'several') openChooser(ctx, 'several', 'link', decision.numbers);
  else refuseLink(ctx, decision);
}

/** Why a choice is not taken yet, or null. Enforced here, not only in the panel: the renderer is not trusted. */
function refusedChoice(ctx: ControllerContext, armedAt: number | null, via: ChoiceInput): string | null {
  if (armedAt === null) return null;
  if (via === 'Space') return NOT_SPACE;
  return ctx.deps.clock.now() < armedAt ? NOT_ARMED : null;
}

export async function chooseNumber(
  ctx: ControllerContext,
  chooserId: string,
  index: number,
  via: ChoiceInput,
): Promise<ActionResult> {
  const chooser = ctx.state.chooser;
  if (chooser === null || chooser.id !== chooserId) {
    return { ok: false, message: 'That choice is no longer open — nothing was dialed.' };
  }
  const number = chooser.numbers[index];
  if (number === undefined)
    return { ok: false, message: 'That number is not in the list — nothing was dialed.' };
  const refused = refusedChoice(ctx, chooser.armedAt, via);
  if (refused !== null) {
    ctx.deps.logger.info('link.choice-ignored', { via });
    return { ok: false, message: refused };
  }
  ctx.update({ chooser: null });
  const result = await dialNumber(ctx, number, chooser.source);
  // After the dial has answered, so the confirmation never competes with "Calling…".
  offerWaitingLink(ctx);
  return result;
}

export function cancelChooser(ctx: ControllerContext, chooserId: string): ActionResult {
  if (ctx.state.chooser === null || ctx.state.chooser.id !== chooserId) {
    return { ok: false, message: 'That choice is no longer open.' };
  }
  const message = 'Cancelled — nothing was dialed.';
  ctx.update({ chooser: null });
  ctx.notice('info', message);
  offerWaitingLink(ctx);
  return { ok: true, message };
}
