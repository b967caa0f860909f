import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppState } from '../shared/app-state';
import type { PanelView } from '../shared/ipc-contract';
import { CallbackForm } from './components/callback-form';
import { CallerIdPicker } from './components/caller-id-picker';
import { ChooserView } from './components/chooser-view';
import { DialBox } from './components/dial-box';
import { NoticeBar } from './components/notice-bar';
import { RecentDials } from './components/recent-dials';
import { StatusLine } from './components/status-line';
import { attempt, dialer } from './lib/dialer';
import type { StatusAction } from './lib/status';
import { useAppState, useNavigation } from './lib/use-app-state';
import { SettingsView } from './settings/settings-view';

export function App() {
  const state = useAppState();
  useEscapeHides();
  useFocusAfterChooser(state?.chooser?.id ?? null);
  const [view, setView] = useNavigation();
  const [tokenFocusRequest, setTokenFocusRequest] = useState(0);

  // The skeleton keeps the panel's shape until the first snapshot (a few milliseconds from main).
  if (!state)
    return <Shell view="home" onView={setView} body={<div className="skeleton" aria-hidden="true" />} />;

  const onStatusAction = (action: StatusAction) => {
    if (action === 'open-settings') setView('settings');
    else if (action === 'paste-token') {
      setView('settings');
      setTokenFocusRequest((n) => n + 1);
    } else if (action === 'try-again') void attempt(() => dialer().refreshCallerIds(), '');
    else if (action === 'try-demo') void attempt(() => dialer().startDemo(), '');
    else void attempt(() => dialer().stopDemo(), '');
  };

  // A waiting chooser comes first whatever the agent was looking at: main opened the panel for it.
  const shown: PanelView = state.chooser ? 'chooser' : view === 'chooser' ? 'home' : view;
  return (
    <Shell
      view={shown}
      onView={setView}
      state={state}
      body={
        shown === 'chooser' && state.chooser ? (
          <ChooserView chooser={state.chooser} />
        ) : shown === 'settings' ? (
          <SettingsView state={state} tokenFocusRequest={tokenFocusRequest} />
        ) : (
          <Home state={state} onStatusAction={onStatusAction} onOpenSettings={() => setView('settings')} />
        )
      }
    />
  );
}

function Home({
  state,
  onStatusAction,
  onOpenSettings,
}: {
  state: AppState;
  onStatusAction(a: StatusAction): void;
  onOpenSettings(): void;
}) {
  return (
    <>
      <StatusLine state={state} onAction={onStatusAction} />
      <CallerIdPicker {...state} />
      <DialBox {...state} />
      <CallbackForm settings={state.settings} notice={state.notice} onOpenSettings={onOpenSettings} />
      {state.settings.keepHistory && <RecentDials history={state.history} notice={state.notice} />}
    </>
  );
}

interface ShellProps {
  view: PanelView;
  onView(view: PanelView): void;
  state?: AppState;
  body: ReactNode;
}

function Shell({ view, onView, state, body }: ShellProps) {
  const tab = (target: PanelView, text: string) => (
    <button
      type="button"
      className="tab"
      aria-current={view === target ? 'page' : undefined}
      onClick={() => onView(target)}
    >
      {text}
    </button>
  );
  return (
    <div className="app">
      <header className="top">
        <h1>Xima Dialer</h1>
        {view !== 'chooser' && (
          <nav aria-label="Panel">
            {tab('home', 'Home')}
            {tab('settings', 'Settings')}
          </nav>
        )}
      </header>
      {state && <NoticeBar notice={state.notice} update={state.update} />}
      <main className="content">{body}</main>
    </div>
  );
}

/** Esc puts the panel away like any tray popup — unless a control (chooser, hotkey recorder) used it. */
function useEscapeHides() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) void attempt(() => dialer().hidePanel(), '');
    };
    // Document level, bubbling: React's own handlers (on the root) have run and could preventDefault.
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * When the chooser closes (picked, cancelled, Esc) its buttons vanish and the focus would drop to the
 * page body: it goes to the dial box instead, where the agent can type the next number.
 */
function useFocusAfterChooser(chooserId: string | null) {
  const open = useRef<string | null>(null);
  useEffect(() => {
    const closed = open.current !== null && chooserId === null;
    open.current = chooserId;
    if (!closed) return;
    const active = document.activeElement;
    if (active === null || active === document.body) document.getElementById('dial-text')?.focus();
  }, [chooserId]);
}
