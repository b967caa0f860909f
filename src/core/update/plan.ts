import type { Platform } from '../../shared/platform';
export type UpdatePlan = { enabled: true; url: string } | { enabled: false; reason: string };

export interface UpdatePlanInput {
  /** From the admin policy (already checked to be HTTPS); `null` when the policy sets none. */
  updateUrl: string | null;
  platform: Platform;
  /** Electron's `app.isPackaged`: a development run never updates itself. */
  packaged: boolean;
  /** Linux: running from an AppImage (`APPIMAGE` is set). A deb is updated by the package manager instead. */
  appImage: boolean;
}

/** Whether this copy of the app updates itself, and from where. Off unless an administrator set an update URL. */
export function updatePlan(input: UpdatePlanInput): UpdatePlan {
  if (input.updateUrl === null) return { enabled: false, reason: 'no update URL is set by policy' };
  if (!input.packaged) return { enabled: false, reason: 'a development build does not update itself' };
  if (input.platform === 'linux' && !input.appImage) {
    return { enabled: false, reason: 'a deb installation is updated by the package manager' };
  }
  return { enabled: true, url: input.updateUrl };
}
