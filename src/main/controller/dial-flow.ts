import {
  REPEAT_WINDOW_MS,
  addToHistory,
  decideText,
  guardFor,
  severalMessage,
  toHistoryEntry,
  type CallGuard,
  type Decision,
  type DialContext,
  type DialOutcome,
} from '../../core/dial';
import { dialedNow } from '../../core/phone';
import type { DialSource } from '../../shared/app-state';
import { LINK_ARMING_MS } from '../../shared/link-consent';
import type { ActionResult } from '../../shared/ipc-contract';
import type { Understanding, UnderstoodNumber } from '../../shared/phone-types';
import type { CallerId } from '../../shared/settings-schema';
import { markFailure, markReachable, notConfiguredMessage } from './connection';
import type { ControllerContext } from './context';
import { persistHistory } from './history-flow';

const NO_NUMBER_TYPED = 'No phone number in what you typed';

export function openChooser(
  ctx: ControllerContext,
  reason: 'several' | 'link',
  source: DialSource,
  numbers: UnderstoodNumber[],
): ActionResult {
  const link = source === 'link';
  const armedAt = link ? ctx.deps.clock.now() + LINK_ARMING_MS : null;
  ctx.update({ chooser: { id: ctx.deps.newId(), reason, source, numbers, armedAt } });
  ctx.navigate('chooser', { focus: !link });
  const message =
    reason === 'link'
      ? `Call ${numbers[0]?.display ?? 'this number'}? Confirm in the panel.`
      : severalMessage(numbers.length);
  return { ok: true, message };
}

/** Everything that happens after the POST answered: state, history, notification, log — in that order. */
function record(ctx: ControllerContext, outcome: DialOutcome, source: DialSource): ActionResult {
  const { deps } = ctx;
  switch (outcome.kind) {
    case 'several':
      return openChooser(ctx, 'several', source, outcome.numbers);
    case 'ignored':
    case 'busy':
      return ignorePress(ctx, outcome.message, source, outcome.kind);
    case 'none':
    case 'refused': {
      // Typed into the dial box there was no "selection": say what the agent actually did.
      const message = outcome.kind === 'none' && source === 'panel' ? NO_NUMBER_TYPED : outcome.message;
      ctx.update({ ignoredPresses: null });
      ctx.notify('Not dialed', message);
      ctx.notice('info', message);
      deps.logger.info('dial.not-sent', { source, kind: outcome.kind });
      return { ok: false, message };
    }
    case 'placed':
    case 'failed': {
      const patch = { dialing: null, ignoredPresses: null } as const;
      if (ctx.state.settings.keepHistory) {
        const history = addToHistory(ctx.state.history, toHistoryEntry(outcome, source, deps.newId()));
        ctx.update({ ...patch, history });
      } else {
        ctx.update(patch);
      }
      if (outcome.kind === 'placed') {
        markReachable(ctx);
        ctx.notify('Calling', outcome.message);
        ctx.notice('success', outcome.message);
      } else {
        markFailure(ctx, outcome.error, true);
        const settingsFix = outcome.error.kind === 'auth' || outcome.error.kind === 'forbidden';
        ctx.notify('Call not placed', outcome.message, settingsFix ? 'settings' : 'home');
        ctx.notice('error', outcome.message);
      }
      if (ctx.state.settings.keepHistory) persistHistory(ctx);
      deps.logger.info('dial.sent', {
        source,
        outcome: outcome.kind,
        ...(outcome.kind === 'failed' ? { error: outcome.error.kind, status: outcome.error.status } : {}),
      });
      return outcome.kind === 'placed'
        ? { ok: true, message: outcome.message }
        : { ok: false, message: outcome.message };
    }
  }
}

/**
 * A press the gate ignored. An agent hammering the hotkey gets one OS notification per burst — ignored
 * presses less than the repeat window apart, even across the first call's answer — while the panel and
 * the tray tooltip count every press. The answer to the press itself stays the plain sentence.
 */
function ignorePress(
  ctx: ControllerContext,
  message: string,
  source: DialSource,
  kind: 'ignored' | 'busy',
): ActionResult {
  const now = ctx.deps.clock.now();
  const previous = bursts.get(ctx);
  const count = previous !== undefined && now - previous.lastAt < REPEAT_WINDOW_MS ? previous.count + 1 : 1;
  bursts.set(ctx, { count, lastAt: now });
  const counted = count === 1 ? message : `${message} (${count} presses ignored)`;
  ctx.update({ ignoredPresses: { count, message: counted } });
  if (count === 1) ctx.notify('Not dialed', message);
  ctx.notice('info', counted);
  ctx.deps.logger.info('dial.not-sent', { source, kind, burst: count });
  return { ok: false, message };
}

