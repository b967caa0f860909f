import type { ParsedArgs } from '../args';
import type { CliIo } from '../io';

export interface CommandContext {
  args: ParsedArgs;
  io: CliIo;
}
