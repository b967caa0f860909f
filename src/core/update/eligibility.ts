import type { Platform } from '../../shared/platform';

export type UpdateEligibility = { enabled: true } | { enabled: false; reason: string };

export interface BuildSignature {
  platform: Platform;
  /** Windows: `publisherName` from the app-update.yml electron-builder wrote; `null` when the build has none. */
  publisherName: string | null;
  /** macOS: whether `codesign --verify` accepts the app bundle; `null` where it was not checked. */
  signatureValid: boolean | null;
}

/**
 * Updates run only on a signed build, because electron-updater verifies an update against the running build's
 * signature: without a publisher on Windows it skips the check, and an AppImage only compares a hash served by the
 * same server, so an attacker who controls that server could install anything.
 */
export function updateEligibility(build: BuildSignature): UpdateEligibility {
  switch (build.platform) {
    case 'win32':
      return build.publisherName?.trim()
        ? { enabled: true }
        : {
            enabled: false,
            reason: 'Updates are off: this Windows build is not signed with a publisher name.',
          };
    case 'darwin':
      return build.signatureValid === true
        ? { enabled: true }
        : { enabled: false, reason: 'Updates are off: this Mac app does not have a valid code signature.' };
    // Asked only after `updatePlan` said yes, which on Linux means an AppImage (a deb never gets here).
    case 'linux':
      return {
        enabled: false,
        reason: 'Updates are off: an AppImage update cannot be checked against a signature.',
      };
  }
}
