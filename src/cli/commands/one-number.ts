import { decideText, DEFAULT_CALL_RULES } from '../../core/dial/index';
import type { UnderstoodNumber } from '../../core/phone/index';
import { phoneOptions, type Resolved } from '../config';
import { quote } from '../io';
import type { CommandContext } from './context';

/**
 * The one number in the command's positional text, understood with --country/--format and held to the
 * dial rules: none, two different ones, or an emergency or premium number is refused, unsent. The command
 * line does not read the machine policy, so it never dials emergency or premium numbers.
 */
export function numberFromArgs(
  ctx: CommandContext,
  whenMissing: string,
  externalPrefix = '',
): Resolved<UnderstoodNumber> {
  if (ctx.args.positionals.length === 0) return { ok: false, message: whenMissing };
  const phone = phoneOptions(ctx.args, ctx.io.env);
  if (!phone.ok) return phone;
  const text = ctx.args.positionals.join(' ');
  const decision = decideText(text, phone.value, {
    country: phone.value.defaultCountry,
    externalPrefix,
    rules: DEFAULT_CALL_RULES,
    fromLink: false,
  });
  switch (decision.kind) {
    case 'refused':
      return { ok: false, message: decision.message };
    case 'none':
      return { ok: false, message: `No phone number found in ${quote(text)}` };
    case 'several': {
      const list = decision.numbers.map((n) => n.display).join(', ');
      return {
        ok: false,
        message: `The text holds ${decision.numbers.length} different numbers (${list}) — pass only the one to call`,
      };
    }
    case 'one':
      return { ok: true, value: decision.number };
  }
}
