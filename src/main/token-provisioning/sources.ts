import { join } from 'node:path';
import { readCommandLine } from '../protocol/find-link';

/** `--import-token-file=<path>`: a provisioning script passes a file holding the token; it is imported, then deleted. */
export const IMPORT_TOKEN_SWITCH = '--import-token-file';
/** A per-user drop file in the app's userData folder, imported at the next start, then deleted. */
export const DROP_FILE_NAME = 'provision-token.txt';

export interface TokenFileSource {
  path: string;
  origin: 'switch' | 'drop-file';
}

/**
 * The token files to import, drop file first so an explicit switch wins when both are present.
 * Returns a sentence instead when the switch is there without a path. Only the app's own part of the command
 * line counts: a switch after `--` or after a link came from the link, not from the admin's script.
 */
export function tokenFileSources(argv: readonly string[], userDataDir: string): TokenFileSource[] | string {
  const sources: TokenFileSource[] = [{ path: join(userDataDir, DROP_FILE_NAME), origin: 'drop-file' }];
  for (const arg of readCommandLine(argv).own) {
    if (arg === IMPORT_TOKEN_SWITCH || arg === `${IMPORT_TOKEN_SWITCH}=`) {
      return `${IMPORT_TOKEN_SWITCH} needs the token file's path, like ${IMPORT_TOKEN_SWITCH}=/path/to/token.txt.`;
    }
    if (arg.startsWith(`${IMPORT_TOKEN_SWITCH}=`)) {
      sources.push({
        path: arg.slice(IMPORT_TOKEN_SWITCH.length + 1).replace(/^"(.*)"$/, '$1'),
        origin: 'switch',
      });
    }
  }
  return sources;
}
