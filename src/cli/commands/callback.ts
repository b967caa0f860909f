import { phoneOptions } from '../config';
import { EXIT, type ExitCode } from '../exit-codes';
import { say } from '../io';
import type { CommandContext } from './context';
import { exactlyOneNumber } from './one-number';
import { failure, withClient } from './run-remote';

export async function callback(ctx: CommandContext): Promise<ExitCode> {
  const skill = typeof ctx.args.flags.skill === 'string' ? ctx.args.flags.skill.trim() : '';
  if (skill === '') {
    say(ctx.io, 'Name the skill to queue the callback in: --skill "<exact Xima skill name>"');
    return EXIT.badInput;
  }
  if (ctx.args.positionals.length === 0) {
    say(
      ctx.io,
      'Give the number to call back, e.g. xima-dial callback --skill "Online Requests" "(385) 555-1234"',
    );
    return EXIT.badInput;
  }
  const phone = phoneOptions(ctx.args, ctx.io.env);
  if (!phone.ok) {
    say(ctx.io, phone.message);
    return EXIT.badInput;
  }
  const number = exactlyOneNumber(ctx.args.positionals.join(' '), phone.value);
  if (!number.ok) {
    say(ctx.io, number.message);
    return EXIT.badInput;
  }
  return withClient(ctx, false, async (client) => {
    const result = await client.scheduleCallback({ skill, callbackNumber: number.value.dial });
    const failed = failure(ctx, result);
    if (failed !== null) return failed;
    say(ctx.io, `Callback to ${number.value.display} scheduled in the skill "${skill}"`);
    return EXIT.ok;
  });
}
