import type { AppState } from '../../shared/app-state';
import { acceleratorForHumans } from '../../shared/accelerator';
import { dialer } from '../lib/dialer';
import { readable } from '../lib/readable';
import { statusView, type StatusAction } from '../lib/status';

interface Props {
  state: AppState;
  onAction(action: StatusAction): void;
}

export function StatusLine({ state, onAction }: Props) {
  const view = statusView(state);
  const { host, extension } = state.settings;
  const agent = (ext: string | null) => (ext ? ` · ext. ${ext}` : '');
  const where = state.demo.active
    ? `Simulator on this computer${agent(state.demo.extension)}`
    : state.testTarget
      ? `Testing against ${state.testTarget}${agent(extension)}`
      : host
        ? `${host}${agent(extension)}`
        : 'No tenant set';
  const explanation = state.statusMessage ?? view.explanation;
  const hotkey = state.hotkey;
  return (
    <section className="status" aria-label="Connection">
      <div className="status-row" role="status" aria-live="polite">
        <span className={`dot dot-${view.tone}`} aria-hidden="true" />
        <strong className="status-label">{view.label}</strong>
        <span className="status-where">{where}</span>
      </div>
      {explanation && <p className="status-message">{readable(explanation)}</p>}
      {view.actions.length > 0 && (
        <div className="button-row">
          {view.actions.map(({ action, text }, index) => (
            <button
              key={action}
              type="button"
              // Only the fix is primary; the demo offer and leaving the demo are choices and do not shout.
              className={index === 0 && action !== 'leave-demo' ? 'primary' : undefined}
              onClick={() => onAction(action)}
            >
              {text}
            </button>
          ))}
        </div>
      )}
      {hotkey.accelerator && !hotkey.registered && !hotkey.paused && (
        <p className="status-message warn-text">
          {(hotkey.message && readable(hotkey.message)) ??
            `The hotkey ${acceleratorForHumans(hotkey.accelerator, state.platform)} is not active — choose another in Settings.`}{' '}
          <button type="button" className="link" onClick={() => onAction('open-settings')}>
            Choose a hotkey
          </button>
        </p>
      )}
      {hotkey.registered && !hotkey.paused && hotkey.message && (
        // macOS and Wayland can accept a hotkey and still deliver it elsewhere: a quiet hint until it works.
        <p className="status-message hint">{readable(hotkey.message)}</p>
      )}
      {hotkey.paused && (
        <p className="status-message">
          The hotkey is paused.{' '}
          <button
            type="button"
            className="link"
            onClick={() => void dialer().setHotkeyPaused({ paused: false })}
          >
            Resume hotkey
          </button>
        </p>
      )}
    </section>
  );
}
