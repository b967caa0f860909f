import * as nodeFs from 'node:fs';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_POLICY } from '../../../../src/core/policy';
import {
  loadMachinePolicy,
  policyFilePath,
  UNTRUSTED_POLICY_NOTICE,
  type PolicyFs,
  type WindowsSecurity,
} from '../../../../src/main/policy';
import type { Platform } from '../../../../src/main/ports';
import { createNodeController, createRecordingLogger } from '../../../support/node-ports';
import { adminOnly, allow, USERS } from './windows-acl-fixtures';

const NOBODY = 65534;
const json = (value: object): string => JSON.stringify(value);
const good = { host: 'acme.xima.cloud', locked: ['host'], updateUrl: 'https://updates.acme.example/' };
/** What an attacker on a shared host would plant (issue 11). */
const planted = {
  host: 'evil.example',
  locked: ['host', 'confirmLinks'],
  confirmLinks: false,
  updateUrl: 'https://evil.example/u/',
};

describe('policyFilePath: one well-known path per OS', () => {
  it('uses ProgramData on Windows, /Library on macOS and /etc on Linux', () => {
    expect(policyFilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\XimaTrayDialer\\policy.json',
    );
    expect(policyFilePath('win32', {})).toBe('C:\\ProgramData\\XimaTrayDialer\\policy.json');
    expect(policyFilePath('darwin', {})).toBe('/Library/Application Support/XimaTrayDialer/policy.json');
    expect(policyFilePath('linux', {})).toBe('/etc/xima-tray-dialer/policy.json');
  });
});

// Real files with real owners and modes: creating root-owned files and handing them to uid 65534 needs root,
// which is how this suite runs on the development machines.
describe.runIf(process.getuid?.() === 0)(
  'loadMachinePolicy on Linux and macOS: real owners and modes',
  () => {
    let base = '';
    let folder = '';
    let file = '';
    beforeEach(() => {
      base = mkdtempSync(join(tmpdir(), 'xtd-policy-'));
      chmodSync(base, 0o755);
      folder = join(base, 'xima-tray-dialer');
      file = join(folder, 'policy.json');
      mkdirSync(folder, { mode: 0o755 });
      chmodSync(folder, 0o755);
      writeFileSync(file, json(good));
      chmodSync(file, 0o644);
    });
    afterEach(() => rmSync(base, { recursive: true, force: true }));

    const load = (platform: Platform = 'linux') => {
      const logger = createRecordingLogger();
      return { ...loadMachinePolicy({ platform, env: {}, fs: nodeFs, logger, path: file }), logger };
    };
    const untrusted = (result: ReturnType<typeof load>) =>
      result.logger.lines.find((line) => line.event === 'policy.untrusted')?.fields;

    it('applies a root-owned file in root-only folders in full, and says nothing', () => {
      const result = load();
      expect(result.policy.settings).toEqual({ host: 'acme.xima.cloud' });
      expect(result.policy.locked).toEqual(['host']);
      expect(result.policy.updateUrl).toBe('https://updates.acme.example/');
      expect(result.messages).toEqual([]);
      expect(result.notice).toBeNull();
    });

    it('applies nothing from a planted file owned by another user: no host, no lock, no update URL', () => {
      writeFileSync(file, json(planted));
      chownSync(file, NOBODY, NOBODY);
      const result = load();
      expect(result.policy).toBe(EMPTY_POLICY);
      expect(result.notice).toBe(UNTRUSTED_POLICY_NOTICE);
      expect(untrusted(result)).toEqual({
        path: file,
        target: file,
        reason: 'is owned by uid 65534, not root',
      });
      expect(result.messages).toEqual([
        `The policy file ${file} was not applied: ${file} is owned by uid 65534, not root, so users who are not` +
          ` administrators could have written it — run: sudo chown root ${file} && sudo chmod go-w ${file}.`,
      ]);
    });

    it('applies nothing from a root file everyone may write (0666)', () => {
      chmodSync(file, 0o666);
      const result = load();
      expect(result.policy).toBe(EMPTY_POLICY);
      expect(untrusted(result)?.reason).toBe('is writable by everyone (mode 0666)');
    });

    it('applies nothing from a file a non-admin group may write, but accepts root’s group', () => {
      chmodSync(file, 0o664);
      chownSync(file, 0, NOBODY);
      expect(untrusted(load())?.reason).toBe(`is writable by group ${NOBODY} (mode 0664)`);
      chownSync(file, 0, 0);
      expect(load().policy.settings).toEqual({ host: 'acme.xima.cloud' });
    });

    it('applies nothing when the folder is open to everyone (0777), even a sticky one', () => {
      chmodSync(folder, 0o777);
      const open = load();
      expect(open.policy).toBe(EMPTY_POLICY);
      expect(untrusted(open)).toMatchObject({
        target: folder,
        reason: 'is writable by everyone (mode 0777)',
      });
      chmodSync(folder, 0o1777);
      expect(load().policy).toBe(EMPTY_POLICY);
    });

    it('applies nothing when the folder belongs to another user', () => {
      chownSync(folder, NOBODY, NOBODY);
      const result = load('darwin');
      expect(result.policy).toBe(EMPTY_POLICY);
      expect(untrusted(result)).toMatchObject({ target: folder, reason: 'is owned by uid 65534, not root' });
    });

    it('checks every folder up to / (a writable one lets others swap what is below); sticky ones like /tmp are fine', () => {
      chmodSync(base, 0o777);
      expect(untrusted(load())).toMatchObject({ target: base });
      chmodSync(base, 0o1777);
      expect(load().notice).toBeNull();
    });

    it('follows a symlink and judges the file it points at', () => {
      const drop = join(base, 'drop');
      mkdirSync(drop);
      chmodSync(drop, 0o777);
      writeFileSync(join(drop, 'real.json'), json(planted));
      rmSync(file);
      symlinkSync(join(drop, 'real.json'), file);
      const result = load();
      expect(result.policy).toBe(EMPTY_POLICY);
      expect(untrusted(result)).toMatchObject({ target: drop });
    });

    it('tells the agent in the panel, and the agent keeps their own host and link confirmation', async () => {
      writeFileSync(file, json(planted));
      chmodSync(file, 0o666);
      const { policy, notice } = load();
      const node = createNodeController({ overrides: { policy, policyNotice: notice } });
      const state = node.controller.getState();
      expect(state.policyNotice).toBe(UNTRUSTED_POLICY_NOTICE);
      expect(state.locked).toEqual([]);
      expect(state.settings.confirmLinks).toBe(true);
      expect(state.settings.host).not.toBe('evil.example');
      await node.close();
    });

    it('runs without a policy, quietly, when there is no file', () => {
      rmSync(file);
      const result = load();
      expect(result.policy).toBe(EMPTY_POLICY);
      expect(result.notice).toBeNull();
      expect(result.logger.lines.filter((line) => line.level === 'warn')).toEqual([]);
    });

    it('ignores a broken file with a logged sentence that names the path, and does not throw', () => {
      writeFileSync(file, '{host:');
      const result = load();
      expect(result.policy).toBe(EMPTY_POLICY);
      expect(result.notice).toBeNull();
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toMatch(/^The policy file is not valid JSON .*\(.*policy\.json\)$/);
      expect(result.logger.lines).toContainEqual({
        level: 'warn',
        event: 'policy.problem',
        fields: { path: file, message: result.messages[0] },
      });
    });

    it('ignores a policy that carries a token and never logs the token', () => {
      writeFileSync(file, json({ host: 'acme.xima.cloud', token: 'sekrit-token-value' }));
      const result = load();
      expect(result.policy).toBe(EMPTY_POLICY);
      expect(result.messages[0]).toContain('contains “token”');
      expect(JSON.stringify(result.logger.lines)).not.toContain('sekrit-token-value');
    });
  },
);

