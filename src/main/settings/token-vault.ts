import type { Platform, TokenProtection, TokenSetResult, TokenVault } from '../ports';
import type { SecretFile } from './secret-file';
import { readTokenFile, TOKEN_FORMAT, writeTokenFile, type TokenRecord } from './token-file';

/** The part of Electron's `safeStorage` the vault uses (so tests pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: `basic_text` means no keyring — the "encryption" is a fixed, public key. */
  getSelectedStorageBackend?(): string;
}

export interface TokenVaultOptions {
  /** The policy's `requireKeyring`: without a real keyring no token is stored (nor kept) at all. */
  requireKeyring?: boolean;
}

/** Whether a token can be stored with this protection: not without safeStorage, nor obfuscated against policy. */
export function storability(protection: TokenProtection): TokenSetResult {
  return protection === 'unavailable' || protection === 'keyring-required'
    ? { stored: false, refusal: protection }
    : { stored: true, protection };
}

/** The host a token is bound to when stored for `host`: lowercased; `null` (not bound yet) for none. */
export const bindingFor = (host: string | null): string | null =>
  host === null || host === '' ? null : host.toLowerCase();

/** Whether a token bound to `bound` may be used for the settings' `host` (`''`: none set yet). */
export const tokenUsableFor = (bound: string | null, host: string): boolean =>
  bound === null || host === '' || bound === host.toLowerCase();

/**
 * The Xima token, encrypted with safeStorage in its own file, apart from the readable settings (so a
 * reset settings file keeps it), and bound to the tenant host it was given for: it is never handed out for
 * another host, so changing the host asks for the token again instead of sending the old one elsewhere.
 * Only the controller's client builder ever calls `get`.
 */
export function createTokenVault(
  safeStorage: SafeStorageLike,
  file: SecretFile,
  platform: Platform,
  options: TokenVaultOptions = {},
): TokenVault {
  const protection = (): TokenProtection => {
    if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text')
      return options.requireKeyring ? 'keyring-required' : 'obfuscated';
    return 'keyring';
  };
  let cached: TokenRecord | null | undefined;
  const save = (record: TokenRecord | null): void => {
    if (record === null) file.remove();
    else file.write(writeTokenFile(record));
    cached = record;
  };
  const load = (): TokenRecord | null => {
    if (cached !== undefined) return cached;
    const bytes = file.read();
    const contents = bytes === null ? null : readTokenFile(bytes);
    // An obfuscated token the policy forbids is removed; an older format is rewritten in the current one.
    if (contents !== null && protection() === 'keyring-required') save(null);
    else if (contents !== null && contents.format < TOKEN_FORMAT) save(contents.record);
    else cached = contents?.record ?? null;
    return cached ?? null;
  };
  const usableFor = (record: TokenRecord | null, host: string): record is TokenRecord =>
    record !== null && tokenUsableFor(record.host, host);

  return {
    has: (host) => usableFor(load(), host),
    get(host) {
      const record = load();
      if (!usableFor(record, host)) return null;
      if (record.host === null && host !== '') save({ ...record, host: bindingFor(host) });
      return safeStorage.decryptString(record.sealed);
    },
    boundHost: () => load()?.host ?? null,
    set(token, host) {
      const result = storability(protection());
      if (!result.stored) return result;
      save({ version: 1, host: bindingFor(host), sealed: safeStorage.encryptString(token) });
      return result;
    },
    remove() {
      save(null);
    },
    protection,
  };
}
