import { win32 } from 'node:path';
import type { Platform } from '../ports';

/**
 * The one place per OS where an administrator puts the policy file. Each is writable only by administrators on a
 * default install (on Windows, after the ACL in docs/deployment.md), and readable by every user.
 */
export function policyFilePath(platform: Platform, env: Record<string, string | undefined>): string {
  switch (platform) {
    case 'win32':
      return win32.join(
        env.ProgramData || env.ALLUSERSPROFILE || 'C:\\ProgramData',
        'XimaTrayDialer',
        'policy.json',
      );
    case 'darwin':
      return '/Library/Application Support/XimaTrayDialer/policy.json';
    case 'linux':
      return '/etc/xima-tray-dialer/policy.json';
  }
}
