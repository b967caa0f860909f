/**
 * Finds a `tel:`/`callto:` link in a command line. The OS hands the link over as an argument, but where it
 * sits varies: Windows puts it last, Linux desktop launchers put it after `%u`, and Chromium inserts its own
 * `--flags` (e.g. `--allow-file-access-from-files`) anywhere in `second-instance` argv. So we search every
 * argument instead of trusting a position (mattermost's `getDeeplinkingURL` does the same).
 */
const SCHEMES = ['tel:', 'callto:'];
/** A real link is short; anything longer is refused before it reaches the parser. */
export const MAX_LINK_LENGTH = 2_048;

function unquote(arg: string): string {
  const trimmed = arg.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1);
  return trimmed;
}

export function isDialLink(arg: string): boolean {
  const lower = arg.toLowerCase();
  return SCHEMES.some((scheme) => lower.startsWith(scheme)) && arg.length <= MAX_LINK_LENGTH;
}

/** The first argument that is a dial link, unquoted; `null` when there is none. */
export function findLinkInArgv(argv: readonly string[]): string | null {
  for (const raw of argv) {
    if (typeof raw !== 'string' || raw.startsWith('-')) continue;
    const arg = unquote(raw);
    if (isDialLink(arg)) return arg;
  }
  return null;
}
