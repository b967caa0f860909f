import { tokenShapeProblem } from '../../shared/token-shape';
import { errorCode } from '../error-code';
import type { Logger, TokenRefusal, TokenSetResult, TokenVault } from '../ports';
import { tokenFileSources, type TokenFileSource } from './sources';

/** node:fs's calls this needs (node's `fs` fits as is), so tests pass an in-memory one. */
export interface ProvisioningFs {
  statSync(path: string): { size: number; isFile(): boolean };
  readFileSync(path: string): Uint8Array;
  unlinkSync(path: string): void;
}

export interface ImportProvisionedTokenDeps {
  argv: readonly string[];
  /** Electron's `app.getPath('userData')`. */
  userDataDir: string;
  vault: Pick<TokenVault, 'set'>;
  fs: ProvisioningFs;
  logger: Logger;
}

export interface ProvisioningResult {
  /** A token from a file is now in the vault. */
  imported: boolean;
  /** Sentences for the panel and the log; never the token. */
  messages: string[];
}

/** Why a token that could not be stored here stays in its file. */
const NOT_IMPORTED: Record<TokenRefusal, (path: string) => string> = {
  unavailable: (path) =>
    `The token in ${path} was not imported: this session offers no safe place to keep it, so the file was kept — start the app in a desktop session with a keyring.`,
  'keyring-required': (path) =>
    `The token in ${path} was not imported: the policy allows it only in a system keyring and this session has none, so the file was kept — start the app in a session with GNOME Keyring or KWallet unlocked.`,
};

/** A token file holds one token and maybe a line break; anything bigger was not meant for us. */
const MAX_TOKEN_FILE_BYTES = 16 * 1024;

/**
 * Imports a token an admin's script left for this user (`--import-token-file=<path>` or
 * `<userData>/provision-token.txt`) into the encrypted vault, then deletes the file so the token does not stay
 * on disk in plain text. A file that cannot be imported is kept so the script can be fixed and the app restarted.
 */
export function importProvisionedToken(deps: ImportProvisionedTokenDeps): ProvisioningResult {
  const sources = tokenFileSources(deps.argv, deps.userDataDir);
  if (typeof sources === 'string') {
    deps.logger.warn('token.provision-failed', { message: sources });
    return { imported: false, messages: [sources] };
  }
  const result: ProvisioningResult = { imported: false, messages: [] };
  for (const source of sources) {
    const outcome = importOne(deps, source);
    if (outcome === null) continue;
    result.imported ||= outcome.imported;
    result.messages.push(...outcome.messages);
  }
  return result;
}

function importOne(deps: ImportProvisionedTokenDeps, source: TokenFileSource): ProvisioningResult | null {
  const { path, origin } = source;
  const fail = (message: string): ProvisioningResult => {
    deps.logger.warn('token.provision-failed', { origin, path, message });
    return { imported: false, messages: [message] };
  };
  let size: number;
  try {
    const stat = deps.fs.statSync(path);
    if (!stat.isFile()) return fail(`The token file ${path} is not a file, so no token was imported.`);
    size = stat.size;
  } catch (error) {
    // No drop file is the normal case; a missing file named on the command line is the script's mistake.
    if (origin === 'drop-file' && errorCode(error) === 'ENOENT') return null;
    return fail(
      `The token file ${path} could not be opened (${errorCode(error)}), so no token was imported.`,
    );
  }
  if (size > MAX_TOKEN_FILE_BYTES) {
    return fail(
      `The token file ${path} is larger than a token can be, so it was not imported — put only the token in it.`,
    );
  }

  let token: string;
  try {
    token = new TextDecoder('utf-8')
      .decode(deps.fs.readFileSync(path))
      .replace(/^\uFEFF/, '')
      .trim();
  } catch (error) {
    return fail(`The token file ${path} could not be read (${errorCode(error)}), so no token was imported.`);
  }
  const problem = tokenShapeProblem(token);
  if (problem !== null) {
    return fail(
      `The token file ${path} does not hold a single Xima token, so it was not imported: ${problem}`,
    );
  }
  let result: TokenSetResult;
  try {
    // Not bound to a host yet: the settings may not name one; the first host it is used with binds it.
    result = deps.vault.set(token, null);
  } catch {
    return fail(
      `The token in ${path} could not be saved on this computer, so the file was kept — ask IT to check the keyring.`,
    );
  }
  if (!result.stored) return fail(NOT_IMPORTED[result.refusal](path));
  deps.logger.info('token.provisioned', { origin, protection: result.protection });

  try {
    deps.fs.unlinkSync(path);
  } catch (error) {
    const message =
      `The token was imported, but ${path} could not be deleted (${errorCode(error)}) — ` +
      'delete it by hand: it holds the token in plain text.';
    deps.logger.warn('token.provision-file-kept', { origin, path, message });
    return { imported: true, messages: [message] };
  }
  return { imported: true, messages: ['The Xima token provided by your administrator was imported.'] };
}
