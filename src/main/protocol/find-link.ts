/**
 * Reads the two things the app takes from a command line: its own switches and a `tel:`/`callto:` link.
 * Where the OS puts the link varies (Windows and Linux launchers put it after the switches, Chromium adds its
 * own `--flags` to a `second-instance` argv), so the link is found by what it is, not by its position. But a
 * link is someone else's text: everything from the first link on, and everything after `--` (the installers
 * and `setAsDefaultProtocolClient` register `"app" -- "%1"`), is only ever a link candidate, never a switch —
 * or a link could carry `--import-token-file=…` and make the app import and delete a file.
 */
const SCHEMES = ['tel:', 'callto:'];
/** A real link is short; anything longer is refused before it reaches the parser. */
export const MAX_LINK_LENGTH = 2_048;
/** Ends the switches: what follows is the link the OS handed over. */
export const END_OF_SWITCHES = '--';

function unquote(arg: string): string {
  const trimmed = arg.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1);
  return trimmed;
}

/** Whether an argument, quoted or not and however long, starts with a dial scheme. */
export function hasDialScheme(arg: string): boolean {
  const lower = unquote(arg).toLowerCase();
  return SCHEMES.some((scheme) => lower.startsWith(scheme));
}

export function isDialLink(arg: string): boolean {
  const lower = arg.toLowerCase();
  return SCHEMES.some((scheme) => lower.startsWith(scheme)) && arg.length <= MAX_LINK_LENGTH;
}

export interface CommandLine {
  /** Arguments before `--` and before the first link: the executable, an app folder, switches. */
  own: string[];
  /** The first dial link, unquoted; `null` when there is none. */
  link: string | null;
}

export function readCommandLine(argv: readonly string[]): CommandLine {
  const own: string[] = [];
  for (const [index, raw] of argv.entries()) {
    if (typeof raw !== 'string') continue;
    if (raw === END_OF_SWITCHES) {
      const link = argv.slice(index + 1).find((arg) => typeof arg === 'string' && isDialLink(unquote(arg)));
      return { own, link: link === undefined ? null : unquote(link) };
    }
    // Anything with a dial scheme ends the switches, even one too long to be read as a link.
    if (!raw.startsWith('-') && hasDialScheme(raw)) {
      const link = unquote(raw);
      return { own, link: isDialLink(link) ? link : null };
    }
    own.push(raw);
  }
  return { own, link: null };
}

/** The first argument that is a dial link, unquoted; `null` when there is none. */
export function findLinkInArgv(argv: readonly string[]): string | null {
  return readCommandLine(argv).link;
}