/** node:fs stand-in for the cases a root test process cannot produce for real. */
function memoryFs(files: Record<string, Uint8Array | string>): PolicyFs {
  const find = (path: string) => {
    const entry = files[path];
    if (entry === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    if (typeof entry === 'string') throw Object.assign(new Error(entry), { code: entry });
    return entry;
  };
  return {
    readFileSync: find,
    realpathSync: (path) => path,
    statSync: () => ({ uid: 0, gid: 0, mode: 0o100644 }),
  };
}

describe('loadMachinePolicy: reading problems', () => {
  it('says so when the file exists but cannot be read', () => {
    const path = '/etc/xima-tray-dialer/policy.json';
    const result = loadMachinePolicy({
      platform: 'linux',
      env: {},
      fs: memoryFs({ [path]: 'EACCES' }),
      logger: createRecordingLogger(),
    });
    expect(result.policy).toBe(EMPTY_POLICY);
    expect(result.messages).toEqual([
      `The policy file ${path} could not be read (EACCES), so no policy applies — make it readable by every user.`,
    ]);
  });
});

describe('loadMachinePolicy on Windows: the owner and access list decide', () => {
  const FILE = 'C:\\ProgramData\\XimaTrayDialer\\policy.json';
  const FOLDER = 'C:\\ProgramData\\XimaTrayDialer';
  // A UTF-16 file as Windows PowerShell 5 writes it.
  const utf16 = (text: string) =>
    new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);

  const load = (security: Record<string, WindowsSecurity> | undefined) => {
    const logger = createRecordingLogger();
    const result = loadMachinePolicy({
      platform: 'win32',
      env: { ProgramData: 'C:\\ProgramData' },
      fs: memoryFs({ [FILE]: utf16(json(planted)) }),
      logger,
      windowsSecurity: security && ((path) => security[path] ?? adminOnly()),
    });
    return { ...result, logger };
  };

  it('applies a file that only Administrators and SYSTEM can write', () => {
    const result = load({});
    expect(result.policy.settings).toEqual({ host: 'evil.example', confirmLinks: false });
    expect(result.notice).toBeNull();
  });

  it('applies nothing when the folder lets Users create files (the ProgramData default)', () => {
    const result = load({ [FOLDER]: adminOnly([allow(USERS, 0x6)]) });
    expect(result.policy).toBe(EMPTY_POLICY);
    expect(result.notice).toBe(UNTRUSTED_POLICY_NOTICE);
    expect(result.logger.lines).toContainEqual({
      level: 'warn',
      event: 'policy.untrusted',
      fields: {
        path: FILE,
        target: FOLDER,
        reason: `lets ${USERS} write (FILE_WRITE_DATA, FILE_APPEND_DATA)`,
      },
    });
    expect(result.messages[0]).toMatch(/let only Administrators and SYSTEM write the file and its folder/);
  });

  it('applies nothing from a file an agent owns', () => {
    const result = load({ [FILE]: adminOnly([], 'S-1-5-21-1-2-3-1001') });
    expect(result.policy).toBe(EMPTY_POLICY);
    expect(result.messages[0]).toContain('is owned by S-1-5-21-1-2-3-1001');
  });

  it('applies nothing when the access list cannot be read', () => {
    const result = load(undefined);
    expect(result.policy).toBe(EMPTY_POLICY);
    expect(result.messages[0]).toContain(
      `${FILE} could not be checked (the access-list reader is not available)`,
    );
  });
});
