import { isLoopbackHostname, resolveBaseUrl } from '../../core/xima/base-url';
import { readCommandLine } from '../protocol/find-link';

/** `--xima-base-url=http://127.0.0.1:PORT`: send requests to a Xima on this computer (the simulator). */
export const XIMA_BASE_URL_SWITCH = '--xima-base-url';

const EXAMPLE = `${XIMA_BASE_URL_SWITCH}=http://127.0.0.1:8080`;

export type BaseUrlSwitch =
  | { kind: 'none' }
  /** `baseUrl` is the origin requests go to; the status line names its host and port (`testTarget`). */
  | { kind: 'testing'; baseUrl: string }
  /** The switch was there but is not used: the sentence says why, and the app uses its settings. */
  | { kind: 'refused'; message: string };

/**
 * Reads the testing switch from the command line. It is for testing against this computer only: a
 * non-loopback address is refused, so nobody can be talked into sending their token somewhere else by a
 * shortcut with an extra argument. Never stored: it lasts as long as this run.
 */
export function readBaseUrlSwitch(argv: readonly string[]): BaseUrlSwitch {
  let value: string | null = null;
  for (const arg of readCommandLine(argv).own) {
    if (arg === XIMA_BASE_URL_SWITCH) value = '';
    else if (arg.startsWith(`${XIMA_BASE_URL_SWITCH}=`)) value = arg.slice(XIMA_BASE_URL_SWITCH.length + 1);
  }
  if (value === null) return { kind: 'none' };
  const raw = value.trim().replace(/^"(.*)"$/, '$1');
  const ignored = `${XIMA_BASE_URL_SWITCH} was ignored and your settings are used`;
  if (raw === '') return { kind: 'refused', message: `${ignored}: it needs an address, like ${EXAMPLE}.` };
  if (!onThisComputer(raw)) {
    return {
      kind: 'refused',
      message: `${ignored}: it only accepts an address on this computer (localhost, 127.0.0.1 or [::1]), like ${EXAMPLE}.`,
    };
  }
  // The same rules as every other base URL (scheme, no path, no password), with the same sentences.
  const resolved = resolveBaseUrl({ baseUrl: raw });
  if (!resolved.ok) {
    const reason = resolved.message.charAt(0).toLowerCase() + resolved.message.slice(1);
    return { kind: 'refused', message: `${ignored}: ${reason}.` };
  }
  return { kind: 'testing', baseUrl: resolved.url };
}

/** A value that is no URL at all is left to resolveBaseUrl's sentence. */
function onThisComputer(raw: string): boolean {
  try {
    return isLoopbackHostname(new URL(raw).hostname);
  } catch {
    return true;
  }
}
