import type { AppState, ConnectionStatus } from '../../shared/app-state';

export type StatusAction = 'open-settings' | 'paste-token' | 'try-again' | 'try-demo' | 'leave-demo';

export interface StatusView {
  label: string;
  tone: 'ok' | 'warn' | 'bad';
  /** Used when main sent no sentence of its own. */
  explanation: string | null;
  actions: { action: StatusAction; text: string }[];
}

const LABELS: Record<ConnectionStatus, string> = {
  ready: 'Ready',
  demo: 'Demo',
  'not-configured': 'Not configured',
  'token-rejected': 'Token rejected',
  forbidden: 'No access',
  offline: 'Offline',
};

/** The one action that fixes each bad state (and the demo offer when nothing is set up yet). */
export function statusView(state: Pick<AppState, 'status' | 'demo'>): StatusView {
  const label = LABELS[state.status];
  switch (state.status) {
    case 'ready':
      return { label, tone: 'ok', explanation: null, actions: [] };
    case 'demo':
      return {
        label,
        tone: 'ok',
        explanation: 'Calls go to the built-in simulator, not to Xima.',
        actions: [{ action: 'leave-demo', text: 'Leave demo' }],
      };
    case 'not-configured': {
      const actions: StatusView['actions'] = [{ action: 'open-settings', text: 'Open settings' }];
      if (state.demo.allowed) actions.push({ action: 'try-demo', text: 'Try the demo' });
      return {
        label,
        tone: 'warn',
        explanation: 'Enter your Xima tenant, extension and token in Settings to start dialing.',
        actions,
      };
    }
    case 'token-rejected':
      return {
        label,
        tone: 'bad',
        explanation:
          'Xima rejected the token — it may have been refreshed by an admin; paste the new one in Settings.',
        actions: [{ action: 'paste-token', text: 'Paste new token' }],
      };
    case 'forbidden':
      return {
        label,
        tone: 'bad',
        explanation:
          'The token works but has no access to this extension — ask your Xima admin, or check the extension in Settings.',
        actions: [{ action: 'open-settings', text: 'Open settings' }],
      };
    case 'offline':
      return {
        label,
        tone: 'bad',
        explanation: 'Xima cannot be reached — check your network connection, then try again.',
        actions: [{ action: 'try-again', text: 'Try again' }],
      };
  }
}
