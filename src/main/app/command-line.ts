import { hasDialScheme } from '../protocol/find-link';

/**
 * The arguments that may hold the app's own switches: those before `--` and before the first link. A
 * link is written by whoever made the web page or email it came from, so nothing in it or after it may act
 * as a switch (the installers register `app -- %1` for the same reason).
 */
export function switchArgs(argv: readonly string[]): readonly string[] {
  const end = argv.findIndex((arg) => arg === '--' || hasDialScheme(arg));
  return end === -1 ? argv : argv.slice(0, end);
}
