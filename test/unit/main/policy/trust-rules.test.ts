import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  aclTypes,
  posixProblem,
  type PathRole,
  sidToString,
  windowsProblem,
  type WindowsSecurity,
} from '../../../../src/main/policy';
import type { KoffiModule } from '../../../../src/main/selection/native/load-koffi';
import { ADMINS, adminOnly, allow, FULL, SYSTEM, USERS } from './windows-acl-fixtures';

const TRUSTED_INSTALLER = 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464';
const AUTHENTICATED = 'S-1-5-11';
const EVERYONE = 'S-1-1-0';
const CREATOR_OWNER = 'S-1-3-0';
const secured = adminOnly;

describe('windowsProblem: only Administrators, SYSTEM and TrustedInstaller may write', () => {
  it.each<[string, WindowsSecurity, string | null]>([
    ['the installer’s ACL', secured(), null],
    ['owned by SYSTEM', secured([], SYSTEM), null],
    [
      'owned by TrustedInstaller, which has full control',
      secured([allow(TRUSTED_INSTALLER, FULL)], TRUSTED_INSTALLER),
      null,
    ],
    [
      'CREATOR OWNER full control for future children only',
      secured([allow(CREATOR_OWNER, FULL, true)]),
      null,
    ],
    ['Users may only change attributes', secured([allow(USERS, 0x100)]), null],
    [
      'a deny entry for Everyone',
      secured([{ allow: false, inheritOnly: false, mask: FULL, sid: EVERYONE }]),
      null,
    ],
    ['owned by an agent', secured([], 'S-1-5-21-11-22-33-1001'), 'is owned by S-1-5-21-11-22-33-1001'],
    ['no owner reported', secured([], null), 'is owned by nobody'],
    ['no DACL at all', { ownerSid: ADMINS, aces: null }, 'has no access list, so everyone may change it'],
    [
      'Users may create files in the folder',
      secured([allow(USERS, 0x2)]),
      `lets ${USERS} write (FILE_WRITE_DATA)`,
    ],
    ['Users may append', secured([allow(USERS, 0x4)]), `lets ${USERS} write (FILE_APPEND_DATA)`],
    [
      'Authenticated Users: GENERIC_WRITE',
      secured([allow(AUTHENTICATED, 0x4000_0000)]),
      `lets ${AUTHENTICATED} write (GENERIC_WRITE)`,
    ],
    [
      'Everyone: GENERIC_ALL',
      secured([allow(EVERYONE, 0x1000_0000)]),
      `lets ${EVERYONE} write (GENERIC_ALL)`,
    ],
    ['Everyone may delete it', secured([allow(EVERYONE, 0x1_0000)]), `lets ${EVERYONE} write (DELETE)`],
    ['Users may delete children', secured([allow(USERS, 0x40)]), `lets ${USERS} write (FILE_DELETE_CHILD)`],
    ['Users may rewrite the ACL', secured([allow(USERS, 0x4_0000)]), `lets ${USERS} write (WRITE_DAC)`],
    ['Users may take ownership', secured([allow(USERS, 0x8_0000)]), `lets ${USERS} write (WRITE_OWNER)`],
    [
      'an agent has full control',
      secured([allow('S-1-5-21-11-22-33-1001', FULL)]),
      'lets S-1-5-21-11-22-33-1001 write (FILE_WRITE_DATA, FILE_APPEND_DATA, FILE_DELETE_CHILD, DELETE, WRITE_DAC, WRITE_OWNER)',
    ],
    [
      'an object ACE whose SID is not read',
      secured([allow(null, 0x2)]),
      'lets an unknown account write (FILE_WRITE_DATA)',
    ],
  ])('%s', (_name, security, expected) => {
    expect(windowsProblem(security)).toBe(expected);
  });
});

