import type { ClickToDialRequest } from '../../core/xima/types';
import { EXTERNAL_PREFIX_MAX_DIGITS, isExternalPrefix } from '../../shared/settings-rules';
import { EXIT, type ExitCode } from '../exit-codes';
import { refuse, say } from '../io';
import type { CommandContext } from './context';
import { numberFromArgs } from './one-number';
import { failure, withClient } from './run-remote';

/** `--caller-id` and `--prefix` exactly as they will be sent, or the sentence refusing them. */
function options(
  ctx: CommandContext,
): { ok: true; request: Omit<ClickToDialRequest, 'numberToDial'> } | { ok: false; message: string } {
  const { flags } = ctx.args;
  const callerId = typeof flags['caller-id'] === 'string' ? flags['caller-id'].trim() : undefined;
  const prefix = typeof flags.prefix === 'string' ? flags.prefix.trim() : undefined;
  if (flags.selected && callerId !== undefined) {
    return { ok: false, message: 'Use either --selected or --caller-id, not both' };
  }
  if (callerId !== undefined && !/^\+?[0-9]{1,20}$/.test(callerId)) {
    return {
      ok: false,
      message: '--caller-id must be the caller ID number as Xima lists it (see xima-dial caller-ids)',
    };
  }
  // An empty --prefix is a slip, not a way to send none: leaving the flag out does that.
  if (prefix !== undefined && (prefix === '' || !isExternalPrefix(prefix))) {
    return { ok: false, message: `--prefix must be 1 to ${EXTERNAL_PREFIX_MAX_DIGITS} digits, e.g. 9` };
  }
  const request: Omit<ClickToDialRequest, 'numberToDial'> = {};
  if (callerId !== undefined) request.outboundCallerId = callerId;
  if (flags.selected) request.useSelectedOutboundCallerId = true;
  if (prefix !== undefined) request.externalPrefix = prefix;
  return { ok: true, request };
}

export async function dial(ctx: CommandContext): Promise<ExitCode> {
  const extra = options(ctx);
  if (!extra.ok) return refuse(ctx.io, extra.message);
  const number = numberFromArgs(
    ctx,
    'Give the number to dial, e.g. xima-dial dial "(385) 555-1234"',
    extra.request.externalPrefix,
  );
  if (!number.ok) return refuse(ctx.io, number.message);
  return withClient(ctx, true, async (client) => {
    const result = await client.clickToDial({ numberToDial: number.value.dial, ...extra.request });
    const failed = failure(ctx, result);
    if (failed !== null) return failed;
    const from = extra.request.outboundCallerId
      ? ` from caller ID ${extra.request.outboundCallerId}`
      : extra.request.useSelectedOutboundCallerId
        ? ' from your selected caller ID'
        : '';
    say(ctx.io, `Xima is calling ${number.value.display} (${number.value.dial})${from}`);
    if (number.value.extension)
      say(ctx.io, `When the call connects, key in extension ${number.value.extension}`);
    return EXIT.ok;
  });
}