const bursts = new WeakMap<ControllerContext, { count: number; lastAt: number }>();

function refuseUnconfigured(ctx: ControllerContext): ActionResult {
  const message = notConfiguredMessage(ctx);
  ctx.notify('Xima is not set up yet', message, 'settings');
  ctx.notice('error', message);
  return { ok: false, message };
}

function context(
  ctx: ControllerContext,
  source: DialSource,
  oneOffCallerId: CallerId | null,
): Omit<DialContext, 'api'> {
  return {
    plan: ctx.state.settings,
    selectedCallerId: ctx.state.selectedCallerId,
    oneOffCallerId,
    onSent: (number: UnderstoodNumber) => showDialing(ctx, number),
    rules: ctx.deps.policy.callRules,
    fromLink: source === 'link',
  };
}

/** The emergency and premium rules for a number from `source`, with the administrator's policy. */
export function callGuard(ctx: ControllerContext, source: DialSource): CallGuard {
  return guardFor({
    plan: ctx.state.settings,
    rules: ctx.deps.policy.callRules,
    fromLink: source === 'link',
  });
}

/**
 * "Dialing…" reaches the tray and panel on the next turn of the event loop, not synchronously: the
 * subscribers rebuild the tray menu and post IPC, and that must not delay the POST leaving the
 * machine. A dial that already answered by then shows nothing.
 */
function showDialing(ctx: ControllerContext, number: UnderstoodNumber): void {
  setImmediate(() => {
    if (ctx.pipeline.inFlight === number) ctx.update({ dialing: number });
  });
}

export async function dialText(
  ctx: ControllerContext,
  text: string,
  source: DialSource,
  oneOffCallerId: CallerId | null = null,
): Promise<ActionResult> {
  return dialDecided(
    ctx,
    decideText(text, ctx.phoneOptions(), callGuard(ctx, source)),
    source,
    oneOffCallerId,
  );
}

/**
 * HOT PATH (hotkey, tray, panel, links): the text was understood and the safety rules applied once, in
 * `decision`; settings and the client are already in memory; nothing is written or logged until the POST
 * has answered (`record`).
 */
export async function dialDecided(
  ctx: ControllerContext,
  decision: Decision,
  source: DialSource,
  oneOffCallerId: CallerId | null = null,
): Promise<ActionResult> {
  const api = ctx.api;
  if (api === null) {
    // Nothing to dial (or a refused number) is said as such; a real number waits for setup.
    if (decision.kind === 'none' || decision.kind === 'refused') return record(ctx, decision, source);
    return refuseUnconfigured(ctx);
  }
  const outcome = await ctx.pipeline.dialDecision(decision, { api, ...context(ctx, source, oneOffCallerId) });
  return record(ctx, outcome, source);
}

/**
 * The dial box's live preview: what Enter would do, from the same decision as the dial itself, so a number
 * the safety rules refuse is previewed with the sentence that will refuse it.
 */
export function understandForPreview(ctx: ControllerContext, text: string): Understanding {
  const decision = decideText(text, ctx.phoneOptions(), callGuard(ctx, 'panel'));
  switch (decision.kind) {
    case 'refused':
      return { ok: false, reason: decision.message };
    case 'none':
      return { ok: true, numbers: [] };
    case 'several':
      return { ok: true, numbers: decision.numbers };
    case 'one':
      return { ok: true, numbers: [decision.number] };
  }
}

export async function dialNumber(
  ctx: ControllerContext,
  number: UnderstoodNumber,
  source: DialSource,
  oneOffCallerId: CallerId | null = null,
): Promise<ActionResult> {
  const api = ctx.api;
  if (api === null) return refuseUnconfigured(ctx);
  const outcome = await ctx.pipeline.dialNumber(number, { api, ...context(ctx, source, oneOffCallerId) });
  return record(ctx, outcome, source);
}

export async function redial(ctx: ControllerContext, historyId: string): Promise<ActionResult> {
  const entry = ctx.state.history.find((item) => item.id === historyId);
  if (entry === undefined) return { ok: false, message: 'That call is no longer in your recent dials.' };
  return dialNumber(ctx, dialedNow(entry.number, ctx.phoneOptions()), 'panel');
}
