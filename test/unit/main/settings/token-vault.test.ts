import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './temp-dir';
import { createHistoryStore, createSecretFile, createTokenVault } from '../../../../src/main/settings';
import { createRecordingLogger } from '../../../support/node-ports';
import { reversibleSafeStorage } from './fake-safe-storage';
import { TOKEN_FORMAT } from '../../../../src/main/settings/token-file';
import { SAMPLE_NUMBER } from '../../../support/sample-number';

const tempDir = useTempDir('xtd-vault-');

const MARKER = 'MARKER-tok3n-5ecret-0000';

const HOST = 'acme.xima.cloud';

describe('the token vault', () => {
  it('round-trips the token encrypted in its own versioned file, readable only by the user', () => {
    const file = join(tempDir(), 'token.bin');
    const vault = createTokenVault(reversibleSafeStorage(), createSecretFile(file), 'linux');
    expect(vault.has(HOST)).toBe(false);
    expect(vault.set(MARKER, HOST)).toEqual({ stored: true, protection: 'keyring' });
    expect(vault.has(HOST)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain(MARKER);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: TOKEN_FORMAT, host: HOST });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(createTokenVault(reversibleSafeStorage(), createSecretFile(file), 'linux').get(HOST)).toBe(MARKER);
    vault.remove();
    expect(vault.has(HOST)).toBe(false);
    expect(vault.get(HOST)).toBeNull();
  });

  it('upgrades a token file in app 0.1.0’s format (the bare ciphertext) and binds it to the first host used', () => {
    const path = join(tempDir(), 'token.bin');
    writeFileSync(path, reversibleSafeStorage().encryptString(MARKER), { mode: 0o600 });
    const vault = createTokenVault(reversibleSafeStorage(), createSecretFile(path), 'linux');
    expect(vault.has(HOST)).toBe(true);
    expect(vault.boundHost()).toBeNull();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ version: TOKEN_FORMAT, host: null });
    expect(vault.get(HOST)).toBe(MARKER);
    expect(vault.boundHost()).toBe(HOST);
    const again = createTokenVault(reversibleSafeStorage(), createSecretFile(path), 'linux');
    expect(again.get(HOST)).toBe(MARKER);
    expect(again.get('other.xima.cloud')).toBeNull();
    expect(again.has('other.xima.cloud')).toBe(false);
  });

  it('reads a file that starts with `{` but is not JSON as old ciphertext, rewrites it so, and fails only on decrypting', () => {
    const path = join(tempDir(), 'token.bin');
    const damaged = Buffer.from('{"version":1,"host":"acme.xi');
    writeFileSync(path, damaged, { mode: 0o600 });
    const vault = createTokenVault(reversibleSafeStorage(), createSecretFile(path), 'linux');
    expect(vault.has(HOST)).toBe(true);
    // Read and rewrite agree on its format: it is stored again at once in the current one, its bytes kept.
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      version: TOKEN_FORMAT,
      host: null,
      sealed: damaged.toString('base64'),
    });
    expect(() => vault.get(HOST)).toThrow(/decrypting/);
    expect(createTokenVault(reversibleSafeStorage(), createSecretFile(path), 'linux').has(HOST)).toBe(true);
  });

  it('never hands a token out for a host other than its own', () => {
    const vault = createTokenVault(
      reversibleSafeStorage(),
      createSecretFile(join(tempDir(), 'token.bin')),
      'linux',
    );
    vault.set(MARKER, 'ACME.xima.cloud');
    expect(vault.get(HOST)).toBe(MARKER);
    expect(vault.get('evil.example')).toBeNull();
    expect(vault.has('evil.example')).toBe(false);
  });

  it('refuses a file from a newer app instead of guessing', () => {
    const path = join(tempDir(), 'token.bin');
    writeFileSync(path, JSON.stringify({ version: TOKEN_FORMAT + 1, host: HOST, sealed: 'x' }));
    expect(createTokenVault(reversibleSafeStorage(), createSecretFile(path), 'linux').has(HOST)).toBe(false);
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
    expect(none.set(MARKER, HOST)).toEqual({ stored: false, refusal: 'unavailable' });
    expect(file.read()).toBeNull();
  });

  it('with the policy’s requireKeyring, stores nothing on basic_text and drops a token stored that way', () => {
    const path = join(tempDir(), 'token.bin');
    createTokenVault(reversibleSafeStorage('basic_text'), createSecretFile(path), 'linux').set(MARKER, HOST);
    const strict = createTokenVault(reversibleSafeStorage('basic_text'), createSecretFile(path), 'linux', {
      requireKeyring: true,
    });
    expect(strict.protection()).toBe('keyring-required');
    expect(strict.has(HOST)).toBe(false);
    expect(existsSync(path)).toBe(false);
    expect(strict.set(MARKER, HOST)).toEqual({ stored: false, refusal: 'keyring-required' });
    expect(existsSync(path)).toBe(false);
    const withKeyring = createTokenVault(
      reversibleSafeStorage('gnome_libsecret'),
      createSecretFile(path),
      'linux',
      {
        requireKeyring: true,
      },
    );
    withKeyring.set(MARKER, HOST);
    expect(withKeyring.get(HOST)).toBe(MARKER);
  });
});

describe('the secret file', () => {
  it('writes through a fresh temporary file, never through one placed there beforehand', () => {
    const path = join(tempDir(), 'token.bin');
    const trap = join(tempDir(), 'stolen');
    // The old fixed name `token.bin.tmp`, pointed at a file the attacker can read.
    symlinkSync(trap, `${path}.tmp`);
    createSecretFile(path).write(Buffer.from('secret'));
    expect(existsSync(trap)).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('secret');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(tempDir()).sort()).toEqual(['token.bin', 'token.bin.tmp']);
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
