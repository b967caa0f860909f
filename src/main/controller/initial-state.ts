import { effectiveSettings } from '../../core/policy';
import type { AppState, HistoryEntry } from '../../shared/app-state';
import type { ControllerDeps } from '../ports';
import { demoAllowedFor } from './connection';

/** The first snapshot, built from what is on disk; nothing here talks to Xima. */
export function initialState(deps: ControllerDeps): { state: AppState; user: AppState['settings'] } {
  const loaded = deps.settingsStore.load();
  const { settings, locked } = effectiveSettings(loaded.settings, deps.policy);
  let history: HistoryEntry[] = [];
  if (settings.keepHistory) {
    try {
      history = deps.historyStore.load();
    } catch {
      deps.logger.warn('history.load-failed');
    }
  }
  if (loaded.notice !== null) deps.logger.warn('settings.replaced');
  const state: AppState = {
    settings,
    locked,
    policyNotice: deps.policyNotice ?? null,
    ignoredPresses: null,
    tokenStored: deps.tokenVault.has(settings.host),
    tokenProtection: deps.tokenVault.protection(),
    status: 'not-configured',
    statusMessage: null,
    callerIds: [],
    callerIdsTruncated: false,
    selectedCallerId: null,
    callerIdsLoading: false,
    callerIdPending: null,
    dialing: null,
    chooser: null,
    history,
    hotkey: { accelerator: settings.hotkey, registered: false, paused: false, message: null },
    notice: loaded.notice === null ? null : { id: deps.newId(), kind: 'error', text: loaded.notice },
    demo: {
      active: false,
      allowed: demoAllowedFor(deps, settings),
      extension: null,
    },
    telHandler: { isDefault: deps.telHandler.isDefault(), canSetDefault: true, help: null },
    update: { ready: false, version: null },
    testTarget: deps.baseUrlOverride ? new URL(deps.baseUrlOverride).host : null,
    platform: deps.platform,
  };
  return { state, user: loaded.settings };
}
