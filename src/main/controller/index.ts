import { createDialPipeline } from '../../core/dial';
import { warmUp as warmUpPhone } from '../../core/phone';
import { warmUpShortNumbers } from '../../core/phone/short-numbers';
import type { AppState } from '../../shared/app-state';
import type { PanelView } from '../../shared/ipc-contract';
import type { AppController, ControllerDeps, NavigateOptions } from '../ports';
import { refreshCallerIds } from './caller-ids';
import { rebuildClient, warmUp } from './connection';
import type { ControllerContext } from './context';
import { dialText } from './dial-flow';
import { LinkGate } from './link-gate';
import { openLink } from './link-flow';
import { createHandlers } from './handlers';
import { initialState } from './initial-state';

const OFFLINE_MESSAGE = 'This computer is offline — dials will work again as soon as the network is back.';

/**
 * Builds the single owner of AppState. Every change goes through `update`, which pushes the new
 * snapshot to subscribers. No timers, no polling: work happens only in answer to an event.
 */
export function createAppController(deps: ControllerDeps): AppController {
  const listeners = new Set<(state: AppState) => void>();
  const navigators = new Set<(view: PanelView, how: NavigateOptions) => void>();
  const initial = initialState(deps);
  let state = initial.state;
  let disposed = false;

  const emit = <A extends unknown[]>(set: Set<(...args: A) => void>, ...args: A): void => {
    for (const listener of [...set]) {
      try {
        listener(...args);
      } catch {
        deps.logger.error('controller.listener-failed');
      }
    }
  };

  const ctx: ControllerContext = {
    deps,
    pipeline: createDialPipeline({ now: () => deps.clock.now() }),
    get state() {
      return state;
    },
    userSettings: initial.user,
    api: null,
    demo: null,
    links: new LinkGate(),
    refreshing: null,
    update(patch) {
      state = { ...state, ...patch };
      if (!disposed) emit(listeners, state);
    },
    phoneOptions: () => ({
      defaultCountry: state.settings.defaultCountry,
      internationalFormat: state.settings.internationalFormat,
    }),
    navigate: (view, how = { focus: true }) => emit(navigators, view, how),
    notify: (title, body, view = 'home') => deps.notifier.show(title, body, () => ctx.navigate(view)),
    notice: (kind, text) => ctx.update({ notice: { id: deps.newId(), kind, text } }),
  };

  rebuildClient(ctx);

  return {
    handlers: createHandlers(ctx),
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async start() {
      // Off the hot path: the first hotkey press should not pay for loading the numbering metadata.
      warmUpPhone(ctx.phoneOptions());
      warmUpShortNumbers(ctx.state.settings.defaultCountry);
      if (ctx.api === null) return;
      await refreshCallerIds(ctx);
    },
    warmOnIntent: () => warmUp(ctx),
    dialFromHotkey: (text) => dialText(ctx, text, 'hotkey'),
    dialFromTray: (text) => dialText(ctx, text, 'tray'),
    openLink: (uri) => openLink(ctx, uri),
    panelShown() {
      // The GET both refreshes the list and (re)opens the warm connection.
      if (ctx.api !== null) void refreshCallerIds(ctx);
    },
    networkChanged(online) {
      // The demo runs on loopback: it keeps working without a network.
      if (ctx.api === null || ctx.demo !== null) return;
      if (online) void refreshCallerIds(ctx);
      else ctx.update({ status: 'offline', statusMessage: OFFLINE_MESSAGE });
    },
    resumed() {
      // After sleep the old connection is usually gone: open a new one before the next press. If we
      // were offline, one GET both warms the connection and tells whether we are back.
      if (ctx.state.status === 'offline') void refreshCallerIds(ctx);
      else warmUp(ctx);
    },
    setHotkeyState: (hotkey) => ctx.update({ hotkey }),
    setTelHandlerState: (telHandler) => ctx.update({ telHandler }),
    setUpdateState: (update) => ctx.update({ update }),
    onNavigate(listener) {
      navigators.add(listener);
      return () => {
        navigators.delete(listener);
      };
    },
    async dispose() {
      disposed = true;
      listeners.clear();
      navigators.clear();
      if (ctx.demo !== null) {
        ctx.demo = null;
        await deps.demo?.stop().catch(() => undefined);
      }
    },
  };
}
