import type {} from '../../../src/shared/window';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import type { AppState } from '../../../src/shared/app-state';
import type { DialerApi, PanelView } from '../../../src/shared/ipc-contract';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const sales = { label: 'Sales Desk', outboundCallerId: '8015550100', display: '(801) 555-0100' };
const support = { label: 'Support Line', outboundCallerId: '8015550111', display: '(801) 555-0111' };

/** A ready panel state; tests override what they exercise. */
export function appState(patch: Partial<AppState> = {}): AppState {
  return {
    settings: { ...DEFAULT_SETTINGS, host: 'acme.xima.cloud', extension: '1001', callbackSkills: [] },
    locked: [],
    policyNotice: null,
    ignoredPresses: null,
    tokenStored: true,
    tokenProtection: 'keyring',
    status: 'ready',
    statusMessage: null,
    callerIds: [sales, support],
    callerIdsTruncated: false,
    selectedCallerId: sales,
    callerIdsLoading: false,
    callerIdPending: null,
    dialing: null,
    chooser: null,
    history: [],
    hotkey: { accelerator: DEFAULT_SETTINGS.hotkey, registered: true, paused: false, message: null },
    notice: null,
    demo: { active: false, allowed: false, extension: null },
    telHandler: { isDefault: true, canSetDefault: true, help: null },
    update: { ready: false, version: null },
    testTarget: null,
    platform: 'linux',
    ...patch,
  };
}

export interface FakeDialer {
  api: DialerApi;
  push(state: AppState): void;
  navigate(view: PanelView): void;
}

/** A `window.dialer` whose intents are spies answering `{ ok: true }` unless a test says otherwise. */
export function installFakeDialer(initial: AppState): FakeDialer {
  const stateListeners = new Set<(s: AppState) => void>();
  const navListeners = new Set<(v: PanelView) => void>();
  const ok = () => vi.fn(async () => ({ ok: true as const }));
  const api = {
    getState: vi.fn(async () => initial),
    understand: vi.fn(async () => ({ ok: true as const, numbers: [] })),
    dial: ok(),
    chooseNumber: ok(),
    cancelChooser: ok(),
    redial: ok(),
    clearHistory: ok(),
    copyText: ok(),
    selectCallerId: ok(),
    refreshCallerIds: ok(),
    scheduleCallback: ok(),
    saveSettings: vi.fn(async () => ({ ok: true as const })),
    setToken: ok(),
    removeToken: ok(),
    testConnection: vi.fn(async () => ({ ok: true as const, callerIds: [], message: 'Connected.' })),
    checkHotkey: vi.fn(async () => ({ ok: true as const })),
    setHotkeyPaused: ok(),
    startDemo: ok(),
    stopDemo: ok(),
    openLogFolder: ok(),
    setAsTelHandler: ok(),
    restartToUpdate: ok(),
    hidePanel: ok(),
    dismissNotice: ok(),
    onState(listener: (s: AppState) => void) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onNavigate(listener: (v: PanelView) => void) {
      navListeners.add(listener);
      return () => navListeners.delete(listener);
    },
  } as unknown as DialerApi;
  window.dialer = api;
  return {
    api,
    push: (state) => act(() => stateListeners.forEach((l) => l(state))),
    navigate: (view) => act(() => navListeners.forEach((l) => l(view))),
  };
}

export interface Mounted {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

export async function mount(node: ReactNode): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  return {
    container,
    root,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets pending promises (intent answers) settle inside React's act. */
export const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

export function keyDown(target: Element, init: KeyboardEventInit) {
  return act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}

export function byText<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  selector: string,
  text: string | RegExp,
): T {
  const found = [...root.querySelectorAll<T>(selector)].find((el) =>
    typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? ''),
  );
  if (!found) throw new Error(`No ${selector} with text ${String(text)}`);
  return found;
}