describe('posixProblem: owner root, writable by root only', () => {
  type Row = [string, number, number, number, PathRole, 'darwin' | 'linux', string | null];
  it.each<Row>([
    ['root file 0644', 0, 0, 0o100644, 'file', 'linux', null],
    ['root file 0600', 0, 0, 0o100600, 'file', 'linux', null],
    ['file owned by uid 1000', 1000, 0, 0o100644, 'file', 'linux', 'is owned by uid 1000, not root'],
    ['file 0666', 0, 0, 0o100666, 'file', 'linux', 'is writable by everyone (mode 0666)'],
    ['file 0664, group staff', 0, 50, 0o100664, 'file', 'darwin', 'is writable by group 50 (mode 0664)'],
    ['file 0664, group wheel', 0, 0, 0o100664, 'file', 'darwin', null],
    ['macOS folder 0775, group admin', 0, 80, 0o40775, 'folder', 'darwin', null],
    ['Linux folder 0775, gid 80', 0, 80, 0o40775, 'folder', 'linux', 'is writable by group 80 (mode 0775)'],
    ['folder 1777', 0, 0, 0o41777, 'folder', 'linux', 'is writable by everyone (mode 1777)'],
    ['ancestor 1777 (/tmp)', 0, 0, 0o41777, 'ancestor', 'linux', null],
    ['ancestor 0777', 0, 0, 0o40777, 'ancestor', 'linux', 'is writable by everyone (mode 0777)'],
  ])('%s', (_name, uid, gid, mode, role, platform, expected) => {
    expect(posixProblem({ uid, gid, mode }, role, platform)).toBe(expected);
  });
});

describe('sidToString: binary SIDs as Windows prints them', () => {
  it.each<[number[], string | null]>([
    [[1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x20, 2, 0, 0], ADMINS],
    [[1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0], SYSTEM],
    [[1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0], EVERYONE],
    [
      [
        1,
        6,
        0,
        0,
        0,
        0,
        0,
        5,
        80,
        0,
        0,
        0,
        ...[956008885, 3418522649, 1831038044, 1853292631, 2271478464].flatMap((n) => [
          n & 0xff,
          (n >>> 8) & 0xff,
          (n >>> 16) & 0xff,
          n >>> 24,
        ]),
      ],
      TRUSTED_INSTALLER,
    ],
    [[1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0], null],
    [[1, 0, 0], null],
  ])('%j', (bytes, expected) => {
    expect(sidToString(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('the advapi32 binding’s struct layout matches winnt.h', () => {
  const koffi = createRequire(import.meta.url)('koffi') as KoffiModule;
  const { ACL_SIZE_INFORMATION, ACE_HEADER, ACCESS_ALLOWED_ACE } = aclTypes(koffi);

  it('ACL_SIZE_INFORMATION: three DWORDs', () => {
    expect(koffi.sizeof(ACL_SIZE_INFORMATION)).toBe(12);
    expect(
      ['AceCount', 'AclBytesInUse', 'AclBytesFree'].map((m) => koffi.offsetof(ACL_SIZE_INFORMATION, m)),
    ).toEqual([0, 4, 8]);
  });

  it('ACE_HEADER and ACCESS_ALLOWED_ACE: type, flags, size, then the mask and the SID', () => {
    expect(koffi.sizeof(ACE_HEADER)).toBe(4);
    expect(['AceType', 'AceFlags', 'AceSize'].map((m) => koffi.offsetof(ACE_HEADER, m))).toEqual([0, 1, 2]);
    expect(koffi.sizeof(ACCESS_ALLOWED_ACE)).toBe(12);
    expect(koffi.offsetof(ACCESS_ALLOWED_ACE, 'Mask')).toBe(4);
    expect(koffi.offsetof(ACCESS_ALLOWED_ACE, 'SidStart')).toBe(8);
  });

  it('decodes an ACE as Windows lays it out: Users, read and write data, inherit-only', () => {
    const ace = Uint8Array.from([
      0, 0x0b, 24, 0, 0x03, 0, 0x12, 0, 1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x21, 2, 0, 0,
    ]);
    expect(koffi.decode(ace, ACCESS_ALLOWED_ACE)).toMatchObject({
      Header: { AceType: 0, AceFlags: 0x0b, AceSize: 24 },
      Mask: 0x120003,
    });
    expect(sidToString(ace.subarray(koffi.offsetof(ACCESS_ALLOWED_ACE, 'SidStart')))).toBe(USERS);
  });
});
