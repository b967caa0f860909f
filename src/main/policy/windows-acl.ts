/**
 * Reads the owner and DACL of a file or folder through advapi32 (koffi, as the selection code does), so the policy
 * check can tell an administrator's file from one any user planted. Only reading happens here; what counts as
 * unsafe is decided in trust-rules.ts.
 */
import type { KoffiModule } from '../selection/native/load-koffi';
import { sidToString, type WindowsAce, type WindowsSecurity } from './trust-rules';

const SE_FILE_OBJECT = 1;
const OWNER_SECURITY_INFORMATION = 0x1;
const DACL_SECURITY_INFORMATION = 0x4;
/** ACL_INFORMATION_CLASS.AclSizeInformation */
const ACL_SIZE_INFORMATION_CLASS = 2;
const INHERIT_ONLY_ACE = 0x8;
/** ACE types whose SID follows the mask directly (ACCESS_ALLOWED_ACE layout). */
const ALLOW_TYPES = new Set([0x0 /* ACCESS_ALLOWED */, 0x9 /* ACCESS_ALLOWED_CALLBACK */]);
/** Allow ACEs with object GUIDs before the SID: Active Directory objects, never files; their SID is not read. */
const OBJECT_ALLOW_TYPES = new Set([0x5, 0xb]);
/** A SID's fixed part: revision, sub-authority count, 6-byte identifier authority. */
const SID_HEADER_BYTES = 8;

/** The winnt.h structs this reads, as koffi types (their layout is checked by a unit test). */
export function aclTypes(koffi: KoffiModule) {
  const ACL_SIZE_INFORMATION = koffi.struct({
    AceCount: 'uint32_t',
    AclBytesInUse: 'uint32_t',
    AclBytesFree: 'uint32_t',
  });
  const ACE_HEADER = koffi.struct({ AceType: 'uint8_t', AceFlags: 'uint8_t', AceSize: 'uint16_t' });
  const ACCESS_ALLOWED_ACE = koffi.struct({ Header: ACE_HEADER, Mask: 'uint32_t', SidStart: 'uint32_t' });
  return { ACL_SIZE_INFORMATION, ACE_HEADER, ACCESS_ALLOWED_ACE };
}

type Pointer = bigint | null;
const pointer = (value: unknown): Pointer => (typeof value === 'bigint' && value !== 0n ? value : null);

/** Builds the reader on Windows; it throws when the OS refuses to say (the caller then trusts nothing). */
export function createWindowsSecurityReader(koffi: KoffiModule): (path: string) => WindowsSecurity {
  const types = aclTypes(koffi);
  const advapi32 = koffi.load('advapi32.dll');
  const kernel32 = koffi.load('kernel32.dll');
  const GetNamedSecurityInfoW = advapi32.func(
    'uint32_t __stdcall GetNamedSecurityInfoW(const char16_t *pObjectName, int ObjectType, uint32_t SecurityInfo, _Out_ void **ppsidOwner, void **ppsidGroup, _Out_ void **ppDacl, void **ppSacl, _Out_ void **ppSecurityDescriptor)',
  );
  const GetAclInformation = advapi32.func('__stdcall', 'GetAclInformation', 'int', [
    'void *',
    koffi.out(koffi.pointer(types.ACL_SIZE_INFORMATION)),
    'uint32_t',
    'int',
  ]);
  const GetAce = advapi32.func('int __stdcall GetAce(void *pAcl, uint32_t dwAceIndex, _Out_ void **pAce)');
  const LocalFree = kernel32.func('void * __stdcall LocalFree(void *hMem)');
  const aceSidOffset = koffi.offsetof(types.ACCESS_ALLOWED_ACE, 'SidStart');

  const readSid = (sid: Pointer): string | null => {
    if (sid === null) return null;
    const head = koffi.decode(sid, 'uint8_t', SID_HEADER_BYTES) as number[];
    const count = head[1] ?? 0;
    return sidToString(
      Uint8Array.from(koffi.decode(sid, 'uint8_t', SID_HEADER_BYTES + 4 * count) as number[]),
    );
  };

  const readAces = (dacl: bigint): WindowsAce[] => {
    const info: { AceCount?: number } = {};
    if (
      !GetAclInformation(dacl, info, koffi.sizeof(types.ACL_SIZE_INFORMATION), ACL_SIZE_INFORMATION_CLASS)
    ) {
      throw new Error('GetAclInformation failed');
    }
    const aces: WindowsAce[] = [];
    for (let index = 0; index < (info.AceCount ?? 0); index++) {
      const out: unknown[] = [null];
      const ace = GetAce(dacl, index, out) ? pointer(out[0]) : null;
      if (ace === null) throw new Error(`GetAce ${index} failed`);
      const { Header, Mask } = koffi.decode(ace, types.ACCESS_ALLOWED_ACE) as {
        Header: { AceType: number; AceFlags: number };
        Mask: number;
      };
      const readable = ALLOW_TYPES.has(Header.AceType);
      aces.push({
        allow: readable || OBJECT_ALLOW_TYPES.has(Header.AceType),
        inheritOnly: (Header.AceFlags & INHERIT_ONLY_ACE) !== 0,
        mask: Mask >>> 0,
        sid: readable ? readSid(ace + BigInt(aceSidOffset)) : null,
      });
    }
    return aces;
  };

  return (path) => {
    const owner: unknown[] = [null];
    const dacl: unknown[] = [null];
    const descriptor: unknown[] = [null];
    const error = GetNamedSecurityInfoW(
      path,
      SE_FILE_OBJECT,
      OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
      owner,
      null,
      dacl,
      null,
      descriptor,
    ) as number;
    if (error !== 0) throw new Error(`GetNamedSecurityInfoW failed with error ${error}`);
    try {
      const list = pointer(dacl[0]);
      return { ownerSid: readSid(pointer(owner[0])), aces: list === null ? null : readAces(list) };
    } finally {
      const held = pointer(descriptor[0]);
      if (held !== null) LocalFree(held);
    }
  };
}
