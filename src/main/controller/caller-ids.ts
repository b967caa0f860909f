import { callerIdName } from '../../core/dial';
import { formatForDisplay, type PhoneOptions } from '../../core/phone';
import type { CallerIdList } from '../../core/xima/types';
import type { ActionResult, TestConnectionResult } from '../../shared/ipc-contract';
import type { CallerIdView } from '../../shared/app-state';
import { sameCallerId } from '../../shared/caller-ids';
import type { CallerId } from '../../shared/settings-schema';
import { markFailure, markReachable, notConfiguredMessage } from './connection';
import type { ControllerContext } from './context';

/** National format for the agent's country, international otherwise (the phone module's rule). */
export function formatCallerId(number: string, phone: PhoneOptions): string {
  return formatForDisplay(number, phone.defaultCountry);
}

export function toView(callerId: CallerId, phone: PhoneOptions): CallerIdView {
  return {
    label: callerId.label,
    outboundCallerId: callerId.outboundCallerId,
    display: formatCallerId(callerId.outboundCallerId, phone),
  };
}

function applyList(ctx: ControllerContext, list: CallerIdList): void {
  const phone = ctx.phoneOptions();
  ctx.update({
    callerIds: list.callerIds.map((callerId) => toView(callerId, phone)),
    callerIdsTruncated: list.truncated,
    selectedCallerId: list.selected === null ? null : toView(list.selected, phone),
    callerIdsLoading: false,
  });
}

/** Fetches the list from Xima; concurrent calls (panel open + network back) share one request. */
export function refreshCallerIds(ctx: ControllerContext): Promise<ActionResult> {
  if (ctx.refreshing !== null) return ctx.refreshing;
  const run = (async (): Promise<ActionResult> => {
    const api = ctx.api;
    if (api === null) return { ok: false, message: notConfiguredMessage(ctx) };
    ctx.update({ callerIdsLoading: true });
    const result = await api.listCallerIds();
    if (api !== ctx.api) {
      // Settings changed while we waited: this answer belongs to the old tenant.
      ctx.update({ callerIdsLoading: false });
      return { ok: false, message: 'The connection settings changed — refresh again.' };
    }
    if (!result.ok) {
      ctx.update({ callerIdsLoading: false });
      markFailure(ctx, result.error);
      ctx.deps.logger.warn('caller-ids.failed', { kind: result.error.kind, status: result.error.status });
      return { ok: false, message: result.error.message };
    }
    applyList(ctx, result.value);
    markReachable(ctx);
    return { ok: true };
  })().finally(() => {
    ctx.refreshing = null;
  });
  ctx.refreshing = run;
  return run;
}

/** Sets the caller ID in Xima: pending while the POST runs, rolled back with a message if Xima refuses. */
export async function selectCallerId(ctx: ControllerContext, wanted: CallerId): Promise<ActionResult> {
  const api = ctx.api;
  if (api === null) return { ok: false, message: notConfiguredMessage(ctx) };
  const entry = ctx.state.callerIds.find((view) => sameCallerId(view, wanted));
  if (entry === undefined) {
    return {
      ok: false,
      message: `“${callerIdName(wanted)}” is not in your caller-ID list — refresh the list and pick again.`,
    };
  }
  if (ctx.state.callerIdPending !== null) {
    return {
      ok: false,
      message: `Still switching to ${callerIdName(ctx.state.callerIdPending)} — wait a moment, then try again.`,
    };
  }
  if (sameCallerId(ctx.state.selectedCallerId, entry))
    return { ok: true, message: `${callerIdName(entry)} is already selected.` };
  const callerId: CallerId = { label: entry.label, outboundCallerId: entry.outboundCallerId };
  ctx.update({ callerIdPending: callerId });
  const result = await api.selectCallerId(callerId);
  if (!result.ok) {
    ctx.update({ callerIdPending: null });
    markFailure(ctx, result.error);
    const message = `Xima kept ${ctx.state.selectedCallerId === null ? 'your previous caller ID' : callerIdName(ctx.state.selectedCallerId)}: ${result.error.message}`;
    ctx.notice('error', message);
    ctx.deps.logger.warn('caller-id.select-failed', { kind: result.error.kind, status: result.error.status });
    return { ok: false, message };
  }
  ctx.update({ callerIdPending: null, selectedCallerId: entry });
  markReachable(ctx);
  const message = `Calls now go out from ${callerIdName(entry)}, ${entry.display}.`;
  ctx.notice('success', message);
  ctx.deps.logger.info('caller-id.selected');
  return { ok: true, message };
}

/** "Test connection": lists the caller IDs or says exactly what failed. */
export async function testConnection(ctx: ControllerContext): Promise<TestConnectionResult> {
  const api = ctx.api;
  if (api === null) return { ok: false, message: notConfiguredMessage(ctx) };
  const result = await api.listCallerIds();
  if (!result.ok) {
    markFailure(ctx, result.error);
    return { ok: false, message: result.error.message };
  }
  if (api === ctx.api) {
    applyList(ctx, result.value);
    markReachable(ctx);
  }
  const count = result.value.callerIds.length;
  const where = ctx.demo !== null ? 'the demo' : (ctx.state.testTarget ?? ctx.state.settings.host);
  const message =
    count === 0
      ? `Connected to ${where}, but extension ${ctx.state.settings.extension || ctx.demo?.extension} has no outbound caller IDs — ask your Xima admin to add some.`
      : `Connected to ${where}: ${count} caller ID${count === 1 ? '' : 's'} for your extension.`;
  return { ok: true, callerIds: result.value.callerIds, message };
}
