import { sameCallerId } from '../../shared/caller-ids';
import type { CallerId } from '../../shared/settings-schema';
import type { CallerIdList } from '../../core/xima/types';
import { EXIT, type ExitCode } from '../exit-codes';
import { oneLine, refuse, say } from '../io';
import type { CommandContext } from './context';
import { failure, withClient } from './run-remote';

export function isSelected(list: CallerIdList, callerId: CallerId): boolean {
  return sameCallerId(list.selected, callerId);
}

/** The `--json` shape: `{"selected": {...}|null, "callerIds": [{label, outboundCallerId, selected}]}`. */
export function callerIdsJson(list: CallerIdList): string {
  return JSON.stringify({
    selected: list.selected,
    callerIds: list.callerIds.map((c) => ({
      label: c.label,
      outboundCallerId: c.outboundCallerId,
      selected: isSelected(list, c),
    })),
  });
}

function table(list: CallerIdList): string {
  const labels = list.callerIds.map((c) => oneLine(c.label) || '(no label)');
  const width = Math.max(...labels.map((l) => l.length), 5);
  return list.callerIds
    .map((c, i) => {
      const selected = isSelected(list, c);
      return `${selected ? '*' : ' '} ${(labels[i] ?? '').padEnd(width)}  ${oneLine(c.outboundCallerId)}${selected ? '  (selected)' : ''}\n`;
    })
    .join('');
}

export async function callerIds(ctx: CommandContext): Promise<ExitCode> {
  if (ctx.args.positionals.length > 0) return refuse(ctx.io, 'caller-ids takes no arguments');
  return withClient(ctx, true, async (client) => {
    const result = await client.listCallerIds();
    const failed = failure(ctx, result);
    if (failed !== null || !result.ok) return failed ?? EXIT.unavailable;
    const list = result.value;
    if (ctx.args.flags.json) {
      ctx.io.stdout(`${callerIdsJson(list)}\n`);
      return EXIT.ok;
    }
    if (list.callerIds.length === 0) {
      say(
        ctx.io,
        'Xima lists no outbound caller IDs for this extension — ask your Xima admin to assign some',
      );
      return EXIT.ok;
    }
    ctx.io.stdout(table(list));
    if (list.selected === null)
      say(ctx.io, 'No caller ID is selected; choose one with xima-dial select-caller-id');
    return EXIT.ok;
  });
}
