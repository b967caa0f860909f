import type { IntentHandlers } from '../../shared/ipc-contract';
import { refreshCallerIds, selectCallerId, testConnection } from './caller-ids';
import { scheduleCallback } from './callbacks';
import type { ControllerContext } from './context';
import { dialText, redial, understandForPreview } from './dial-flow';
import { clearHistory } from './history-flow';
import { cancelChooser, chooseNumber } from './link-flow';
import { startDemo, stopDemo } from './demo-flow';
import { checkHotkey, setHotkeyPaused } from './hotkey-flow';
import { saveSettings } from './settings-flow';
import { removeToken, setToken } from './token-flow';

/** One handler per intent; the gateway has already validated every payload. */
export function createHandlers(ctx: ControllerContext): IntentHandlers {
  const { deps } = ctx;
  return {
    getState: async () => ctx.state,
    understand: async ({ text }) => understandForPreview(ctx, text),
    dial: ({ text, callerId }) => dialText(ctx, text, 'panel', callerId),
    chooseNumber: ({ chooserId, index, via }) => chooseNumber(ctx, chooserId, index, via),
    cancelChooser: async ({ chooserId }) => cancelChooser(ctx, chooserId),
    redial: ({ historyId }) => redial(ctx, historyId),
    clearHistory: async () => clearHistory(ctx),
    copyText: async ({ text }) => {
      deps.clipboard.writeText(text);
      return { ok: true, message: 'Copied.' };
    },
    selectCallerId: (callerId) => selectCallerId(ctx, callerId),
    refreshCallerIds: () => refreshCallerIds(ctx),
    scheduleCallback: ({ skill, text }) => scheduleCallback(ctx, skill, text),
    saveSettings: (patch) => saveSettings(ctx, patch),
    setToken: async ({ token }) => setToken(ctx, token),
    removeToken: async () => removeToken(ctx),
    testConnection: () => testConnection(ctx),
    checkHotkey: ({ accelerator }) => checkHotkey(ctx, accelerator),
    setHotkeyPaused: ({ paused }) => setHotkeyPaused(ctx, paused),
    startDemo: () => startDemo(ctx),
    stopDemo: () => stopDemo(ctx),
    openLogFolder: async () => {
      const error = await deps.shell.openPath(deps.logFolder).catch(() => 'failed');
      return error === ''
        ? { ok: true }
        : { ok: false, message: `The log folder could not be opened — it is at ${deps.logFolder}.` };
    },
    setAsTelHandler: async () => {
      const result = await deps.telHandler.setAsDefault();
      ctx.update({ telHandler: result.state });
      return result.ok ? { ok: true, message: result.message } : { ok: false, message: result.message };
    },
    restartToUpdate: async () => {
      if (!ctx.state.update.ready) return { ok: false, message: 'No update is waiting.' };
      if (ctx.pipeline.inFlight !== null) {
        return { ok: false, message: 'A call is being placed — restart once it has gone through.' };
      }
      deps.updater.restartToUpdate();
      return { ok: true };
    },
    hidePanel: async () => {
      deps.panel.hide();
      return { ok: true };
    },
    dismissNotice: async ({ noticeId }) => {
      if (ctx.state.notice?.id === noticeId) ctx.update({ notice: null });
      return { ok: true };
    },
  };
}
