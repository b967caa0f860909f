import { EXIT, type ExitCode } from '../exit-codes';
import { refuse, say } from '../io';
import type { CommandContext } from './context';
import { numberFromArgs } from './one-number';
import { failure, withClient } from './run-remote';

export async function callback(ctx: CommandContext): Promise<ExitCode> {
  const skill = typeof ctx.args.flags.skill === 'string' ? ctx.args.flags.skill.trim() : '';
  if (skill === '')
    return refuse(ctx.io, 'Name the skill to queue the callback in: --skill "<exact Xima skill name>"');
  const number = numberFromArgs(
    ctx,
    'Give the number to call back, e.g. xima-dial callback --skill "Online Requests" "(385) 555-1234"',
  );
  if (!number.ok) return refuse(ctx.io, number.message);
  return withClient(ctx, false, async (client) => {
    const result = await client.scheduleCallback({ skill, callbackNumber: number.value.dial });
    const failed = failure(ctx, result);
    if (failed !== null) return failed;
    say(ctx.io, `Callback to ${number.value.display} scheduled in the skill "${skill}"`);
    return EXIT.ok;
  });
}
