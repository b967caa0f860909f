import { existsSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TokenProtection } from '../../../../src/main/ports';
import { importProvisionedToken, type ProvisioningFs } from '../../../../src/main/token-provisioning';
import { createMemoryTokenVault, createRecordingLogger } from '../../../support/node-ports';
import { createSecretFile, createTokenVault, type SafeStorageLike } from '../../../../src/main/settings';
import { reversibleSafeStorage } from '../settings/fake-safe-storage';
import { useTempDir } from '../settings/temp-dir';

const USER_DATA = '/home/agent/.config/Xima Tray Dialer';
const DROP = `${USER_DATA}/provision-token.txt`;
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.provisioned-token.sig';

// The composition root passes node:fs itself.
const nodeFsFits: ProvisioningFs = { readFileSync, statSync, unlinkSync };
void nodeFsFits;

interface FakeFs extends ProvisioningFs {
  files: Map<string, string>;
  /** Paths whose deletion fails with this code. */
  undeletable: Map<string, string>;
}

function fakeFs(files: Record<string, string>): FakeFs {
  const fs: FakeFs = {
    files: new Map(Object.entries(files)),
    undeletable: new Map(),
    statSync(path) {
      const text = fs.files.get(path);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return { size: Buffer.byteLength(text), isFile: () => true };
    },
    readFileSync(path) {
      const text = fs.files.get(path);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    unlinkSync(path) {
      const code = fs.undeletable.get(path);
      if (code !== undefined) throw Object.assign(new Error(code), { code });
      fs.files.delete(path);
    },
  };
  return fs;
}

function run(options: {
  argv?: string[];
  files?: Record<string, string>;
  protection?: TokenProtection;
  fs?: FakeFs;
}) {
  const fs = options.fs ?? fakeFs(options.files ?? {});
  const vault = createMemoryTokenVault(null, options.protection ?? 'keyring');
  const logger = createRecordingLogger();
  const result = importProvisionedToken({
    argv: options.argv ?? ['/opt/app/xima-tray-dialer'],
    userDataDir: USER_DATA,
    vault,
    fs,
    logger,
  });
  return { result, vault, fs, logger };
}

describe('importProvisionedToken: import once, then delete', () => {
  it('imports the per-user drop file into the vault and deletes it', () => {
    const { result, vault, fs } = run({ files: { [DROP]: `${TOKEN}\n` } });
    expect(vault.token).toBe(TOKEN);
    expect(fs.files.has(DROP)).toBe(false);
    expect(result).toEqual({
      imported: true,
      messages: ['The Xima token provided by your administrator was imported.'],
    });
  });

  it('imports the file named by --import-token-file and deletes it', () => {
    const { result, vault, fs } = run({
      argv: ['xima-tray-dialer', '--import-token-file=/tmp/agent-token.txt'],
      files: { '/tmp/agent-token.txt': `\uFEFF  ${TOKEN}\r\n` },
    });
    expect(vault.token).toBe(TOKEN);
    expect(fs.files.size).toBe(0);
    expect(result.imported).toBe(true);
  });

  it('lets the command-line file win when both are present, and consumes both', () => {
    const { vault, fs } = run({
      argv: ['xima-tray-dialer', '--import-token-file=/tmp/new.txt'],
      files: { [DROP]: 'old-token', '/tmp/new.txt': 'new-token' },
    });
    expect(vault.token).toBe('new-token');
    expect(fs.files.size).toBe(0);
  });

  it('does nothing, quietly, when there is nothing to import', () => {
    const { result, vault, logger } = run({});
    expect(result).toEqual({ imported: false, messages: [] });
    expect(vault.token).toBeNull();
    expect(logger.lines).toEqual([]);
  });

  it('a second start after the import finds nothing left (import happens once)', () => {
    const first = run({ files: { [DROP]: TOKEN } });
    const second = run({ fs: first.fs });
    expect(second.result.imported).toBe(false);
    expect(second.vault.token).toBeNull();
  });

  it('reports a file it could import but not delete, so the admin removes the plain-text copy', () => {
    const fs = fakeFs({ [DROP]: TOKEN });
    fs.undeletable.set(DROP, 'EPERM');
    const { result, vault } = run({ fs });
    expect(vault.token).toBe(TOKEN);
    expect(result.imported).toBe(true);
    expect(result.messages).toEqual([
      `The token was imported, but ${DROP} could not be deleted (EPERM) — delete it by hand: it holds the token in plain text.`,
    ]);
  });
});

describe('importProvisionedToken: refusals keep the file and change nothing', () => {
  it('refuses a file with several lines or spaces', () => {
    const { result, vault, fs } = run({ files: { [DROP]: `${TOKEN}\nsecond-line` } });
    expect(vault.token).toBeNull();
    expect(fs.files.has(DROP)).toBe(true);
    expect(result.messages[0]).toMatch(/does not hold a single Xima token/);
  });

  it('refuses an empty file', () => {
    expect(run({ files: { [DROP]: '\n' } }).result.messages[0]).toMatch(/does not hold a single Xima token/);
  });

  it('refuses a file far larger than a token', () => {
    const { result, vault } = run({ files: { [DROP]: 'x'.repeat(20_000) } });
    expect(vault.token).toBeNull();
    expect(result.messages[0]).toMatch(/larger than a token can be/);
  });

  it('keeps the file when the session has no safe place for the token', () => {
    const { result, vault, fs } = run({ files: { [DROP]: TOKEN }, protection: 'unavailable' });
    expect(vault.token).toBeNull();
    expect(fs.files.has(DROP)).toBe(true);
    expect(result.messages[0]).toMatch(/no safe place to keep it, so the file was kept/);
  });

  it('keeps the file when the policy requires a keyring and the session has none', () => {
    const { result, vault, fs } = run({ files: { [DROP]: TOKEN }, protection: 'keyring-required' });
    expect(vault.token).toBeNull();
    expect(fs.files.has(DROP)).toBe(true);
    expect(result.messages[0]).toMatch(/allows it only in a system keyring .* so the file was kept/);
  });

  it('says which file named on the command line is missing', () => {
    const { result } = run({ argv: ['app', '--import-token-file=/tmp/missing.txt'] });
    expect(result).toEqual({
      imported: false,
      messages: ['The token file /tmp/missing.txt could not be opened (ENOENT), so no token was imported.'],
    });
  });

  it('explains the switch when the path is missing', () => {
    expect(run({ argv: ['app', '--import-token-file'] }).result.messages).toEqual([
      '--import-token-file needs the token file’s path, like --import-token-file=/path/to/token.txt.'.replace(
        '’',
        "'",
      ),
    ]);
  });
});

describe('importProvisionedToken: the token never reaches the log or the messages', () => {
  it.each([
    ['a successful import', { [DROP]: TOKEN }, 'keyring'],
    ['a refused multi-line file', { [DROP]: `${TOKEN} extra` }, 'keyring'],
    ['an unavailable vault', { [DROP]: TOKEN }, 'unavailable'],
  ] as const)('%s', (_name, files, protection) => {
    const { result, logger } = run({ files, protection });
    const everything = JSON.stringify([result, logger.lines]);
    expect(everything).not.toContain('provisioned-token');
  });
});

describe('importProvisionedToken with the real vault', () => {
  const tempDir = useTempDir('xtd-provision-');

  it.each([
    ['a keyring', reversibleSafeStorage('gnome_libsecret'), {}, true],
    ['no keyring (obfuscated)', reversibleSafeStorage('basic_text'), {}, true],
    ['no safe storage', reversibleSafeStorage('basic_text', false), {}, false],
    [
      'a policy that requires a keyring, and none',
      reversibleSafeStorage('basic_text'),
      { requireKeyring: true },
      false,
    ],
  ])('asks safeStorage once whether it can keep the token: %s', (_what, safeStorage, options, imported) => {
    const asked = { available: 0, backend: 0 };
    const counting: SafeStorageLike = {
      ...safeStorage,
      isEncryptionAvailable() {
        asked.available += 1;
        return safeStorage.isEncryptionAvailable();
      },
      getSelectedStorageBackend() {
        asked.backend += 1;
        return safeStorage.getSelectedStorageBackend?.() ?? '';
      },
    };
    const path = join(tempDir(), 'token.bin');
    const fs = fakeFs({ [DROP]: TOKEN });
    const result = importProvisionedToken({
      argv: ['app'],
      userDataDir: USER_DATA,
      vault: createTokenVault(counting, createSecretFile(path), 'linux', options),
      fs,
      logger: createRecordingLogger(),
    });
    expect(result.imported).toBe(imported);
    expect(fs.files.has(DROP)).toBe(!imported);
    expect(existsSync(path)).toBe(imported);
    expect(asked.available).toBe(1);
    expect(asked.backend).toBeLessThanOrEqual(1);
  });
});
