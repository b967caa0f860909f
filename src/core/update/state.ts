import type { UpdateState } from '../../shared/app-state';

export const NO_UPDATE: UpdateState = Object.freeze({ ready: false, version: null }) as UpdateState;

/** What the updater reports, reduced to what the panel shows: nothing, or a quiet "Restart to update". */
export type UpdateEvent =
  | { type: 'checking' }
  | { type: 'available'; version: string }
  | { type: 'not-available' }
  | { type: 'downloaded'; version: string }
  | { type: 'error' };

/** A failed check or download never takes away an update that is already downloaded. */
export function nextUpdateState(current: UpdateState, event: UpdateEvent): UpdateState {
  switch (event.type) {
    case 'downloaded':
      return { ready: true, version: event.version };
    case 'checking':
    case 'available':
    case 'not-available':
    case 'error':
      return current;
  }
}
