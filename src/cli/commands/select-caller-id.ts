import type { CallerId } from '../../shared/settings-schema';
import { EXIT, type ExitCode } from '../exit-codes';
import { oneLine, quote, refuse, say } from '../io';
import type { CommandContext } from './context';
import { failure, withClient } from './run-remote';

const digits = (text: string): string => text.replace(/\D/g, '');

/** Exact number, then the same digits, then the label ignoring case: the first rule that matches wins. */
export function findCallerIds(list: CallerId[], wanted: string): CallerId[] {
  const text = wanted.trim();
  const exact = list.filter((c) => c.outboundCallerId === text);
  if (exact.length > 0) return exact;
  const wantedDigits = digits(text);
  if (wantedDigits.length >= 2) {
    const sameDigits = list.filter((c) => digits(c.outboundCallerId) === wantedDigits);
    if (sameDigits.length > 0) return sameDigits;
  }
  return list.filter((c) => c.label.trim().toLowerCase() === text.toLowerCase());
}

export async function selectCallerId(ctx: CommandContext): Promise<ExitCode> {
  const wanted = ctx.args.positionals.join(' ').trim();
  if (wanted === '') {
    return refuse(
      ctx.io,
      'Give the caller ID number or label to select, e.g. xima-dial select-caller-id "Sales Desk"',
    );
  }
  return withClient(ctx, true, async (client) => {
    const list = await client.listCallerIds();
    const listFailed = failure(ctx, list);
    if (listFailed !== null || !list.ok) return listFailed ?? EXIT.unavailable;
    const matches = findCallerIds(list.value.callerIds, wanted);
    const [match, ...others] = matches;
    if (!match) {
      return refuse(
        ctx.io,
        `No caller ID matches ${quote(wanted)} — run xima-dial caller-ids to see the list`,
      );
    }
    if (others.length > 0) {
      const names = matches.map((c) => oneLine(`${c.label} ${c.outboundCallerId}`)).join(', ');
      return refuse(
        ctx.io,
        `${quote(wanted)} matches ${matches.length} caller IDs (${names}) — give the label or number exactly`,
      );
    }
    const result = await client.selectCallerId(match);
    const failed = failure(ctx, result);
    if (failed !== null) return failed;
    say(ctx.io, oneLine(`Outbound caller ID set to ${match.label} (${match.outboundCallerId})`));
    return EXIT.ok;
  });
}
