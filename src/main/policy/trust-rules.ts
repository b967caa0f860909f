/**
 * Who may have written the policy file, decided from what the OS reports (pure, so every rule is table-tested).
 * The policy picks the tenant host that receives every agent's token and the update server whose code they run,
 * so a file or folder anyone but an administrator could change is not trusted at all.
 */

/** POSIX owner and mode bits of one path (node's `Stats` fits). */
export interface PosixOwnership {
  uid: number;
  gid: number;
  mode: number;
}

/**
 * `file` and `folder` are the policy file and the folder holding it; an `ancestor` is any folder above. A sticky
 * ancestor (/tmp, 1777) is fine: others may add entries to it but cannot rename or replace root's.
 */
export type PathRole = 'file' | 'folder' | 'ancestor';

const GROUP_WRITE = 0o020;
const OTHER_WRITE = 0o002;
const STICKY = 0o1000;
/** root/wheel, and on macOS `admin` (gid 80), whose members are administrators anyway. */
const ADMIN_GROUPS: Record<'darwin' | 'linux', readonly number[]> = { linux: [0], darwin: [0, 80] };

/** Why non-administrators could change this path, or `null` when only root can. */
export function posixProblem(
  stat: PosixOwnership,
  role: PathRole,
  platform: 'darwin' | 'linux',
): string | null {
  const mode = `mode ${(stat.mode & 0o7777).toString(8).padStart(4, '0')}`;
  if (stat.uid !== 0) return `is owned by uid ${stat.uid}, not root`;
  if (role === 'ancestor' && (stat.mode & STICKY) !== 0) return null;
  if ((stat.mode & OTHER_WRITE) !== 0) return `is writable by everyone (${mode})`;
  if ((stat.mode & GROUP_WRITE) !== 0 && !ADMIN_GROUPS[platform].includes(stat.gid)) {
    return `is writable by group ${stat.gid} (${mode})`;
  }
  return null;
}

/** One entry of a Windows DACL, as read by windows-acl.ts. */
export interface WindowsAce {
  /** ACCESS_ALLOWED_ACE_TYPE and its callback variant; deny entries only take rights away. */
  allow: boolean;
  /** INHERIT_ONLY_ACE: the entry applies to future children, not to this object. */
  inheritOnly: boolean;
  mask: number;
  /** `null` when the entry's layout hides its SID (object ACEs, which files do not use). */
  sid: string | null;
}

export interface WindowsSecurity {
  ownerSid: string | null;
  /** `null`: the object has no DACL at all, which grants everyone full control. */
  aces: WindowsAce[] | null;
}

export const TRUSTED_SIDS: Readonly<Record<string, string>> = {
  'S-1-5-32-544': 'Administrators',
  'S-1-5-18': 'SYSTEM',
  'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464': 'TrustedInstaller',
};

/** Rights that let someone change what the file says, replace it, or hand themselves those rights. */
export const WRITE_RIGHTS = {
  FILE_WRITE_DATA: 0x2, // on a folder: create files
  FILE_APPEND_DATA: 0x4, // on a folder: create subfolders
  FILE_DELETE_CHILD: 0x40,
  DELETE: 0x1_0000,
  WRITE_DAC: 0x4_0000,
  WRITE_OWNER: 0x8_0000,
  GENERIC_ALL: 0x1000_0000,
  GENERIC_WRITE: 0x4000_0000,
} as const;
const ANY_WRITE = Object.values(WRITE_RIGHTS).reduce((all, bit) => all | bit, 0);

/** Why non-administrators could change this object, or `null` when only Administrators, SYSTEM and TrustedInstaller can. */
export function windowsProblem(security: WindowsSecurity): string | null {
  const { ownerSid, aces } = security;
  if (ownerSid === null || !(ownerSid in TRUSTED_SIDS)) return `is owned by ${ownerSid ?? 'nobody'}`;
  if (aces === null) return 'has no access list, so everyone may change it';
  for (const ace of aces) {
    if (!ace.allow || ace.inheritOnly || (ace.mask & ANY_WRITE) === 0) continue;
    if (ace.sid !== null && ace.sid in TRUSTED_SIDS) continue;
    const rights = Object.entries(WRITE_RIGHTS)
      .filter(([, bit]) => (ace.mask & bit) !== 0)
      .map(([name]) => name);
    return `lets ${ace.sid ?? 'an unknown account'} write (${rights.join(', ')})`;
  }
  return null;
}

/** A binary SID (revision, count, 48-bit authority, 32-bit sub-authorities) as `S-1-5-32-544`. */
export function sidToString(bytes: Uint8Array): string | null {
  if (bytes.length < 8) return null;
  const count = bytes[1] ?? 0;
  if (bytes.length < 8 + 4 * count) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const authority = view.getUint16(2) * 2 ** 32 + view.getUint32(4);
  const subs = Array.from({ length: count }, (_, i) => view.getUint32(8 + 4 * i, true));
  return ['S', bytes[0], authority, ...subs].join('-');
}
