import type { Env, ReadTextFile } from './config';
import { EXIT, type ExitCode } from './exit-codes';

/** What a command may touch: injected so the whole CLI runs in-process in tests too. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Env;
  readFile: ReadTextFile;
}

/** One line for people to read, on stderr; never anything secret. */
export function say(io: CliIo, message: string): void {
  io.stderr(`${message}\n`);
}

/** Says why, and exits 2: bad input or configuration, nothing sent. */
export function refuse(io: CliIo, message: string): ExitCode {
  say(io, message);
  return EXIT.badInput;
}

/** Text from elsewhere (the user, Xima) made safe for a terminal: one line, no escape sequences. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** Quotes user text in a sentence: short, one line, no control characters. */
export function quote(text: string): string {
  const clean = oneLine(text);
  return `"${clean.length > 60 ? `${clean.slice(0, 57)}...` : clean}"`;
}
