/**
 * Reads the two things the app takes from a command line: its own switches and a `tel:`/`callto:` link.
 * Where the OS puts the link varies (Windows and Linux launchers put it after the switches, Chromium adds its
 * own `--flags` to a `second-instance` argv), so the link is found by what it is, not by its position. But a
 * link is someone else's text: everything from the first link on, and everything after `--` (the installers
 * and `setAsDefaultProtocolClient` register `"app" -- "%1"`), is only ever a link candidate, never a switch —
 * or a link could carry `--import-token-file=…` and make the app import and delete a file.
 */
/** The link schemes the app handles: asked for from the OS and looked for on the command line. */
export const DIAL_SCHEMES = ['tel', 'callto'] as const;
/** A real link is short; anything longer is refused before it reaches the parser. */
export const MAX_LINK_LENGTH = 2_048;
/** Ends the switches: what follows is the link the OS handed over. */
export const END_OF_SWITCHES = '--';

function unquote(arg: string): string {
  const trimmed = arg.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1);
  return trimmed;
}

/** Whether unquoted text starts with a dial scheme, however long it is. */
function hasDialScheme(text: string): boolean {
  const lower = text.toLowerCase();
  return DIAL_SCHEMES.some((scheme) => lower.startsWith(`${scheme}:`));
}

/** Whether unquoted text is a dial link short enough to be read. */
export function isDialLink(text: string): boolean {
  return hasDialScheme(text) && text.length <= MAX_LINK_LENGTH;
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
      const rest = argv.slice(index + 1).filter((arg) => typeof arg === 'string');
      return { own, link: rest.map(unquote).find(isDialLink) ?? null };
    }
    // Anything with a dial scheme ends the switches, even one too long to be read as a link.
    const candidate = unquote(raw);
    if (!raw.startsWith('-') && hasDialScheme(candidate)) {
      return { own, link: isDialLink(candidate) ? candidate : null };
    }
    own.push(raw);
  }
  return { own, link: null };
}

/** The first argument that is a dial link, unquoted; `null` when there is none. */
export function findLinkInArgv(argv: readonly string[]): string | null {
  return readCommandLine(argv).link;
}
