export { createElectronSettingsFile, type SettingsFile } from './settings-file';
export { createHistoryStore } from './history-store';
export { createSecretFile, type SecretFile } from './secret-file';
export { createSettingsStore } from './settings-store';
export { createTokenVault, storability, type SafeStorageLike } from './token-vault';
