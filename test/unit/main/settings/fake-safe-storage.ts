import type { SafeStorageLike } from '../../../../src/main/settings';

/** A stand-in for Electron's safeStorage: reversible, and visibly not the plain text on disk. */
export function reversibleSafeStorage(backend = 'gnome_libsecret', available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(`enc:${Buffer.from(plain, 'utf8').toString('base64')}`, 'utf8'),
    decryptString: (encrypted) => {
      const text = encrypted.toString('utf8');
      if (!text.startsWith('enc:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(4), 'base64').toString('utf8');
    },
    getSelectedStorageBackend: () => backend,
  };
}
