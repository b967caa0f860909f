import { posix, win32 } from 'node:path';
import { errorCode } from '../error-code';
import type { Platform } from '../ports';
import {
  posixProblem,
  windowsProblem,
  type PathRole,
  type PosixOwnership,
  type WindowsSecurity,
} from './trust-rules';

/** node:fs's calls the POSIX check needs (node's `fs` fits as is). */
export interface TrustFs {
  realpathSync(path: string): string;
  statSync(path: string): PosixOwnership;
}

export interface PolicyTrustDeps {
  platform: Platform;
  fs: TrustFs;
  /** windows-acl.ts's reader; without one nothing on Windows can be trusted. */
  windowsSecurity?: ((path: string) => WindowsSecurity) | undefined;
}

/** The first path that someone other than an administrator could change, and how. */
export interface Distrust {
  target: string;
  reason: string;
}

/**
 * Checks that only administrators could have written the policy file: on Windows its owner and DACL and its
 * folder's; on macOS and Linux the owner and mode of the file (symlinks resolved), its folder and every folder
 * above it (a folder someone else can write lets them swap what is below it).
 */
export function whyUntrusted(path: string, deps: PolicyTrustDeps): Distrust | null {
  return deps.platform === 'win32'
    ? windowsDistrust(path, deps)
    : posixDistrust(path, deps.platform, deps.fs);
}

function windowsDistrust(path: string, deps: PolicyTrustDeps): Distrust | null {
  for (const target of [path, win32.dirname(path)]) {
    let security: WindowsSecurity;
    try {
      if (!deps.windowsSecurity) throw new Error('the access-list reader is not available');
      security = deps.windowsSecurity(target);
    } catch (error) {
      return { target, reason: `could not be checked (${(error as Error).message})` };
    }
    const reason = windowsProblem(security);
    if (reason !== null) return { target, reason };
  }
  return null;
}

function posixDistrust(path: string, platform: 'darwin' | 'linux', fs: TrustFs): Distrust | null {
  let target: string;
  try {
    target = fs.realpathSync(path);
  } catch (error) {
    return { target: path, reason: `could not be checked (${errorCode(error)})` };
  }
  let role: PathRole = 'file';
  for (;;) {
    let reason: string | null;
    try {
      reason = posixProblem(fs.statSync(target), role, platform);
    } catch (error) {
      reason = `could not be checked (${errorCode(error)})`;
    }
    if (reason !== null) return { target, reason };
    const parent = posix.dirname(target);
    if (parent === target) return null;
    target = parent;
    role = role === 'file' ? 'folder' : 'ancestor';
  }
}
