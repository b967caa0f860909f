import { understand, type UnderstoodNumber } from '../../core/phone/index';
import { phoneOptions } from '../config';
import { EXIT, type ExitCode } from '../exit-codes';
import { refuse, say } from '../io';
import type { CommandContext } from './context';

function line(n: UnderstoodNumber): string {
  const parts = [n.dial, n.display];
  if (n.extension) parts.push(`(key in extension ${n.extension} once connected)`);
  if (n.kind === 'internal') parts.push('(internal extension)');
  return `${parts.join('  ')}\n`;
}

/** What would be dialed, without any request. */
export function parse(ctx: CommandContext): ExitCode {
  if (ctx.args.positionals.length === 0)
    return refuse(ctx.io, 'Give the text to understand, e.g. xima-dial parse "Call (385) 555-1234 ext. 22"');
  const options = phoneOptions(ctx.args, ctx.io.env);
  if (!options.ok) return refuse(ctx.io, options.message);
  const understood = understand(ctx.args.positionals.join(' '), options.value);
  if (!understood.ok) return refuse(ctx.io, understood.reason);
  if (ctx.args.flags.json) {
    // Exactly the documented fields, whatever else the understanding may carry.
    const numbers = understood.numbers.map(({ dial, e164, display, extension, country, kind }) => ({
      dial,
      e164,
      display,
      extension,
      country,
      kind,
    }));
    ctx.io.stdout(`${JSON.stringify({ numbers })}\n`);
    return EXIT.ok;
  }
  if (understood.numbers.length === 0) say(ctx.io, 'No phone number found');
  ctx.io.stdout(understood.numbers.map(line).join(''));
  return EXIT.ok;
}
