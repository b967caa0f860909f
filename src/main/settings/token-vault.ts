import type { Platform, TokenProtection, TokenVault } from '../ports';
import type { SecretFile } from './secret-file';

/** The part of Electron's `safeStorage` the vault uses (so tests pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: `basic_text` means no keyring — the "encryption" is a fixed, public key. */
  getSelectedStorageBackend?(): string;
}

/**
 * The Xima token, encrypted with safeStorage in its own file, apart from the readable settings (so a
 * reset settings file keeps it). Only the controller's client builder ever calls `get`.
 */
export function createTokenVault(
  safeStorage: SafeStorageLike,
  file: SecretFile,
  platform: Platform,
): TokenVault {
  let present: boolean | null = null;
  const protection = (): TokenProtection => {
    if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text')
      return 'obfuscated';
    return 'keyring';
  };
  return {
    has() {
      present ??= file.read() !== null;
      return present;
    },
    get() {
      const encrypted = file.read();
      present = encrypted !== null;
      if (encrypted === null) return null;
      return safeStorage.decryptString(encrypted);
    },
    set(token) {
      if (protection() === 'unavailable') throw new Error('No safe storage on this computer');
      file.write(safeStorage.encryptString(token));
      present = true;
    },
    remove() {
      file.remove();
      present = false;
    },
    protection,
  };
}
