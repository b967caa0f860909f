import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './temp-dir';
import { createHistoryStore, createSecretFile, createTokenVault } from '../../../../src/main/settings';
import { createRecordingLogger } from '../../../support/node-ports';
import { reversibleSafeStorage } from './fake-safe-storage';
import { SAMPLE_NUMBER } from '../../../support/sample-number';

const tempDir = useTempDir('xtd-vault-');

const MARKER = 'MARKER-tok3n-5ecret-0000';

describe('the token vault', () => {
  it('round-trips the token encrypted in its own file, readable only by the user', () => {
    const file = join(tempDir(), 'token.bin');
    const vault = createTokenVault(reversibleSafeStorage(), createSecretFile(file), 'linux');
    expect(vault.has()).toBe(false);
    vault.set(MARKER);
    expect(vault.has()).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain(MARKER);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(createTokenVault(reversibleSafeStorage(), createSecretFile(file), 'linux').get()).toBe(MARKER);
    vault.remove();
    expect(vault.has()).toBe(false);
    expect(vault.get()).toBeNull();
  });

  it('calls a Linux basic_text backend "obfuscated", a keyring "keyring", none "unavailable"', () => {
    const file = createSecretFile(join(tempDir(), 'token.bin'));
    expect(createTokenVault(reversibleSafeStorage('basic_text'), file, 'linux').protection()).toBe(
      'obfuscated',
    );
    expect(createTokenVault(reversibleSafeStorage('kwallet5'), file, 'linux').protection()).toBe('keyring');
    expect(createTokenVault(reversibleSafeStorage('unknown'), file, 'darwin').protection()).toBe('keyring');
    const none = createTokenVault(reversibleSafeStorage('basic_text', false), file, 'linux');
    expect(none.protection()).toBe('unavailable');
    expect(() => none.set(MARKER)).toThrow();
    expect(file.read()).toBeNull();
  });
});

describe('the history file', () => {
  it('keeps valid entries and drops broken ones instead of failing', () => {
    const file = createSecretFile(join(tempDir(), 'history.json'));
    const store = createHistoryStore(file, createRecordingLogger());
    const entry = {
      id: 'h1',
      number: SAMPLE_NUMBER,
      at: 1,
      source: 'hotkey' as const,
      callerId: null,
      outcome: 'placed' as const,
      message: null,
    };
    store.save([entry]);
    expect(store.load()).toEqual([entry]);
    file.write(Buffer.from(JSON.stringify([entry, { id: 5 }])));
    expect(store.load()).toEqual([entry]);
    file.write(Buffer.from('{not json'));
    expect(store.load()).toEqual([]);
  });
});
