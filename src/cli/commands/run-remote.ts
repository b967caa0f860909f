import type { XimaApi, XimaResult } from '../../core/xima/types';
import { connectionConfig } from '../config';
import { exitCodeFor, type ExitCode } from '../exit-codes';
import { refuse, say } from '../io';
import type { CommandContext } from './context';

/**
 * Resolves the connection (exit 2 when incomplete: nothing sent), runs `work` against a client on a
 * warm keep-alive connection, and always closes it so the process can exit.
 */
export async function withClient(
  ctx: CommandContext,
  needsExtension: boolean,
  work: (client: XimaApi) => Promise<ExitCode>,
): Promise<ExitCode> {
  const config = connectionConfig(ctx.args, ctx.io.env, ctx.io.readFile, needsExtension);
  if (!config.ok) return refuse(ctx.io, config.message);
  const { connect } = await import('../network');
  const connection = connect(config.value);
  try {
    return await work(connection.client);
  } finally {
    await connection.close();
  }
}

// The client's sentences point at the app's Settings; in a terminal the same things are set by
// variables and flags. The 401 sentence stays word for word: it is the one agents are told to expect.
const TERMINAL_WORDING: [string, string][] = [
  ['the tenant host in Settings', 'the tenant host (XIMA_HOST or --host)'],
  ['the extension in Settings', 'the extension (XIMA_EXTENSION or --extension)'],
];

/** A client error sentence as the terminal should say it. */
export function forTerminal(message: string): string {
  return TERMINAL_WORDING.reduce((text, [app, cli]) => text.split(app).join(cli), message);
}

/** Reports a failed result on stderr and picks its exit code; null when it succeeded. */
export function failure(ctx: CommandContext, result: XimaResult<unknown>): ExitCode | null {
  if (result.ok) return null;
  say(ctx.io, forTerminal(result.error.message));
  return exitCodeFor(result.error.kind);
}
