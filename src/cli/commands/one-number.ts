import { understand, type PhoneOptions, type UnderstoodNumber } from '../../core/phone/index';
import { phoneOptions, type Resolved } from '../config';
import { quote } from '../io';
import type { CommandContext } from './context';

/** `dial` and `callback` act on exactly one number: none or two different ones is refused, unsent. */
export function exactlyOneNumber(text: string, options: PhoneOptions): Resolved<UnderstoodNumber> {
  const understood = understand(text, options);
  if (!understood.ok) return { ok: false, message: understood.reason };
  const [first, ...rest] = understood.numbers;
  if (!first) return { ok: false, message: `No phone number found in ${quote(text)}` };
  if (rest.length > 0) {
    const list = understood.numbers.map((n) => n.display).join(', ');
    return {
      ok: false,
      message: `The text holds ${understood.numbers.length} different numbers (${list}) — pass only the one to call`,
    };
  }
  return { ok: true, value: first };
}

/** The one number in the command's positional text, understood with --country/--format. */
export function numberFromArgs(ctx: CommandContext, whenMissing: string): Resolved<UnderstoodNumber> {
  if (ctx.args.positionals.length === 0) return { ok: false, message: whenMissing };
  const phone = phoneOptions(ctx.args, ctx.io.env);
  if (!phone.ok) return phone;
  return exactlyOneNumber(ctx.args.positionals.join(' '), phone.value);
}
