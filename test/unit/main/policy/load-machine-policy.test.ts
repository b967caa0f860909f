import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY } from '../../../../src/core/policy';
import { loadMachinePolicy, policyFilePath, type PolicyFs } from '../../../../src/main/policy';
import type { Platform } from '../../../../src/main/ports';
import { createRecordingLogger } from '../../../support/node-ports';

// The composition root passes node:fs itself.
const nodeFsFits: PolicyFs = { readFileSync, statSync };
void nodeFsFits;

interface FakeEntry {
  bytes?: Uint8Array;
  mode: number;
  uid: number;
  error?: string;
}

/** An in-memory file system: paths map to content and POSIX owner/mode. */
function fakeFs(entries: Record<string, FakeEntry>): PolicyFs {
  const find = (path: string): FakeEntry => {
    const entry = entries[path];
    if (entry === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    if (entry.error !== undefined) throw Object.assign(new Error(entry.error), { code: entry.error });
    return entry;
  };
  return {
    readFileSync: (path) => {
      const bytes = find(path).bytes;
      if (bytes === undefined) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      return bytes;
    },
    statSync: (path) => find(path),
  };
}

const LINUX_FILE = '/etc/xima-tray-dialer/policy.json';
const LINUX_DIR = '/etc/xima-tray-dialer';
const json = (value: object): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
const rootDir = { mode: 0o40755, uid: 0 };

function load(platform: Platform, entries: Record<string, FakeEntry>, env: Record<string, string> = {}) {
  const logger = createRecordingLogger();
  return { ...loadMachinePolicy({ platform, env, fs: fakeFs(entries), logger }), logger };
}

describe('policyFilePath: one well-known path per OS', () => {
  it('uses ProgramData on Windows, /Library on macOS and /etc on Linux', () => {
    expect(policyFilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\XimaTrayDialer\\policy.json',
    );
    expect(policyFilePath('win32', {})).toBe('C:\\ProgramData\\XimaTrayDialer\\policy.json');
    expect(policyFilePath('darwin', {})).toBe('/Library/Application Support/XimaTrayDialer/policy.json');
    expect(policyFilePath('linux', {})).toBe(LINUX_FILE);
  });
});

describe('loadMachinePolicy', () => {
  const good = { host: 'acme.xima.cloud', locked: ['host'], updateUrl: 'https://updates.acme.example/' };

  it('applies a root-owned, admin-only file in full', () => {
    const result = load('linux', {
      [LINUX_FILE]: { bytes: json(good), mode: 0o100644, uid: 0 },
      [LINUX_DIR]: rootDir,
    });
    expect(result.policy.settings).toEqual({ host: 'acme.xima.cloud' });
    expect(result.policy.locked).toEqual(['host']);
    expect(result.policy.updateUrl).toBe('https://updates.acme.example/');
    expect(result.messages).toEqual([]);
  });

  it('runs without a policy, quietly, when there is no file', () => {
    const result = load('linux', {});
    expect(result.policy).toBe(EMPTY_POLICY);
    expect(result.messages).toEqual([]);
    expect(result.logger.lines.filter((line) => line.level === 'warn')).toEqual([]);
  });

  it('ignores a broken file with a logged sentence that names the path, and does not throw', () => {
    const result = load('linux', {
      [LINUX_FILE]: { bytes: new TextEncoder().encode('{host:'), mode: 0o100644, uid: 0 },
    });
    expect(result.policy).toBe(EMPTY_POLICY);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatch(
      /^The policy file is not valid JSON .*\(\/etc\/xima-tray-dialer\/policy\.json\)$/,
    );
    expect(result.logger.lines).toContainEqual({
      level: 'warn',
      event: 'policy.problem',
      fields: { path: LINUX_FILE, message: result.messages[0] },
    });
  });

  it('ignores a policy that carries a token and never logs the token', () => {
    const result = load('linux', {
      [LINUX_FILE]: {
        bytes: json({ host: 'acme.xima.cloud', token: 'sekrit-token-value' }),
        mode: 0o100644,
        uid: 0,
      },
    });
    expect(result.policy).toBe(EMPTY_POLICY);
    expect(result.messages[0]).toContain('contains “token”');
    expect(JSON.stringify(result.logger.lines)).not.toContain('sekrit-token-value');
  });

  it('says so when the file exists but cannot be read', () => {
    const result = load('linux', { [LINUX_FILE]: { mode: 0o100600, uid: 0, error: 'EACCES' } });
    expect(result.policy).toBe(EMPTY_POLICY);
    expect(result.messages).toEqual([
      `The policy file ${LINUX_FILE} could not be read (EACCES), so no policy applies — make it readable by every user.`,
    ]);
  });

  it('warns about a file others can write and drops its tenant host and update URL, keeping its other settings', () => {
    const planted = { ...good, externalPrefix: '9', locked: ['host', 'confirmLinks'] };
    const result = load('linux', {
      [LINUX_FILE]: { bytes: json(planted), mode: 0o100666, uid: 0 },
      [LINUX_DIR]: rootDir,
    });
    // The agent's own host stays in charge (not locked, not blanked): a planted host would receive their token.
    expect(result.policy.settings).toEqual({ externalPrefix: '9' });
    expect(result.policy.locked).toEqual(['confirmLinks']);
    expect(result.policy.updateUrl).toBeNull();
    expect(result.messages).toEqual([
      `The policy file ${LINUX_FILE} is writable by group or others, so users who are not administrators could change it` +
        ` — its tenant host and update URL are ignored until it is fixed; run: sudo chown root ${LINUX_FILE} && sudo chmod 644 ${LINUX_FILE}`,
    ]);
  });

  it('says nothing is ignored when an unsafe file sets neither host nor update URL', () => {
    const result = load('linux', {
      [LINUX_FILE]: { bytes: json({ confirmLinks: true }), mode: 0o100664, uid: 0 },
      [LINUX_DIR]: rootDir,
    });
    expect(result.policy.settings).toEqual({ confirmLinks: true });
    expect(result.messages[0]).toMatch(/could change it; run: sudo chown root/);
  });

  it('warns about a file owned by an ordinary user, or in a folder others can write', () => {
    const ownedByUser = load('darwin', {
      '/Library/Application Support/XimaTrayDialer/policy.json': {
        bytes: json({ host: 'acme.xima.cloud' }),
        mode: 0o100644,
        uid: 501,
      },
    });
    expect(ownedByUser.messages[0]).toMatch(
      /is not owned by root, so users who are not administrators could change it — its tenant host is ignored/,
    );
    expect(ownedByUser.policy.settings).toEqual({});
    const openFolder = load('linux', {
      [LINUX_FILE]: { bytes: json(good), mode: 0o100644, uid: 0 },
      [LINUX_DIR]: { mode: 0o40777, uid: 0 },
    });
    expect(openFolder.messages[0]).toMatch(
      /^The policy folder \/etc\/xima-tray-dialer is writable by group or others/,
    );
    expect(openFolder.policy.updateUrl).toBeNull();
  });

  it('reads a UTF-16 file written by Windows PowerShell, without a mode check', () => {
    const text = JSON.stringify({ externalPrefix: '9', updateUrl: 'https://updates.acme.example/' });
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const result = load(
      'win32',
      { 'C:\\ProgramData\\XimaTrayDialer\\policy.json': { bytes, mode: 0o100666, uid: 1000 } },
      { ProgramData: 'C:\\ProgramData' },
    );
    expect(result.policy.settings).toEqual({ externalPrefix: '9' });
    expect(result.policy.updateUrl).toBe('https://updates.acme.example/');
    expect(result.messages).toEqual([]);
  });
});
