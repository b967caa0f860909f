import { parseArgs } from './args';
import { callerIds } from './commands/caller-ids';
import type { CommandContext } from './commands/context';
import { parse } from './commands/parse';
import { selectCallerId } from './commands/select-caller-id';
import { EXIT, type ExitCode } from './exit-codes';
import { type CliIo, say } from './io';
import { USAGE } from './usage';

/** Runs one invocation and returns its exit code; never throws, never prints the token. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    say(io, parsed.message);
    return EXIT.badInput;
  }
  const { args } = parsed;
  if (args.flags.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (args.command === null) {
    io.stderr(USAGE);
    return EXIT.badInput;
  }
  const ctx: CommandContext = { args, io };
  try {
    switch (args.command) {
      case 'parse':
        return parse(ctx);
      // Loaded on demand: the emergency and premium check brings libphonenumber's short-number data,
      // which a cold `parse` must not pay for.
      case 'dial':
        return await (await import('./commands/dial')).dial(ctx);
      case 'caller-ids':
        return await callerIds(ctx);
      case 'select-caller-id':
        return await selectCallerId(ctx);
      case 'callback':
        return await (await import('./commands/callback')).callback(ctx);
    }
  } catch (error) {
    // Not expected (the client never rejects); keep the sentence generic so nothing secret can leak.
    say(
      io,
      `xima-dial failed unexpectedly (${error instanceof Error ? error.name : 'error'}) — please report it`,
    );
    return EXIT.unavailable;
  }
}
